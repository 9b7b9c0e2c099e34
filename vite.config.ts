/**
 * Builds the officials' web app (src/web) into dist/web, which the API server serves with a
 * per-request CSP nonce. In development `vite` serves the app and proxies /api to the API server.
 *
 * Chunks: the entry holds the sign-in page and the shell; each feature area is a chunk of its own,
 * loaded when first opened (app/lazyPage.ts). Two named chunks change less often than the app code and
 * so stay cached across most deployments: `vendor` (React, styled-components and the Suomi.fi
 * components the entry itself uses) and `i18n` (the UI texts). Libraries only a feature uses stay with
 * that feature's chunks, so the sign-in page does not download them.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            { name: 'i18n', test: /[\\/]i18n[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
});
