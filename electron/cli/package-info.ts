import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  /** The PressDesk folder (where package.json is). */
  readonly root: string;
  readonly version: string;
}

/**
 * Finds PressDesk's package.json above this module, wherever it runs from: the source tree (`tsx`, tests) or the
 * bundle in `out/node/`.
 */
export function packageInfo(start = path.dirname(fileURLToPath(import.meta.url))): PackageInfo {
  let dir = start;
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'pressdesk') return { root: dir, version: pkg.version ?? '0.0.0' };
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`PressDesk's package.json was not found above ${start}`);
    dir = parent;
  }
}

/**
 * The renderer built by `vite build`; the server explains how to build it when it is missing. PRESSDESK_OUT names
 * another build folder (parallel builds in one checkout, see build/build-node.mjs).
 */
export const rendererDir = (info: PackageInfo) => path.join(info.root, process.env.PRESSDESK_OUT ?? 'out', 'renderer');
