import { defineConfig } from 'vite';

/**
 * One page (index.html) serves every screen; the server sends it for /, /play, /instructor and
 * /observer. Phaser goes in a chunk of its own so that the app's code stays small and cacheable.
 */
export default defineConfig({
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
