import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/support/browser-path';

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  // Two cores: one browser at a time keeps timings honest and the machine responsive.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? 'list' : [['list']],
  projects: [
    {
      name: 'browser-mode',
      testIgnore: ['electron/**'],
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'electron-shell', testMatch: ['electron/**/*.spec.ts'] },
  ],
});
