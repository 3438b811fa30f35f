import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const READY = /^PressDesk is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/;

export interface RunningServer {
  /** The URL with the one-time token, exactly as printed. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dbPath: string;
  stop(): Promise<number | null>;
}

/**
 * Starts `pressdesk serve` on a fresh database in a temp folder, as a user would, and waits for the line it prints.
 * Every test gets its own server and database: no shared state, no mocked API.
 */
export async function startServer(): Promise<RunningServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressdesk-e2e-'));
  const dbPath = path.join(dir, 'pressdesk.db');
  const child = spawn(process.execPath, [cliEntry(), 'serve', '--db', dbPath, '--port', '0', '--no-open'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`pressdesk serve did not start in 20 s: ${stderr}`)), 20_000);
    lines.on('line', (line) => {
      const m = READY.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once('exit', (code) => reject(new Error(`pressdesk serve exited with ${code}: ${stderr}`)));
  });
  const [, url, port, token] = match as unknown as [string, string, string, string];
  return {
    url,
    origin: `http://127.0.0.1:${port}`,
    token,
    dbPath,
    stop: () => stop(child, dir),
  };
}

/** `bin/pressdesk.js` as a user runs it, or the CLI of another build folder (PRESSDESK_OUT, see build/build-node.mjs). */
function cliEntry() {
  const out = process.env.PRESSDESK_OUT;
  return out ? path.join(root, out, 'node', 'cli.js') : path.join(root, 'bin', 'pressdesk.js');
}

function stop(child: ChildProcess, dir: string): Promise<number | null> {
  return new Promise((resolve) => {
    const done = (code: number | null) => {
      fs.rmSync(dir, { recursive: true, force: true });
      resolve(code);
    };
    if (child.exitCode !== null) return done(child.exitCode);
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}
