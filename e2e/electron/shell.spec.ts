import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { electronPath, expect, launchApp, skipReason, test, type PageGlobals } from './electron-app';

test.skip(skipReason !== undefined, skipReason);

interface Preferences {
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInSubFrames?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
  webviewTag?: boolean;
  preload?: string;
}

const root = path.resolve(import.meta.dirname, '..', '..');

test.describe('the Electron shell', () => {
  test('opens the app from app://pressdesk with the locked-down window options', async ({ app, page }) => {
    expect(page.url()).toMatch(/^app:\/\/pressdesk\//);
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      // Electron keeps this method but no longer declares it; it is the only way to read a live window's options.
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences(): unknown };
      return contents.getLastWebPreferences() as Preferences;
    });
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(preferences.preload).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
  });

  test('gives the page no Node, only window.pressdesk', async ({ page }) => {
    const globals = await page.evaluate(() => [typeof require, typeof process, typeof module, typeof Buffer]);
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    const bridge = await page.evaluate(() =>
      Object.keys((globalThis as unknown as PageGlobals).pressdesk ?? {}).sort(),
    );
    expect(bridge).toEqual(['call', 'channels']);
  });

  test('answers a call through IPC from the real database', async ({ page, dbPath }) => {
    const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).pressdesk?.call('app:info', {}));
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', dbPath } });
    const refused = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).pressdesk?.call('db:exec', { sql: 'DROP TABLE contacts' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { kind: 'NotFound' } });
    expect(fs.existsSync(dbPath)).toBe(true);
  });

  test('denies window.open, handing only https: and mailto: to the OS', async ({ app, page }) => {
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { opened?: string[] }).opened = opened;
      shell.openExternal = (url: string) => {
        opened.push(url);
        return Promise.resolve();
      };
    });
    const windows = app.windows().length;
    const results = await page.evaluate(() =>
      ['https://www.iom.int/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://evil/x', 'mailto:press@iom.int'].map(
        (url) => (globalThis as unknown as PageGlobals).open(url) === null,
      ),
    );
    expect(results).toEqual([true, true, true, true, true]);
    await expect
      .poll(() => app.evaluate(() => (globalThis as { opened?: string[] }).opened))
      .toEqual(['https://www.iom.int/', 'mailto:press@iom.int']);
    expect(app.windows()).toHaveLength(windows);
  });

  test('blocks navigation away from the app', async ({ page, log }) => {
    const before = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://evil.example/';
    });
    await log.waitFor(/blocked navigation to https:\/\/evil\.example\//);
    expect(page.url()).toBe(before);
  });

  test('enforces a CSP that blocks inline script', async ({ page }) => {
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const { document } = globalThis as unknown as PageGlobals;
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.head.append(script);
        }),
    );
    expect(violated).toMatch(/^script-src/);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).inlineRan)).toBeUndefined();
  });

  test('a second launch hands over to the first and exits', async ({ app, dataDir, dbPath, page }) => {
    await page.waitForLoadState('domcontentloaded');
    const second = spawn(
      electronPath ?? '',
      [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root, '--db', dbPath],
      { env: { ...process.env, XDG_CONFIG_HOME: dataDir }, stdio: 'ignore' },
    );
    const [code] = (await once(second, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(app.windows()).toHaveLength(1);
  });
});

test.describe('a database PressDesk cannot open', () => {
  test('gets the error window with the path and what to do, and stays untouched', async ({ dataDir }) => {
    const dbPath = path.join(dataDir, 'not-a-database.db');
    const garbage = Buffer.alloc(8192, 0x5a);
    fs.writeFileSync(dbPath, garbage);
    const app = await launchApp({ dataDir, dbPath });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: 'This file is not a PressDesk database' })).toBeVisible();
      await expect(page.getByText(dbPath)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Restore a backup…' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Quit' })).toBeVisible();
      expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).pressdesk)).toBe('undefined');
    } finally {
      await app.close();
    }
    expect(fs.readFileSync(dbPath)).toEqual(garbage);
  });
});
