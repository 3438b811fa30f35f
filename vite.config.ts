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
          // What the first page needs is React DOM (about 220 KB) and one chunk for the rest, not a dozen small ones
          // shared with the lazy pages, and its CSS stays one file in import order (the cascade the styles are
          // written for). Two halves fetched side by side arrive sooner than one whole from the browser's cache
          // (about 35 ms at open). Each lazy page (app.tsx) is a chunk of its own; code shared only by lazy pages is
          // split as needed.
          groups: [
            { name: 'react-dom', test: /node_modules[\\/]react-dom/, priority: 2 },
            { name: 'index', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
    // The entry is about 330 KB, the release editor's chunk (TipTap) about 450 KB: the warning is for TipTap or
    // another page finding its way back into the entry.
    chunkSizeWarningLimit: 600,
  },
});
