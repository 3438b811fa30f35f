import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { ELECTRON_NATIVE_DIR, electronBuilderConfig } from './electron-builder.config';

const quietLogger = { isEnabled: false, add: () => undefined } as unknown as DebugLogger;
const validate = (config: Configuration) => validateConfiguration(config, quietLogger);

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validate(electronBuilderConfig)).resolves.toBeUndefined();
  });

  it('is what electron-builder loads from `--config build/electron-builder.config.ts`', async () => {
    const loaded = await getConfig(path.resolve(import.meta.dirname, '..'), 'build/electron-builder.config.ts', null);
    expect(loaded).toMatchObject({
      appId: electronBuilderConfig.appId,
      electronFuses: electronBuilderConfig.electronFuses,
    });
    expect(typeof loaded.beforePack).toBe('function');
  });

  it('is checked by that schema (a misspelt option fails)', async () => {
    await expect(validate({ ...electronBuilderConfig, linx: {} } as Configuration)).rejects.toThrow(/linx/);
  });

  it('sets the fuses of a hardened release build', () => {
    expect(electronBuilderConfig.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds the four installers, never rebuilds native modules itself, and ships the Electron build', () => {
    expect(electronBuilderConfig.linux.target).toEqual(['AppImage', 'deb']);
    expect(electronBuilderConfig.win.target).toEqual(['nsis']);
    expect(electronBuilderConfig.mac.target).toEqual(['dmg']);
    expect(electronBuilderConfig.npmRebuild).toBe(false);
    expect(electronBuilderConfig.asarUnpack).toContain('**/*.node');
    expect(electronBuilderConfig.extraResources).toEqual([
      { from: ELECTRON_NATIVE_DIR, to: ELECTRON_NATIVE_DIR, filter: ['better_sqlite3.node'] },
    ]);
    for (const icon of [
      electronBuilderConfig.linux.icon,
      electronBuilderConfig.win.icon,
      electronBuilderConfig.mac.icon,
    ]) {
      const png = fs.readFileSync(path.resolve(import.meta.dirname, '..', icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    }
  });

  it('refuses to package without the Electron build of better-sqlite3', async () => {
    const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressdesk-builder-'));
    try {
      const context = { packager: { projectDir } } as unknown as Parameters<typeof electronBuilderConfig.beforePack>[0];
      await expect(electronBuilderConfig.beforePack(context)).rejects.toThrow(/npm run setup:electron/);
      fs.mkdirSync(path.join(projectDir, ELECTRON_NATIVE_DIR), { recursive: true });
      fs.writeFileSync(path.join(projectDir, ELECTRON_NATIVE_DIR, 'better_sqlite3.node'), '');
      await expect(electronBuilderConfig.beforePack(context)).resolves.toBeUndefined();
    } finally {
      fs.rmSync(projectDir, { recursive: true, force: true });
    }
  });
});
