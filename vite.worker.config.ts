/**
 * Build of the worker information app (src/worker-app) into dist/help, served at /help/.
 * Two entries: the page (hashed assets) and the service worker, emitted unhashed as /help/sw.js so its URL
 * stays stable. After bundling, a small plugin writes the list of files to precache (hashed assets and
 * public files) and a version derived from them into sw.js, and adds a strict Content-Security-Policy to
 * index.html: the app may only load its own files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./src/worker-app', import.meta.url));
const publicDir = join(root, 'public');
const base = '/help/';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function workerAppPlugin(): Plugin {
  return {
    name: 'silta-worker-app',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
    generateBundle(_options, bundle) {
      const sw = Object.values(bundle).find((file) => file.type === 'chunk' && file.fileName === 'sw.js');
      if (sw?.type !== 'chunk') throw new Error('sw.js was not built');
      const hash = createHash('sha256');
      const bundled = Object.values(bundle)
        .filter((file) => file.fileName !== 'sw.js' && !file.fileName.endsWith('.map'))
        .map((file) => {
          hash.update(file.fileName);
          hash.update(file.type === 'chunk' ? file.code : file.source);
          return file.fileName === 'index.html' ? base : `${base}${file.fileName}`;
        });
      const publicFiles = readdirSync(publicDir)
        .sort()
        .map((name) => {
          hash.update(name);
          hash.update(readFileSync(join(publicDir, name)));
          return `${base}${name}`;
        });
      const assets = [...new Set([base, ...bundled, ...publicFiles])].sort();
      const version = hash.digest('hex').slice(0, 12);
      const before = sw.code;
      sw.code = sw.code
        .replace(/(["'`])__SILTA_ASSETS__\1/, JSON.stringify(JSON.stringify(assets)))
        .replace(/(["'`])__SILTA_VERSION__\1/, JSON.stringify(version));
      if (sw.code === before || sw.code.includes('__SILTA_'))
        throw new Error('sw.js placeholders not replaced');
    },
  };
}

export default defineConfig({
  root,
  base,
  publicDir,
  plugins: [workerAppPlugin()],
  build: {
    outDir: fileURLToPath(new URL('./dist/help', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      input: { main: join(root, 'index.html'), sw: join(root, 'src/sw.ts') },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
