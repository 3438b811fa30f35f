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
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // The shells apply `script-src 'self'`: keep every script in a file, never inlined into index.html.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    // One bundle read from the local disk (or 127.0.0.1): splitting it would only add round trips. With the release
    // editor (TipTap) it is about 1.3 MB; the warning is for a bundle that doubles again.
    chunkSizeWarningLimit: 2048,
  },
});
