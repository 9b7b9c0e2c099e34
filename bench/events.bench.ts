/**
 * Live events: SSE clients spread over 2 Silta nodes on one PostgreSQL, 100 events/s, latency from
 * commit to delivery (p50/p99) and memory per connection — beside the raw limit measured in the same
 * run: 2 bare node:http processes that LISTEN and forward each NOTIFY to the same number of SSE
 * clients (no outbox read, no permission check), with a payload of the same shape and size as Silta's
 * NOTIFY; clients key arrivals by the SSE id line on both sides. Needs DATABASE_URL (a PostgreSQL server).
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:events
 *      (SIZES=250,500,1000,2000 SECONDS=8 to change the sweep; ROUNDS=3 repeats each pair; COMPARE_DIR=<another checkout> also runs
 *      that checkout's Silta — two more nodes on their own database — in the same run, size by size,
 *      so a change is measured against its baseline under the same machine load)
 */
import type { ChildProcess } from 'node:child_process';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { records } from '../src/server/modules/register/records.table.ts';
import type { Db } from '../src/server/platform/db/client.ts';
import * as schema from '../src/server/platform/db/schema.ts';
import { emitEvent } from '../src/server/platform/events/emit.ts';
import {
  memoryAfterGcKb,
  openStream,
  pct,
  type Stream,
  startProcess,
  waitHealthy,
} from './events.support.ts';

const URL_ = process.env.DATABASE_URL;
if (!URL_) throw new Error('bench:events needs DATABASE_URL');
const SIZES = (process.env.SIZES ?? '250,500,1000,2000').split(',').map(Number);
const SECONDS = Number(process.env.SECONDS ?? 8);
const RATE = 100;
/** ROUNDS=n: per size, n alternating raw/Silta pairs, and the median ratio (one run is noisy on 2 cores). */
const ROUNDS = Number(process.env.ROUNDS ?? 1);
const DB_NAME = `silta_bench_events_${process.pid}`;
const COMPARE_DIR = process.env.COMPARE_DIR;
const urlOf = (name: string) => {
  const u = new URL(URL_);
  u.pathname = `/${name}`;
  return u.toString();
};
const dbUrl = urlOf(DB_NAME);
const cmpUrl = urlOf(`${DB_NAME}_cmp`);

const RAW_SERVER = `
const http = require('node:http'); const pg = require('pg');
const clients = new Set();
const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
c.on('error', () => {}); c.connect().then(() => c.query('LISTEN silta_raw'));
c.on('notification', (m) => { const p = m.payload; const cut = p.indexOf('|'); const line = 'id: ' + p.slice(0, cut) + '\\ndata: ' + p.slice(cut + 1) + '\\n\\n'; for (const r of clients) r.write(line); });
http.createServer((q, s) => {
  if (q.url === '/api/health') { s.end('{"status":"ok"}'); return; }
  s.writeHead(200, { 'content-type': 'text/event-stream' }); s.write('retry: 3000\\n\\n');
  clients.add(s); q.on('close', () => clients.delete(s));
}).listen(process.env.PORT, '127.0.0.1');`;

interface Result {
  p50: number;
  p99: number;
  delivered: number;
  expected: number;
  /** JS heap and RSS per connection after a full GC, KB. */
  heapKbPerConn: number;
  rssKbPerConn: number;
}

