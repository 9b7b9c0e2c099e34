/**
 * The worker app's measured quality against the real server (src/server/main.ts on a fresh PGlite
 * folder, demo data off), in Debian's Chromium:
 *  - bytes transferred on a first visit per view (empty cache, no service worker yet): HTML + CSS + JS
 *    as sent over the wire (compressed), the published content (JSON), and everything;
 *  - axe-core violations per view;
 *  - Lighthouse 12 mobile scores (simulated throttling) per view, unless LIGHTHOUSE=off.
 * Run: node --import tsx bench/worker-app.bench.ts   (needs `npm run build` first; prints Markdown)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Request } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 18_710);
const DEBUG_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BUDGET = 60 * 1024;

/** The views measured; `lang=en` saves the language, so the picker is skipped like on a return visit. */
const VIEWS: { name: string; path: string; ready: string }[] = [
  { name: 'language picker (first visit)', path: '/help/', ready: '.lang-btn' },
  { name: 'home, Arabic (right to left)', path: '/help/?lang=ar', ready: '.topics a' },
  { name: 'topic page', path: '/help/?lang=en#/page/pay-and-minimum-pay', ready: 'article.page h1' },
  { name: 'get help now', path: '/help/?lang=en#/help', ready: '[data-contact]' },
  { name: 'self-check', path: '/help/?lang=en#/check', ready: 'form.check' },
  { name: 'tell the authorities', path: '/help/?lang=en#/tell', ready: '#tip-message' },
];

interface Bytes {
  html: number;
  css: number;
  js: number;
  json: number;
  other: number;
}

async function startServer(): Promise<{ child: ChildProcess; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'silta-bench-worker-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SILTA_DATA_DIR: dir,
      DATABASE_URL: '',
      SILTA_DEMO: 'off',
      SILTA_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('server did not start');
    try {
      const health = await fetch(`${BASE}/api/health`);
      const manifest = await fetch(`${BASE}/help/published/manifest.json`);
      const index = await fetch(`${BASE}/help/`);
      if (health.ok && manifest.ok && index.ok) return { child, dir };
      if (index.status === 503) throw new Error('dist/help is missing: run `npm run build` first');
    } catch (error) {
      if (error instanceof Error && error.message.includes('npm run build')) throw error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function kind(request: Request): keyof Bytes {
  const type = request.resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'fetch' || type === 'xhr') return 'json';
  return 'other';
}

/** A first visit in a fresh context: every response's encoded (on-the-wire) body and header bytes. */
async function measure(browser: Browser, view: (typeof VIEWS)[number]) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('requestfinished', (request) => requests.push(request));
  await page.goto(`${BASE}${view.path}`, { waitUntil: 'networkidle' });
  await page.waitForSelector(view.ready);
  const bytes: Bytes = { html: 0, css: 0, js: 0, json: 0, other: 0 };
  for (const request of requests) {
    const sizes = await request.sizes();
    bytes[kind(request)] += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  const axe = await new AxeBuilder({ page }).analyze();
  await context.close();
  return { bytes, requests: requests.length, violations: axe.violations.map((v) => `${v.id} (${v.impact})`) };
}

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Lighthouse's mobile preset against a Chromium that Playwright started with a debugging port. */
async function lighthouseScores(url: string): Promise<Scores | null> {
  if (process.env.LIGHTHOUSE === 'off') return null;
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, {
    port: DEBUG_PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  if (!result) return null;
  const { categories, audits } = result.lhr;
  const pct = (score: number | null | undefined) => Math.round((score ?? 0) * 100);
  return {
    performance: pct(categories.performance?.score),
    accessibility: pct(categories.accessibility?.score),
    bestPractices: pct(categories['best-practices']?.score),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { child, dir } = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${DEBUG_PORT}`],
  });
  try {
    const rows: string[] = [];
    for (const view of VIEWS) {
      const { bytes, requests, violations } = await measure(browser, view);
      const code = bytes.html + bytes.css + bytes.js;
      const total = code + bytes.json + bytes.other;
      let scores: Scores | null = null;
      try {
        scores = await lighthouseScores(`${BASE}${view.path}`);
      } catch (error) {
        console.error(`lighthouse failed on ${view.path}: ${(error as Error).message}`);
      }
      rows.push(
        [
          view.name,
          kb(code),
          code <= BUDGET ? 'yes' : '**no**',
          kb(bytes.json),
          `${kb(total)} (${requests})`,
          violations.length === 0 ? '0' : violations.join(', '),
          scores ? `${scores.performance} / ${scores.accessibility} / ${scores.bestPractices}` : '–',
          scores
            ? `${(scores.lcpMs / 1000).toFixed(1)} s / ${scores.tbtMs} ms / ${scores.cls.toFixed(3)}`
            : '–',
        ].join(' | '),
      );
    }
    console.log(
      `\nWorker app, first visit per view (360×740 mobile, empty cache, real server), ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`,
    );
    console.log(
      '| view | HTML+CSS+JS (compressed) | ≤ 60 KB | content JSON | everything (requests) | axe violations | Lighthouse mobile perf / a11y / best practices | LCP / TBT / CLS |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(`| ${row} |`);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
