import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
// PRESSDESK_OUT: see build/build-node.mjs.
const outDir = fileURLToPath(new URL(`./${process.env.PRESSDESK_OUT ?? 'out'}/renderer`, import.meta.url));

export default defineConfig({
  root,
  // Relative URLs, so the same build loads from file://, a custom protocol and the browser-mode server.
  base: './',
  plugins: [react()],
  resolve: {
    // Zod in the window is configured for the CSP before its first schema is built: see the file.
    alias: [
      { find: /^zod$/, replacement: fileURLToPath(new URL('./renderer/src/zod-without-eval.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Only files named by a hash of their content go here: both shells let the browser keep them for good
    // (electron/server/static-files.ts).
    assetsDir: 'assets',
    // The shells apply `script-src 'self'`: keep every script in a file, never inlined into index.html.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first page needs is one chunk, not a dozen small ones shared with the lazy pages: one
          // request instead of many, and its CSS stays one file in import order (the cascade the styles are written
          // for). Each lazy page (app.tsx) is a chunk of its own; code shared only by lazy pages is split as needed.
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
    // The entry is about 550 KB, the release editor's chunk (TipTap) about 450 KB: the warning is for zod (90 KB),
    // TipTap or another page finding its way back into the entry.
    chunkSizeWarningLimit: 600,
  },
});