async function runSweep(
  size: number,
  ports: [number, number],
  pids: number[],
  headers: (i: number) => Record<string, string>,
  write: (seq: number) => Promise<{ key: string; committedAt: number }>,
): Promise<Result> {
  const memBefore = await memoryAfterGcKb(ports, pids);
  const committed = new Map<string, number>();
  // Arrivals are matched to commit times afterwards: an event may reach a client before the writer's
  // COMMIT call has even returned, and those fastest deliveries must count too.
  const arrivals: [string, number][] = [];
  const latencies: number[] = [];
  const streams: Stream[] = [];
  for (let i = 0; i < size; i++) {
    const port = ports[i % 2]!;
    streams.push(
      await openStream(`http://127.0.0.1:${port}/api/events/stream`, headers(i), (key) => {
        arrivals.push([key, performance.now()]);
      }),
    );
  }
  await new Promise((r) => setTimeout(r, 500));
  const memAfter = await memoryAfterGcKb(ports, pids);
  const total = RATE * SECONDS;
  const t0 = performance.now();
  for (let seq = 0; seq < total; seq++) {
    const due = t0 + (seq * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const { key, committedAt } = await write(seq);
    committed.set(key, committedAt);
  }
  // Let the tail drain: until everything arrived, or nothing more came for 3 s (at most 30 s).
  for (let last = -1, quiet = 0, i = 0; i < 300 && arrivals.length < total * size && quiet < 30; i++) {
    quiet = arrivals.length === last ? quiet + 1 : 0;
    last = arrivals.length;
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const s of streams) s.close();
  for (const [key, at] of arrivals) {
    const t = committed.get(key);
    if (t !== undefined) latencies.push(Math.max(0, at - t));
  }
  return {
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    delivered: latencies.length,
    expected: total * size,
    heapKbPerConn: (memAfter.heap - memBefore.heap) / size,
    rssKbPerConn: (memAfter.rss - memBefore.rss) / size,
  };
}

async function main() {
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  if (COMPARE_DIR) {
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME}_cmp WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB_NAME}_cmp`);
  }
  const procs: ChildProcess[] = [];
  try {
    // Two Silta nodes (the first migrates and seeds), and two bare forwarders.
    const env = {
      DATABASE_URL: dbUrl,
      SILTA_DEMO: 'on',
      SILTA_DEMO_COMPANIES: '0',
      SILTA_RATE_LIMIT_PER_MINUTE: '100000',
    };
    procs.push(startProcess(['--import', 'tsx', 'src/server/main.ts'], 18_711, env));
    await waitHealthy(18_711);
    procs.push(startProcess(['--import', 'tsx', 'src/server/main.ts'], 18_712, env));
    await waitHealthy(18_712);
    procs.push(startProcess(['-e', RAW_SERVER], 18_721, { DATABASE_URL: dbUrl }));
    procs.push(startProcess(['-e', RAW_SERVER], 18_722, { DATABASE_URL: dbUrl }));
    await waitHealthy(18_721);
    await waitHealthy(18_722);
    if (COMPARE_DIR) {
      const cmpEnv = { ...env, DATABASE_URL: cmpUrl };
      procs.push(startProcess(['--import', 'tsx', 'src/server/main.ts'], 18_713, cmpEnv, COMPARE_DIR));
      await waitHealthy(18_713);
      procs.push(startProcess(['--import', 'tsx', 'src/server/main.ts'], 18_714, cmpEnv, COMPARE_DIR));
      await waitHealthy(18_714);
    }

    const signInAll = async (firstPort: number) => {
      const out: string[] = [];
      for (const [i, user] of ['police.officer', 'police.analyst', 'police.lead'].entries()) {
        const res = await fetch(`http://127.0.0.1:${firstPort + (i % 2)}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: user, password: process.env.SILTA_DEMO_PASSWORD ?? 'silta-demo' }),
        });
        out.push((res.headers.get('set-cookie') ?? '').split(';')[0]!);
      }
      return out;
    };
    const cookies = await signInAll(18_711);
    const cmpCookies = COMPARE_DIR ? await signInAll(18_713) : [];

    const writerFor = async (url: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const db = drizzle(client, { schema }) as unknown as Db;
      const write = async (seq: number) => {
        const id = await db.transaction(async (tx) => {
          const [row] = await tx
            .insert(records)
            .values({
              kind: 'observation',
              ownerAuthority: 'police',
              classification: 'restricted',
              secrecyBasis: '621/1999 24 §',
              categories: ['police_information'],
              title: `bench ${seq}`,
              body: 'synthetic',
              retentionUntil: '2030-01-01',
            })
            .returning({ id: records.id });
          return emitEvent(tx, { type: 'record.created', subjectType: 'record', subjectId: row!.id });
        });
        return { key: String(id), committedAt: performance.now() };
      };
      return { client, write };
    };
    const { client: writerClient, write: writeSilta } = await writerFor(dbUrl);
    const cmpWriter = COMPARE_DIR ? await writerFor(cmpUrl) : null;
    // The raw forwarder gets a payload of the same shape and size as Silta's NOTIFY (the outbox row).
    const writeRaw = async (seq: number) => {
      const row = {
        id: seq,
        type: 'record.created',
        subjectType: 'record',
        subjectId: crypto.randomUUID(),
        targetIds: [],
        data: {},
        actorUserId: null,
        createdAt: new Date().toISOString(),
      };
      await writerClient.query('SELECT pg_notify($1, $2)', [
        'silta_raw',
        `raw-${seq}|${JSON.stringify(row)}`,
      ]);
      return { key: `raw-${seq}`, committedAt: performance.now() };
    };

    const siltaPids = [procs[0]!.pid!, procs[1]!.pid!];
    const rawPids = [procs[2]!.pid!, procs[3]!.pid!];
    const cmpPids = COMPARE_DIR ? [procs[4]!.pid!, procs[5]!.pid!] : [];
    const rows: string[] = [];
    const cmpRows: string[] = [];
    const medians: string[] = [];
    for (const size of SIZES) {
      const ratios: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const raw = await runSweep(size, [18_721, 18_722], rawPids, () => ({}), writeRaw);
        if (cmpWriter) {
          const cmp = await runSweep(
            size,
            [18_713, 18_714],
            cmpPids,
            (i) => ({ cookie: cmpCookies[i % cmpCookies.length]! }),
            cmpWriter.write,
          );
          cmpRows.push(
            `| ${size} | ${raw.p99.toFixed(1)} ms | ${cmp.p50.toFixed(1)} / ${cmp.p99.toFixed(1)} ms | ${(cmp.p99 / raw.p99).toFixed(2)}× | ${cmp.delivered}/${cmp.expected} |`,
          );
          console.error(`size ${size} baseline: ${cmpRows.at(-1)}`);
        }
        const silta = await runSweep(
          size,
          [18_711, 18_712],
          siltaPids,
          (i) => ({ cookie: cookies[i % cookies.length]! }),
          writeSilta,
        );
        rows.push(
          `| ${size} | ${raw.p50.toFixed(1)} / ${raw.p99.toFixed(1)} ms | ${silta.p50.toFixed(1)} / ${silta.p99.toFixed(1)} ms | ${(silta.p99 / raw.p99).toFixed(2)}× | ${raw.delivered}/${raw.expected} · ${silta.delivered}/${silta.expected} | ${raw.heapKbPerConn.toFixed(1)} / ${silta.heapKbPerConn.toFixed(1)} KB | ${raw.rssKbPerConn.toFixed(1)} / ${silta.rssKbPerConn.toFixed(1)} KB |`,
        );
        console.error(`size ${size} done: ${rows.at(-1)}`);

        ratios.push(silta.p99 / raw.p99);
      }
      if (ROUNDS > 1) {
        const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
        medians.push(
          `| ${size} | ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')} | **${median.toFixed(2)}×** |`,
        );
      }
    }
    await writerClient.end();
    await cmpWriter?.client.end();
    console.log(
      `\nLive events, ${RATE} events/s for ${SECONDS} s per size, clients split over 2 nodes, ${new Date().toISOString().slice(0, 10)}\n`,
    );
    console.log(
      '| SSE clients | raw fan-out p50 / p99 | Silta p50 / p99 | Silta p99 ÷ raw p99 | events delivered raw · Silta | JS heap per connection after GC, raw / Silta | RSS per connection after GC, raw / Silta |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
    if (ROUNDS > 1) {
      console.log(
        `\nSilta p99 ÷ raw p99 per round (raw and Silta alternate, ${ROUNDS} rounds) and the median:\n`,
      );
      console.log('| SSE clients | rounds | median |');
      console.log('|---|---|---|');
      for (const r of medians) console.log(r);
    }
    if (COMPARE_DIR) {
      console.log(
        `\nBaseline checkout (${COMPARE_DIR}) in the same run, between the raw and the Silta sweep:\n`,
      );
      console.log('| SSE clients | raw p99 | baseline p50 / p99 | baseline p99 ÷ raw p99 | delivered |');
      console.log('|---|---|---|---|---|');
      for (const r of cmpRows) console.log(r);
    }
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    if (COMPARE_DIR) await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME}_cmp WITH (FORCE)`);
    await admin.end();
  }
}

await main();
