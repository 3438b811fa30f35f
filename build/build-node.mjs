// Bundles the Node-side entry points with esbuild: the CLI (also browser mode), the benchmark, and the Electron
// main process and preload. Dependencies stay external (better-sqlite3 is native; the rest load from node_modules).
import { build } from 'esbuild';

// PRESSDESK_OUT lets several engineers build and run e2e in one checkout without overwriting each other's `out/`.
const out = process.env.PRESSDESK_OUT ?? 'out';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    format: 'esm',
    entryPoints: { cli: 'electron/cli/main.ts', bench: 'build/bench/main.ts' },
    outdir: `${out}/node`,
    outExtension: { '.js': '.js' },
  }),
  build({
    ...common,
    format: 'esm',
    entryPoints: { index: 'electron/main.ts' },
    outdir: `${out}/main`,
    external: ['electron'],
  }),
  // A sandboxed preload can load nothing but `electron`: one CommonJS file with zod bundled in.
  build({
    ...common,
    packages: undefined,
    format: 'cjs',
    entryPoints: { index: 'electron/preload.ts' },
    outdir: `${out}/preload`,
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  }),
]);
