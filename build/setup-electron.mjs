// `npm run setup:electron`: the second native build (see shared DESIGN "Two native builds of better-sqlite3").
// 1. Downloads the Electron binary (the `electron` package's own install script, which `allowScripts` keeps from
//    running during `npm install`).
// 2. Builds better-sqlite3 against Electron's headers, in a copy of the package so npm's Node build stays intact, into
//    build/native/electron/better_sqlite3.node, and checks the result really is an Electron-ABI module.
// Where the network does not allow it, it says what it skipped and why in one line and exits 0: `npm start` then uses
// browser mode. Options: --force rebuilds even when the build matches the installed versions.
// PRESSDESK_ELECTRON_NODEDIR=<dir> builds against Electron headers already unpacked there (air-gapped machines).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const modules = path.join(root, 'node_modules');
const nativeDir = path.join(root, 'build', 'native', 'electron');
const HEADERS_URL = 'https://electronjs.org/headers';
const OFFLINE =
  /(?:getaddrinfo )?(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)(?: [\w.:-]+)?|fetch failed|socket hang up|related to network connectivity|unable to get local issuer certificate|self[- ]signed certificate/i;

const say = (line) => process.stderr.write(`pressdesk: ${line}\n`);
// Progress only for a person watching; a script or CI gets exactly one line, whatever happens.
const progress = (line) => process.stderr.isTTY && say(line);
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const tail = (text, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');

function skip(what, why) {
  say(
    `skipped ${what}: ${why}. \`npm start\` will use browser mode; run \`npm run setup:electron\` where the network allows.`,
  );
  process.exit(0);
}

function fail(what, output) {
  if (output) process.stderr.write(`${tail(output)}\n`);
  say(`${what}. Fix the cause above and run \`npm run setup:electron\` again.`);
  process.exit(1);
}

/** The first network error in a tool's output, or undefined if it failed for another reason. */
const networkError = (output) => OFFLINE.exec(output)?.[0];

/** npm passes its config to scripts as npm_config_* variables, and node-gyp obeys them: with a `nodedir` set (as on
 * Debian's npm) it would silently build against Node's headers instead of Electron's. The child gets none of them. */
function cleanEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (/^npm_config_/i.test(key)) delete env[key];
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function electronBinary() {
  try {
    const executable = require('electron');
    return typeof executable === 'string' && fs.existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

function downloadElectron(version) {
  if (electronBinary() !== undefined) return;
  progress(`downloading Electron ${version}…`);
  const result = spawnSync(process.execPath, [path.join(modules, 'electron', 'install.js')], {
    cwd: path.join(modules, 'electron'),
    env: cleanEnv(),
    encoding: 'utf8',
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || electronBinary() === undefined) {
    const offline = networkError(output);
    if (offline) skip('the Electron setup', `the Electron ${version} binary could not be downloaded (${offline})`);
    fail(`the Electron ${version} binary could not be installed`, output);
  }
}

function nodeGyp() {
  const candidates = [
    path.join(modules, 'node-gyp', 'bin', 'node-gyp.js'),
    process.env.npm_config_node_gyp,
    path.join(
      path.dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
  ];
  return candidates.find((file) => file && fs.existsSync(file));
}

/** The ABI a native module was built for, read from the `node_register_module_v<ABI>` symbol it exports. */
function moduleAbi(file) {
  const match = /node_register_module_v(\d+)/.exec(fs.readFileSync(file).toString('latin1'));
  return match?.[1];
}

function buildNative({ electron, abi, sqlite, force }) {
  const target = path.join(nativeDir, 'better_sqlite3.node');
  const stampFile = path.join(nativeDir, 'stamp.json');
  const stamp = fs.existsSync(stampFile) ? readJson(stampFile) : undefined;
  if (!force && fs.existsSync(target) && stamp?.electron === electron && stamp?.betterSqlite3 === sqlite) {
    say(`better-sqlite3 ${sqlite} is already built for Electron ${electron} (build/native/electron).`);
    return;
  }
  const gyp = nodeGyp();
  if (gyp === undefined) fail('node-gyp was not found (neither in node_modules nor beside npm)');

  // A copy of the package without its build/, so the Node build npm made is never touched.
  const work = path.join(root, '.tmp', 'electron-native');
  const source = path.join(modules, 'better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  const copy = path.join(work, 'better-sqlite3');
  fs.cpSync(source, copy, { recursive: true, filter: (file) => file !== path.join(source, 'build') });

  const nodedir = process.env.PRESSDESK_ELECTRON_NODEDIR;
  const args = [
    gyp,
    'rebuild',
    '--release',
    `--target=${electron}`,
    `--arch=${process.arch}`,
    ...(nodedir
      ? [`--nodedir=${nodedir}`]
      : [`--dist-url=${HEADERS_URL}`, `--devdir=${path.join(os.homedir(), '.electron-gyp')}`]),
  ];
  progress(`building better-sqlite3 ${sqlite} for Electron ${electron} (ABI ${abi}); this takes about a minute…`);
  const result = spawnSync(process.execPath, args, { cwd: copy, env: cleanEnv(), encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    const offline = networkError(output);
    fs.rmSync(work, { recursive: true, force: true });
    if (offline)
      skip(
        'the Electron build of better-sqlite3',
        `Electron ${electron}'s headers could not be downloaded (${offline})`,
      );
    fail(`better-sqlite3 could not be built for Electron ${electron}`, output);
  }

  const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
  const builtAbi = fs.existsSync(built) ? moduleAbi(built) : undefined;
  if (builtAbi !== abi) {
    fs.rmSync(work, { recursive: true, force: true });
    fail(
      `the build is for ABI ${builtAbi ?? 'unknown'}, not Electron ${electron}'s ABI ${abi}: node-gyp used the wrong headers`,
    );
  }
  fs.mkdirSync(nativeDir, { recursive: true });
  fs.copyFileSync(built, `${target}.tmp`);
  fs.renameSync(`${target}.tmp`, target);
  const facts = { electron, betterSqlite3: sqlite, abi, platform: process.platform, arch: process.arch };
  fs.writeFileSync(stampFile, `${JSON.stringify(facts, null, 2)}\n`);
  fs.rmSync(work, { recursive: true, force: true });
}

const packageFile = path.join(modules, 'electron', 'package.json');
if (!fs.existsSync(packageFile))
  skip('the Electron setup', 'the electron package is not installed (run `npm install` first)');
const electron = readJson(packageFile).version;
const abi = fs.readFileSync(path.join(modules, 'electron', 'abi_version'), 'utf8').trim();
const sqlite = readJson(path.join(modules, 'better-sqlite3', 'package.json')).version;

downloadElectron(electron);
buildNative({ electron, abi, sqlite, force: process.argv.includes('--force') });
say(`Electron ${electron} and its better-sqlite3 build are ready: \`npm start\` opens the desktop app.`);
