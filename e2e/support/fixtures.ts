import { test as base, expect } from '@playwright/test';
import { startServer, type RunningServer } from './server';

/** `server`: a fresh `pressdesk serve` with its own database for each test. */
export const test = base.extend<{ server: RunningServer }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    expect(await server.stop()).toBe(0);
  },
});

export { expect };
