import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const built = ['out/node/cli.js', 'out/renderer/index.html'].every((f) => fs.existsSync(path.join(root, f)));
const hasElectron = (() => {
  try {
    return fs.existsSync(createRequire(import.meta.url)('electron') as string);
  } catch {
    return false;
  }
})();
const skipReason = !built
  ? 'out/ is not built (run `npm run build`): npm start has nothing to start'
  : hasElectron
    ? 'this machine has an Electron binary, so npm start opens the desktop app (covered by e2e/electron)'
    : undefined;
if (skipReason) process.stderr.write(`build/start.test.ts skipped: ${skipReason}\n`);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skipReason !== undefined)('npm start without Electron', () => {
  it('says why it chose browser mode, passes --db on, and stops the server with itself', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressdesk-start-'));
    dirs.push(dir);
    const db = path.join(dir, 'start.db');
    const child = spawn(process.execPath, ['build/start.mjs', '--db', db, '--port', '0', '--no-open'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(child, 'exit');

    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const found = /PressDesk is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(stdout)?.[1];
        if (found) {
          clearInterval(timer);
          resolve(found);
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`npm start exited early:\n${stderr}`));
        }
      }, 50);
    });
    expect(stderr.split('\n')[0]).toMatch(/^pressdesk: starting in browser mode: .*no Electron binary.*setup:electron/);
    expect(fs.existsSync(db)).toBe(true);

    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect([0, 130, 143]).toContain(code);
    await expect(fetch(url)).rejects.toThrow();
  });
});
