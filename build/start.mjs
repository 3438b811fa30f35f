// `npm start`: the desktop app where this machine has Electron and the Electron build of better-sqlite3, browser mode
// (`pressdesk serve`, opening the default browser) otherwise. Says which, and why, in one line on stderr.
// Arguments are passed on (`npm start -- --db ~/press.db`); `--browser` asks for browser mode whatever is installed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const say = (line) => process.stderr.write(`pressdesk: ${line}\n`);
const SETUP_HINT = 'run `npm run setup:electron` on a machine with internet for the desktop app';

/** The Electron executable npm's `electron` package points at, if it was ever downloaded. */
function electronBinary() {
  try {
    const executable = require('electron');
    return typeof executable === 'string' && fs.existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

/** Why the desktop app cannot start here, or undefined when it can. */
function whyNotElectron(args) {
  if (args.includes('--browser')) return 'browser mode was asked for (--browser)';
  if (electronBinary() === undefined) return `this machine has no Electron binary; ${SETUP_HINT}`;
  const nativeDir = path.join(root, 'build', 'native', 'electron');
  if (!fs.existsSync(path.join(nativeDir, 'better_sqlite3.node'))) {
    return `better-sqlite3 has no Electron build yet; ${SETUP_HINT}`;
  }
  const stamp = readJson(path.join(nativeDir, 'stamp.json'));
  const electron = readJson(path.join(root, 'node_modules', 'electron', 'package.json'))?.version;
  const sqlite = readJson(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'))?.version;
  if (stamp?.electron !== electron || stamp?.betterSqlite3 !== sqlite) {
    return `the Electron build of better-sqlite3 is for other versions than the installed ones; ${SETUP_HINT}`;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display to open a window on (no DISPLAY or WAYLAND_DISPLAY)';
  }
  return undefined;
}

function missingBuild(files) {
  const missing = files.filter((file) => !fs.existsSync(path.join(root, file)));
  if (missing.length === 0) return false;
  say(`PressDesk is not built yet (${missing.join(', ')} missing). Run \`npm run build\`, then \`npm start\`.`);
  process.exitCode = 1;
  return true;
}

function run(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  // Ctrl+C in a terminal already reaches the child (same process group); a signal sent to this process alone is
  // passed on, once, so the app can close its database cleanly.
  const forward = (signal) => {
    if (signal === 'SIGINT' && process.stdin.isTTY) return;
    child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
  child.on('error', (error) => {
    say(`could not start ${path.basename(command)}: ${error.message}.`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0));
  });
}

const args = process.argv.slice(2);
const reason = whyNotElectron(args);
if (reason === undefined) {
  if (!missingBuild(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'])) {
    const env = { ...process.env };
    // Set by some tools (and by Electron itself for helpers): it would turn the app into a bare Node.
    delete env.ELECTRON_RUN_AS_NODE;
    say(
      `starting the desktop app (Electron ${readJson(path.join(root, 'node_modules', 'electron', 'package.json'))?.version}).`,
    );
    run(electronBinary(), [root, ...args], env);
  }
} else if (!missingBuild(['out/node/cli.js', 'out/renderer/index.html'])) {
  say(`starting in browser mode: ${reason}.`);
  run(
    process.execPath,
    [path.join(root, 'out', 'node', 'cli.js'), 'serve', ...args.filter((a) => a !== '--browser')],
    process.env,
  );
}
