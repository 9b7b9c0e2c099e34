/**
 * Start-up to ready, measured from process spawn to the first 200 from GET /api/health:
 *  - first start on an empty PGlite folder (initdb + migrations + demo seed),
 *  - restart on the same folder,
 *  - first start on an empty PostgreSQL database (when DATABASE_URL is set),
 * each beside the raw limit measured in the same run: a bare node:http server answering /api/health.
 * Run: npm run bench:startup   (prints a Markdown table for docs/BENCHMARKS.md)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const RUNS = Number(process.env.RUNS ?? 3);

async function waitForHealth(port: number, child: ChildProcess, t0: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return performance.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function timeStart(args: string[], env: Record<string, string>, port: number): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', SILTA_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    return await waitForHealth(port, child, t0);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const BARE = `require('node:http').createServer((q,s)=>{s.setHeader('content-type','application/json');s.end('{"status":"ok"}')}).listen(process.env.PORT,'127.0.0.1')`;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s.at(-1)! };
}

async function main() {
  const rows: [string, number[]][] = [];
  const bare: number[] = [];
  const fresh: number[] = [];
  const restart: number[] = [];
  const postgres: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await timeStart(['-e', BARE], {}, 18_600));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'silta-bench-start-'));
    const env = { SILTA_DATA_DIR: dir, DATABASE_URL: '', SILTA_DEMO: 'on' };
    fresh.push(await timeStart(['--import', 'tsx', 'src/server/main.ts'], env, 18_601));
    restart.push(await timeStart(['--import', 'tsx', 'src/server/main.ts'], env, 18_602));
    fs.rmSync(dir, { recursive: true, force: true });
    if (process.env.DATABASE_URL) {
      const name = `silta_bench_start_${process.pid}_${i}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(process.env.DATABASE_URL);
      url.pathname = `/${name}`;
      try {
        postgres.push(
          await timeStart(
            ['--import', 'tsx', 'src/server/main.ts'],
            { DATABASE_URL: url.toString(), SILTA_DEMO: 'on' },
            18_603,
          ),
        );
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    }
  }
  rows.push(['bare node:http server (raw limit)', bare]);
  rows.push(['Silta, first start, empty PGlite folder (initdb, migrate, demo seed)', fresh]);
  rows.push(['Silta, restart on the same PGlite folder', restart]);
  if (postgres.length) rows.push(['Silta, first start, empty PostgreSQL database', postgres]);
  const bareMedian = stats(bare).median;
  console.log(
    `\nStart-up to ready (GET /api/health = 200), ${RUNS} runs, ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`,
  );
  console.log('| what | median | min | max | × raw |');
  console.log('|---|---|---|---|---|');
  for (const [name, xs] of rows) {
    const s = stats(xs);
    console.log(
      `| ${name} | ${(s.median / 1000).toFixed(2)} s | ${(s.min / 1000).toFixed(2)} s | ${(s.max / 1000).toFixed(2)} s | ${(s.median / bareMedian).toFixed(1)} |`,
    );
  }
}

await main();
