/**
 * Sizes of the officials' web bundle (dist/web, built by `npm run build`): every emitted JS and CSS
 * file with its size raw, gzip and brotli as the server sends them (static-files.ts compresses with
 * gzip level 9 and brotli quality 11), and what a first visit to the sign-in page downloads: index.html
 * and the files it references (entry script, module preloads, stylesheets). The sign-in page needs no
 * lazily loaded chunk, so that set is the whole first visit apart from /api/me and the favicon.
 *
 *   node --import tsx bench/web-bundle.ts [dist dir, default dist/web]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

interface Sizes {
  raw: number;
  gzip: number;
  br: number;
}

const root = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/web', import.meta.url)));

function sizesOf(file: string): Sizes {
  const raw = readFileSync(file);
  return {
    raw: raw.length,
    gzip: zlib.gzipSync(raw, { level: 9 }).length,
    br: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (name: string, s: Sizes) => `| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.br)} |`;
const sum = (all: Sizes[]): Sizes =>
  all.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br }), {
    raw: 0,
    gzip: 0,
    br: 0,
  });

const assets = readdirSync(path.join(root, 'assets'))
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => ({ name: `assets/${name}`, sizes: sizesOf(path.join(root, 'assets', name)) }))
  .sort((a, b) => b.sizes.gzip - a.sizes.gzip);

const html = readFileSync(path.join(root, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map(
  (match) => match[1] ?? '',
);
const firstVisit = [
  { name: 'index.html', sizes: sizesOf(path.join(root, 'index.html')) },
  ...referenced.map((name) => ({ name, sizes: sizesOf(path.join(root, name)) })),
];

console.log(`Emitted JS and CSS in ${path.relative(process.cwd(), root) || '.'}:\n`);
console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
for (const asset of assets) console.log(row(asset.name, asset.sizes));
console.log(row('**all JS and CSS**', sum(assets.map((a) => a.sizes))));
console.log('\nFirst visit to the sign-in page (index.html and what it references):\n');
console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
for (const file of firstVisit) console.log(row(file.name, file.sizes));
console.log(row('**first visit**', sum(firstVisit.map((f) => f.sizes))));
