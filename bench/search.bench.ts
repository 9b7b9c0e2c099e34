/**
 * Permission-scoped list and search over HTTP: Silta's `GET /api/records` (records the user may see,
 * newest first: scope in SQL, decide() per row, the read audited) and `GET /api/search` (fuzzy
 * company search with hits), latency and throughput beside a bare Fastify route reading the same
 * rows with the same SQL shape (no session, no validation, no policy, no audit), in the same run and
 * process, with the same concurrency. Needs DATABASE_URL; makes its own database.
 *
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:search
 *   COMPANIES=100000  RECORDS=200000  CONCURRENCY=8  SECONDS=8
 *   KEEP=1  keep the loaded database (silta_bench_search_<companies>_<records>) and reuse it next time
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { seedCompetenceMap } from '../src/server/modules/competence/competence.seed.ts';
import { generateCompanies } from '../src/server/modules/demo-data/index.ts';
import { bulkLoadCompanies } from '../src/server/modules/matching/bulk-load.ts';
import { drainAll } from '../src/server/modules/matching/name-index.ts';
import { type Database, type Db, openDatabase, queryRows } from '../src/server/platform/db/client.ts';
import { runMigrations } from '../src/server/platform/db/migrate.ts';
import { seedBase, seedDemoAccounts } from '../src/server/seed/seed.ts';

const URL_ = process.env.DATABASE_URL;
if (!URL_) throw new Error('bench:search needs DATABASE_URL');
const COMPANIES = Number(process.env.COMPANIES ?? 100_000);
const RECORDS = Number(process.env.RECORDS ?? 200_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const SECONDS = Number(process.env.SECONDS ?? 8);
const PASSWORD = 'bench-password-not-secret';
const SEED = 2026;
const KEEP = process.env.KEEP === '1';
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? Number.NaN;

interface Run {
  requests: number;
  latencies: number[];
  errors: number;
}

/** CONCURRENCY clients sending `next()` requests back to back for SECONDS. */
async function drive(next: () => { url: string; headers?: Record<string, string> }): Promise<Run> {
  const until = performance.now() + SECONDS * 1000;
  const run: Run = { requests: 0, latencies: [], errors: 0 };
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const { url, headers } = next();
        const t0 = performance.now();
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        run.latencies.push(performance.now() - t0);
        run.requests++;
        if (!res.ok) run.errors++;
      }
    }),
  );
  return run;
}

