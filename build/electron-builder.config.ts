// Packaging: `electron-builder --config build/electron-builder.config.ts` (npm run dist) on a machine with internet,
// after `npm run build` and `npm run setup:electron`. It needs Electron's zip for each target platform and
// electron-builder's AppImage/fpm/NSIS/dmg toolsets, which it downloads: it cannot run on a machine without network.
import fs from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'electron-builder';

/** The Electron build of better-sqlite3 made by `npm run setup:electron` (npm's own build is for Node). */
export const ELECTRON_NATIVE_DIR = 'build/native/electron';

export const electronBuilderConfig = {
  appId: 'org.pressdesk.desktop',
  productName: 'PressDesk',
  executableName: 'pressdesk',
  copyright: 'PressDesk',
  directories: { output: 'dist', buildResources: 'build/icons' },
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'db/migrations/**',
    '!out/**/*.map',
    // npm's better-sqlite3 build is for Node's ABI and would crash Electron; its sources are not needed either.
    '!node_modules/better-sqlite3/{build,deps,src}/**',
  ],
  asar: true,
  // A native module cannot be loaded from inside app.asar.
  asarUnpack: ['**/*.node'],
  // Beside app.asar as resources/build/native/electron/, where db/native-binding.ts looks when walking up from
  // app.asar/out/main.
  extraResources: [{ from: ELECTRON_NATIVE_DIR, to: ELECTRON_NATIVE_DIR, filter: ['better_sqlite3.node'] }],
  // The Electron build of better-sqlite3 comes from the setup step; electron-builder's own rebuild would silently
  // build against Node's headers on a machine whose npm sets `nodedir`.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  beforePack: (context) => {
    const native = path.join(context.packager.projectDir, ELECTRON_NATIVE_DIR, 'better_sqlite3.node');
    if (fs.existsSync(native)) return Promise.resolve();
    return Promise.reject(new Error(`${native} is missing: run \`npm run setup:electron\` before packaging.`));
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons/icon.png',
    synopsis: 'Contacts, offices and press releases for press officers',
    desktop: { entry: { StartupWMClass: 'PressDesk' } },
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2 | libasound2t64'] },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: { target: ['nsis'], icon: 'build/icons/icon.png' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icons/icon.png',
    hardenedRuntime: true,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
} satisfies Configuration;

// electron-builder reads the default export of its config file.
// eslint-disable-next-line no-restricted-exports
export default electronBuilderConfig;
