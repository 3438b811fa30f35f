// A real `electron-builder --dir` run with PressDesk's configuration, against a stand-in Electron distribution (a
// folder holding a fake `electron` executable): the one part of packaging that needs no download. Fuses are left out
// because the stand-in has no fuse sentinel to flip; the fuse settings are checked in electron-builder.config.test.ts.
// The stand-in project depends on three of PressDesk's runtime packages (the native one and two plain ones), not all
// of them, so the run stays well under a minute on two cores; electron-builder packs every dependency the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getRawHeader, listPackage } from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELECTRON_NATIVE_DIR, electronBuilderConfig } from './electron-builder.config';

const repo = path.resolve(import.meta.dirname, '..');
const realPackage = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
  version: string;
  description: string;
  dependencies: Record<string, string>;
};

const pick = (all: Record<string, string>, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, all[name] ?? '*']));

let work: string;
let appDir: string;
let entries: string[];

const write = (file: string, content: string | Buffer) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
};

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pressdesk-package-'));
  const project = path.join(work, 'project');
  write(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'pressdesk',
      version: realPackage.version,
      description: realPackage.description,
      type: 'module',
      main: 'out/main/index.js',
      dependencies: pick(realPackage.dependencies, ['better-sqlite3', 'drizzle-orm', 'zod']),
    }),
  );
  // Stand-ins for the bundles (their content does not matter to the layout), plus what must be left out.
  write(path.join(project, 'out/main/index.js'), 'export {};\n');
  write(path.join(project, 'out/main/index.js.map'), '{}');
  write(path.join(project, 'out/preload/index.cjs'), '"use strict";\n');
  write(path.join(project, 'out/renderer/index.html'), '<!doctype html><title>PressDesk</title>\n');
  write(path.join(project, 'out/renderer/assets/index.js'), 'export {};\n');
  write(path.join(project, 'out/node/cli.js'), 'export {};\n');
  write(path.join(project, 'electron/main.ts'), 'export {};\n');
  fs.cpSync(path.join(repo, 'db/migrations'), path.join(project, 'db/migrations'), { recursive: true });
  fs.cpSync(path.join(repo, 'build/icons'), path.join(project, 'build/icons'), { recursive: true });
  write(path.join(project, ELECTRON_NATIVE_DIR, 'better_sqlite3.node'), 'stand-in for the Electron build');
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(project, 'node_modules'), 'dir');

  const electronDist = path.join(work, 'electron-dist');
  write(path.join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in Electron"\n');
  fs.chmodSync(path.join(electronDist, 'electron'), 0o755);

  const output = path.join(work, 'dist');
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      ...electronBuilderConfig,
      electronDist,
      electronVersion: '41.7.1',
      electronFuses: null,
      directories: { ...electronBuilderConfig.directories, output },
    },
  });
  appDir = path.join(output, 'linux-unpacked');
  entries = listPackage(path.join(appDir, 'resources', 'app.asar'), { isPack: false });
}, 120_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('electron-builder --dir with a stand-in Electron', () => {
  it('names the executable and puts the app in resources/app.asar', () => {
    expect(fs.existsSync(path.join(appDir, 'pressdesk'))).toBe(true);
    expect(fs.existsSync(path.join(appDir, 'resources', 'app.asar'))).toBe(true);
    expect(fs.existsSync(path.join(appDir, 'resources', 'app'))).toBe(false);
  });

  // better-sqlite3's own loader (`bindings`) is not listed: PressDesk always passes `nativeBinding`, so it is never
  // called, and electron-builder's npm-list collector includes it from some install trees and not others.
  it('packs the bundles, the migrations and the runtime dependencies', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/out/renderer/assets/index.js',
      '/db/migrations/meta/_journal.json',
      '/db/migrations/0000_init.sql',
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/drizzle-orm/package.json',
      '/node_modules/zod/package.json',
    ]) {
      expect(entries, file).toContain(file);
    }
  });

  it('leaves out sources, our source maps, the CLI bundle, dev tools and the Node build of better-sqlite3', () => {
    const unwanted = entries.filter(
      (e) =>
        (e.startsWith('/out/') && e.endsWith('.map')) ||
        e.startsWith('/electron/') ||
        e.startsWith('/out/node') ||
        e.startsWith('/build') ||
        e.startsWith('/node_modules/electron/') ||
        e.startsWith('/node_modules/electron-builder/') ||
        e.startsWith('/node_modules/vitest/') ||
        e.startsWith('/node_modules/better-sqlite3/build') ||
        e.startsWith('/node_modules/better-sqlite3/deps') ||
        e.startsWith('/node_modules/better-sqlite3/src'),
    );
    expect(unwanted).toEqual([]);
  });

  it('keeps every native module out of the archive, where it could not be loaded', () => {
    type Node = { files?: Record<string, Node>; unpacked?: boolean };
    const packedNative: string[] = [];
    const walk = (node: Node, at: string) => {
      for (const [name, child] of Object.entries(node.files ?? {})) {
        if (name.endsWith('.node') && !child.unpacked) packedNative.push(`${at}/${name}`);
        walk(child, `${at}/${name}`);
      }
    };
    walk(getRawHeader(path.join(appDir, 'resources', 'app.asar')).header, '');
    expect(packedNative).toEqual([]);
  });

  it('ships the Electron build of better-sqlite3 beside app.asar, where db/native-binding.ts finds it', () => {
    const native = path.join(appDir, 'resources', ELECTRON_NATIVE_DIR, 'better_sqlite3.node');
    expect(fs.readFileSync(native, 'utf8')).toBe('stand-in for the Electron build');
  });
});
