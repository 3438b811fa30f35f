import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');

const electronBinary = (): string | undefined => {
  try {
    const executable = createRequire(import.meta.url)('electron') as unknown;
    return typeof executable === 'string' && fs.existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
};

export const electronPath = electronBinary();

const builtFiles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

/** Why the Electron shell cannot be driven on this machine, or undefined when it can. */
export const skipReason: string | undefined = (() => {
  if (electronPath === undefined) {
    return 'no Electron binary on this machine; run `npm run setup:electron` on a machine with internet';
  }
  if (!fs.existsSync(path.join(root, 'build', 'native', 'electron', 'better_sqlite3.node'))) {
    return 'no Electron build of better-sqlite3; run `npm run setup:electron` on a machine with internet';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display; run the Electron tests under `xvfb-run -a npx playwright test --project electron-shell`';
  }
  const missing = builtFiles.filter((file) => !fs.existsSync(path.join(root, file)));
  if (missing.length > 0) return `PressDesk is not built (${missing.join(', ')}); run \`npm run build\``;
  return undefined;
})();

if (skipReason !== undefined) process.stderr.write(`Electron shell tests skipped: ${skipReason}.\n`);

/**
 * The page globals these tests touch, for use inside `page.evaluate` (e2e is type-checked with Node's types, not the
 * DOM's): `const w = globalThis as unknown as PageGlobals`.
 */
export interface PageGlobals {
  readonly pressdesk?: {
    call(channel: string, input: unknown): Promise<unknown>;
    readonly channels: readonly string[];
  };
  open(url: string): unknown;
  readonly location: { href: string };
  readonly inlineRan?: boolean;
  readonly document: {
    createElement(tag: 'script'): { textContent: string | null };
    readonly head: { append(node: unknown): void };
    addEventListener(
      type: 'securitypolicyviolation',
      listener: (event: { violatedDirective: string }) => void,
      options: { once: boolean },
    ): void;
  };
}

export interface LaunchOptions {
  readonly dataDir: string;
  readonly dbPath: string;
}

/** Starts the real app (out/main) on its own user-data folder and database, in English. */
export async function launchApp({ dataDir, dbPath }: LaunchOptions): Promise<ElectronApplication> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  Object.assign(env, { XDG_CONFIG_HOME: dataDir, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' });
  return _electron.launch({
    executablePath: electronPath,
    cwd: root,
    // Chromium refuses to start as root (CI) with its OS sandbox on; the renderer stays `sandbox: true` regardless.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--lang=en-US', root, '--db', dbPath],
    env,
  });
}

/** What the app writes on stderr, so a test can wait for a line instead of sleeping. */
export function stderrLines(app: ElectronApplication) {
  const stream = app.process().stderr;
  let text = '';
  stream?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return {
    waitFor: (pattern: RegExp, timeout = 10_000) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(text)) return resolve();
        const timer = setTimeout(() => {
          stream?.off('data', check);
          reject(new Error(`no stderr line matching ${pattern} in:\n${text}`));
        }, timeout);
        const check = () => {
          if (!pattern.test(text)) return;
          clearTimeout(timer);
          stream?.off('data', check);
          resolve();
        };
        stream?.on('data', check);
      }),
  };
}

interface ElectronFixtures {
  readonly dataDir: string;
  readonly dbPath: string;
  readonly app: ElectronApplication;
  readonly page: Page;
  readonly log: ReturnType<typeof stderrLines>;
}

export const test = base.extend<ElectronFixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressdesk-electron-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  dbPath: async ({ dataDir }, use) => use(path.join(dataDir, 'pressdesk.db')),
  app: async ({ dataDir, dbPath }, use) => {
    const app = await launchApp({ dataDir, dbPath });
    await use(app);
    await app.close();
  },
  log: async ({ app }, use) => use(stderrLines(app)),
  page: async ({ app }, use) => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});

export { expect } from '@playwright/test';
