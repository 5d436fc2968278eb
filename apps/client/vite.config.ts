import { defineConfig } from 'vite';

/**
 * One page (index.html) serves every screen; the server sends it for /, /play, /instructor and
 * /observer. Phaser goes in a chunk of its own so that the app's code stays small and cacheable.
 * Components are TSX compiled for Preact's automatic JSX runtime (`jsx()` calls, no eval: the
 * page's Content-Security-Policy forbids it); vitest.config.ts extends this file.
 */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } },
    },
  },
  server: {
    proxy: { '/socket.io': { target: 'http://localhost:3000', ws: true }, '/api': 'http://localhost:3000' },
  },
});