async function main() {
  const name = KEEP ? `silta_bench_search_${COMPANIES}_${RECORDS}` : `silta_bench_search_${process.pid}`;
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  const exists = KEEP && (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(URL_!);
  u.pathname = `/${name}`;
  const url = u.toString();
  const database = await openDatabase({ databaseUrl: url, poolSize: 10 });
  const db = database.db;
  try {
    await runMigrations(database, url);
    if (!exists) await load_(db);
    await db.execute(sql`ANALYZE`);
    const names = [...generateCompanies({ seed: SEED, companies: COMPANIES, start: 0, end: 200 })].map((c) =>
      c.name.split(' ').slice(0, 2).join(' '),
    );
    await measure(database, db, url, names);
  } finally {
    await database.close();
    if (!KEEP) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function load_(db: Db) {
  await seedBase(db);
  await seedCompetenceMap(db);
  await seedDemoAccounts(db, PASSWORD);
  await db.execute(sql`ALTER TABLE companies DISABLE TRIGGER companies_match_enqueue`);
  await bulkLoadCompanies(db, { seed: SEED, companies: COMPANIES, index: true });
  await db.execute(sql`ALTER TABLE companies ENABLE TRIGGER companies_match_enqueue`);
  await drainAll(db);
  // Records: owned by four authorities, a third public, a fifth of the rest disclosed to osh.
  await db.execute(sql`INSERT INTO records (id, kind, owner_authority, classification, secrecy_basis, categories,
        title, body, retention_until, created_at)
      SELECT gen_random_uuid(), 'observation', (ARRAY['police','osh','tax','migri'])[1 + i % 4],
        CASE WHEN i % 3 = 0 THEN 'public' ELSE 'restricted' END, '621/1999 24 §', ARRAY['employer_data'],
        'Observation ' || i, 'Workers at the site said they had not been paid for two months. ' || i,
        '2031-01-01', now() - make_interval(secs => i)
      FROM generate_series(1, ${RECORDS}) AS i`);
  await db.execute(sql`INSERT INTO record_targets (record_id, target_type, target_id)
      SELECT r.id, 'company', c.id FROM (SELECT id, row_number() OVER () AS n FROM records) r
      JOIN (SELECT id, row_number() OVER () AS n FROM companies) c ON c.n = 1 + r.n % ${COMPANIES}`);
  await db.execute(sql`INSERT INTO record_disclosures (record_id, to_authority, purpose, legal_basis, rule_versions)
      SELECT id, 'osh', 'bench', 'bench', '[]'::jsonb FROM records WHERE owner_authority <> 'osh'
        AND classification <> 'public' AND random() < 0.2`);
}

async function measure(database: Database, db: Db, url: string, names: string[]) {
  {
    const config = {
      ...loadConfig({
        NODE_ENV: 'production',
        SILTA_LOG_LEVEL: 'silent',
        SILTA_RATE_LIMIT_PER_MINUTE: '100000000',
      }),
      databaseUrl: url,
    };
    const { app } = await buildApp({ config, database, db }, { logger: false, serveWeb: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const silta = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const login = await fetch(`${silta}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'osh.inspector', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;

    // The bare route: the same rows with the same scope in SQL, nothing else.
    const bare = Fastify({ logger: false });
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    bare.get('/records', async () => {
      const { rows } = await pool.query(
        `SELECT r.* FROM records r WHERE r.classification = 'public' OR r.owner_authority = 'osh'
           OR EXISTS (SELECT 1 FROM record_disclosures d WHERE d.record_id = r.id AND d.to_authority = 'osh' AND d.revoked_at IS NULL)
         ORDER BY r.created_at DESC LIMIT 50`,
      );
      return { items: rows };
    });
    bare.get<{ Querystring: { q: string } }>('/search', async (request) => {
      const { rows } = await pool.query(
        `SELECT id, name, business_id, municipality FROM companies WHERE lower(name) % lower($1)
         ORDER BY similarity(lower(name), lower($1)) DESC LIMIT 25`,
        [request.query.q],
      );
      return { items: rows };
    });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;

    let k = 0;
    const q = () => encodeURIComponent(names[k++ % names.length]!);
    const headers = { cookie };
    const check = await fetch(`${silta}/api/records?limit=50`, { headers });
    if (!check.ok) throw new Error(`records list: ${check.status} ${await check.text()}`);
    // Warm-up.
    await drive(() => ({ url: `${silta}/api/records?limit=50`, headers }));
    const [auditBefore] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log`);
    console.log(`load average before measuring: ${load()}`);
    const results: [string, Run][] = [];
    results.push([
      'bare Fastify: same visible records, newest 50',
      await drive(() => ({ url: `${bareUrl}/records` })),
    ]);
    results.push([
      'Silta GET /api/records?limit=50',
      await drive(() => ({ url: `${silta}/api/records?limit=50`, headers })),
    ]);
    results.push([
      'bare Fastify: pg_trgm company search, 25',
      await drive(() => ({ url: `${bareUrl}/search?q=${q()}` })),
    ]);
    results.push([
      'Silta GET /api/search?type=company&limit=25',
      await drive(() => ({ url: `${silta}/api/search?type=company&limit=25&q=${q()}`, headers })),
    ]);
    console.log(`load average after measuring: ${load()}\n`);
    console.log(
      `${COMPANIES} companies, ${RECORDS} records; ${CONCURRENCY} concurrent clients, ${SECONDS} s each`,
    );
    console.log('| route | requests/s | p50 | p95 | errors | × bare |');
    console.log('|---|---|---|---|---|---|');
    for (let i = 0; i < results.length; i++) {
      const [label, r] = results[i]!;
      const rps = r.requests / SECONDS;
      const base = results[i - (i % 2)]![1].requests / SECONDS;
      console.log(
        `| ${label} | ${rps.toFixed(0)} | ${pct(r.latencies, 50).toFixed(1)} ms | ${pct(r.latencies, 95).toFixed(1)} ms | ${r.errors} | ${(rps / base).toFixed(2)} |`,
      );
    }
    const [audit] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log`);
    console.log(`audit rows written during the measured runs: ${audit!.n - auditBefore!.n}`);
    await app.close();
    await bare.close();
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
