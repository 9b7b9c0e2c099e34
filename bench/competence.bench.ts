/**
 * The competence engine over real HTTP, beside the raw limit measured in the same run:
 *  - throughput of POST /api/competence/decide (session check, engine on the cached stored map, audit
 *    row) vs a bare Fastify POST route returning a constant, and vs Silta's own GET /api/health;
 *  - latency of GET /api/competence/matrix cold (first query after the map changed: 169 decisions)
 *    and warm (cached per revision and query), and of GET /api/competence/config.
 * PGlite always; PostgreSQL too when DATABASE_URL is set (a temporary database). The load generator
 * runs in a worker thread so it does not share the server's event loop.
 * Run: node --import tsx bench/competence.bench.ts   (DURATION_MS, CONCURRENCY to change the load)
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import { openAndMigrate } from '../src/server/bootstrap.ts';
import { loadConfig } from '../src/server/config.ts';
import { decideDisclosureNow } from '../src/server/modules/competence/competence.service.ts';
import { seedDemoAccounts } from '../src/server/seed/seed.ts';

const DURATION_MS = Number(process.env.DURATION_MS ?? 5000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const PASSWORD = 'silta-bench-password';
const DECIDE = JSON.stringify({
  from: 'osh',
  to: 'police',
  categories: ['osh_inspection_findings'],
  purpose: 'crime_investigation',
  initiative: 'own',
});

interface Target {
  port: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}
interface LoadResult {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

// Plain JS so the worker needs no TypeScript loader. Each request gets its own X-Forwarded-For
// address: the server trusts the proxy header here, so the per-address rate limit does not cap the run.
const WORKER = `
const http = require('node:http');
const { parentPort, workerData: w } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: w.concurrency });
let n = 0, errors = 0; const lat = []; const end = Date.now() + w.durationMs;
function once() {
  return new Promise((resolve) => {
    const i = n++; const t0 = performance.now();
    const req = http.request({ host: '127.0.0.1', port: w.port, method: w.method, path: w.path, agent,
      headers: { ...w.headers, 'x-forwarded-for': '10.' + ((i >> 16) & 255) + '.' + ((i >> 8) & 255) + '.' + (i & 255) } },
      (res) => { res.resume(); res.on('end', () => { if (res.statusCode !== 200) errors++; lat.push(performance.now() - t0); resolve(); }); });
    req.on('error', () => { errors++; resolve(); });
    if (w.body) req.end(w.body); else req.end();
  });
}
async function loop() { while (Date.now() < end) await once(); }
const t0 = performance.now();
Promise.all(Array.from({ length: w.concurrency }, loop)).then(() => {
  const s = performance.now() - t0; lat.sort((a, b) => a - b);
  parentPort.postMessage({ perSecond: lat.length / (s / 1000), p50: lat[Math.floor(lat.length * 0.5)], p99: lat[Math.floor(lat.length * 0.99)], errors });
});`;

function load(target: Target, durationMs = DURATION_MS): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { ...target, durationMs, concurrency: CONCURRENCY },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function call(port: number, method: string, url: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: url, headers }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    },
  );
}

async function timed(port: number, url: string, headers: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const res = await call(port, 'GET', url, headers);
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${res.body.slice(0, 200)}`);
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function benchOne(label: string, databaseUrl: string | undefined): Promise<string[]> {
  const dataDir = path.join(os.tmpdir(), `silta-bench-competence-${process.pid}-${label}`);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl ?? '',
    SILTA_DATA_DIR: dataDir,
    SILTA_LOG_LEVEL: 'silent',
    SILTA_TRUST_PROXY: 'on',
  });
  const ctx = await openAndMigrate(config);
  await seedDemoAccounts(ctx.db, PASSWORD);
  const { app } = await buildApp(ctx, { logger: false, serveWeb: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const bare = Fastify();
  bare.post('/bare', async () => ({ allowed: true }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  const barePort = (bare.server.address() as { port: number }).port;
  try {
    const login = await call(
      port,
      'POST',
      '/api/auth/login',
      { 'content-type': 'application/json' },
      JSON.stringify({ username: 'osh.inspector', password: PASSWORD }),
    );
    const cookie = String(login.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
    const auth = { cookie, 'x-csrf-token': JSON.parse(login.body).csrfToken as string };
    const json = { 'content-type': 'application/json' };

    await load(
      { port, method: 'POST', path: '/api/competence/decide', headers: { ...json, ...auth }, body: DECIDE },
      1000,
    );
    const bareR = await load({ port: barePort, method: 'POST', path: '/bare', headers: json, body: DECIDE });
    const health = await load({ port, method: 'GET', path: '/api/health', headers: {} });
    const decide = await load({
      port,
      method: 'POST',
      path: '/api/competence/decide',
      headers: { ...json, ...auth },
      body: DECIDE,
    });

    // Cold: a query not asked before on this revision; warm: the same query again.
    const queries = [
      'crime_investigation',
      'crime_prevention',
      'foreign_labour_supervision',
      'minimum_terms_supervision',
      'tax_supervision',
    ];
    const cold: number[] = [];
    const warm: number[] = [];
    for (const purpose of queries) {
      const url = `/api/competence/matrix?category=osh_inspection_findings&purpose=${purpose}&initiative=own`;
      cold.push(await timed(port, url, auth));
      for (let i = 0; i < 5; i++) warm.push(await timed(port, url, auth));
    }
    // The same decision in-process, without HTTP, session or audit: the engine on the cached map plus
    // the revision check.
    const request = JSON.parse(DECIDE);
    const n = 500;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await decideDisclosureNow(ctx.db, request);
    const inProcess = (performance.now() - t0) / n;
    const configMs: number[] = [];
    for (let i = 0; i < 10; i++) configMs.push(await timed(port, '/api/competence/config', auth));

    const row = (what: string, r: LoadResult) =>
      `| ${label} | ${what} | ${r.perSecond.toFixed(0)} req/s | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${(r.perSecond / bareR.perSecond).toFixed(2)} | ${r.errors} |`;
    return [
      row('bare Fastify POST, constant (raw limit)', bareR),
      row('Silta GET /api/health (all hooks, SELECT 1)', health),
      row('POST /api/competence/decide (session, engine, audit row)', decide),
      `| ${label} | decideDisclosureNow in-process (revision check + engine; no HTTP, no audit) | ${(1000 / inProcess).toFixed(0)} calls/s | ${inProcess.toFixed(2)} ms | – | – | 0 |`,
      `| ${label} | GET /api/competence/matrix cold (169 decisions) | – | ${median(cold).toFixed(1)} ms | max ${Math.max(...cold).toFixed(1)} ms | – | 0 |`,
      `| ${label} | GET /api/competence/matrix warm (cached) | – | ${median(warm).toFixed(1)} ms | max ${Math.max(...warm).toFixed(1)} ms | – | 0 |`,
      `| ${label} | GET /api/competence/config (270 kB) | – | ${median(configMs).toFixed(1)} ms | max ${Math.max(...configMs).toFixed(1)} ms | – | 0 |`,
    ];
  } finally {
    await bare.close();
    await app.close();
    await ctx.database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const rows = await benchOne('PGlite', undefined);
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `silta_bench_competence_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    try {
      rows.push(...(await benchOne('PostgreSQL', u.toString())));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  console.log(
    `\nCompetence API over HTTP, ${CONCURRENCY} concurrent connections for ${DURATION_MS / 1000} s each, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log('| database | what | throughput | p50 / median | p99 / max | × raw | errors |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

await main();
