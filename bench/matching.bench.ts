/**
 * Entity matching at scale: top-10 latency (p50/p95), recall@10 on generated name variants of the same
 * firm, and rejection of look-alikes (different firms), for Silta's matcher (normalised words →
 * dictionary → rare-word blocking → TypeScript rerank) side by side, in the same run and on the same
 * queries, with plain pg_trgm (`lower(name) % $1` + GIN, ORDER BY similarity) at the default threshold
 * 0.3 and a tuned one. Needs DATABASE_URL (a PostgreSQL server); makes its own database.
 *
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:matching
 *   COMPANIES=1000000  generated companies (default 1,000,000)
 *   QUERIES=1000       variant queries for Silta (and as many look-alikes)
 *   BASELINE_QUERIES=300  of those, also run through plain pg_trgm at each threshold (0.3 is slow)
 *   TUNED=0.5          the tuned pg_trgm threshold
 *   REUSE=1            reuse the loaded database of an earlier run (REUSE=0 rebuilds it); DROP=1 drops it at the end
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { generateCompanies } from '../src/server/modules/demo-data/index.ts';
import { bulkLoadCompanies } from '../src/server/modules/matching/bulk-load.ts';
import { matchCompanies } from '../src/server/modules/matching/matching.service.ts';
import { drainAll, list } from '../src/server/modules/matching/name-index.ts';
import {
  LOOKALIKE_KINDS,
  lookalikeOf,
  VARIANT_KINDS,
  variantOf,
  variantRandom,
} from '../src/server/modules/matching/name-variants.ts';
import { normalizeCompanyName } from '../src/server/modules/matching/normalize.company.ts';
import { openDatabase, queryRows } from '../src/server/platform/db/client.ts';
import { runMigrations } from '../src/server/platform/db/migrate.ts';
import { seedBase } from '../src/server/seed/seed.ts';

const URL_ = process.env.DATABASE_URL;
if (!URL_) throw new Error('bench:matching needs DATABASE_URL');
const N = Number(process.env.COMPANIES ?? 1_000_000);
const QUERIES = Number(process.env.QUERIES ?? 1_000);
const BASELINE_QUERIES = Math.min(QUERIES, Number(process.env.BASELINE_QUERIES ?? 300));
const TUNED = Number(process.env.TUNED ?? 0.5);
const REUSE = process.env.REUSE !== '0';
const SEED = 2026;
const DB_NAME = `silta_bench_matching_${N}`;
const dbUrl = (() => {
  const u = new URL(URL_);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

async function prepare(): Promise<void> {
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME])).rowCount;
  if (exists && REUSE) {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const ready = await c
      .query("SELECT value FROM bench_meta WHERE key = 'loaded'")
      .then((r) => r.rows[0]?.value === String(N))
      .catch(() => false);
    await c.end();
    if (ready) {
      console.log(`reusing ${DB_NAME} (${N} companies)`);
      await admin.end();
      const database = await openDatabase({ databaseUrl: dbUrl, poolSize: 2 });
      await runMigrations(database, dbUrl);
      await database.db.execute(sql`VACUUM ANALYZE match_queue`);
      await database.close();
      return;
    }
  }
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: dbUrl, poolSize: 4 });
  await runMigrations(database, dbUrl);
  await seedBase(database.db);
  const db = database.db;
  // Bulk load as a restore would: without the name GIN index and the word index's keys, built once
  // afterwards; the words are written with the companies (the enqueue trigger is off meanwhile).
  await db.execute(sql`DROP INDEX companies_name_trgm`);
  await db.execute(sql`ALTER TABLE match_tokens DROP CONSTRAINT match_tokens_entity_token_target_id_pk`);
  await db.execute(sql`DROP INDEX match_tokens_target`);
  await db.execute(sql`ALTER TABLE companies DISABLE TRIGGER companies_match_enqueue`);
  console.log(`loading ${N} generated companies … (load ${load()})`);
  const t0 = performance.now();
  const report = await bulkLoadCompanies(db, { seed: SEED, companies: N, batch: 5_000, index: true }, (n) => {
    if (n % 100_000 === 0) console.log(`  ${n} companies, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  });
  const t1 = performance.now();
  await db.execute(sql`CREATE INDEX companies_name_trgm ON companies USING gin (lower(name) gin_trgm_ops)`);
  const t2 = performance.now();
  await db.execute(
    sql`ALTER TABLE match_tokens ADD CONSTRAINT match_tokens_entity_token_target_id_pk PRIMARY KEY (entity, token, target_id)`,
  );
  await db.execute(sql`CREATE INDEX match_tokens_target ON match_tokens (target_id)`);
  await db.execute(sql`ALTER TABLE companies ENABLE TRIGGER companies_match_enqueue`);
  const indexed = await drainAll(db, 10_000);
  const t3 = performance.now();
  await db.execute(sql`VACUUM ANALYZE companies`);
  await db.execute(sql`VACUUM ANALYZE match_tokens`);
  await db.execute(sql`VACUUM ANALYZE match_terms`);
  await db.execute(sql`VACUUM ANALYZE match_term_keys`);
  await db.execute(sql`VACUUM ANALYZE match_queue`);
  const [sizes] = await queryRows<Record<string, string>>(
    db,
    sql`SELECT pg_size_pretty(pg_total_relation_size('companies')) AS companies,
      pg_size_pretty(pg_relation_size('companies_name_trgm')) AS trgm_index,
      pg_size_pretty(pg_total_relation_size('match_tokens')) AS match_tokens,
      pg_size_pretty(pg_total_relation_size('match_terms')) AS match_terms,
      (SELECT count(*) FROM match_tokens)::text AS tokens, (SELECT count(*) FROM match_terms)::text AS terms`,
  );
  console.log(
    `load: generate + insert ${report.companies} companies with their ${report.tokens} word/pair keys ` +
      `${((t1 - t0) / 1000).toFixed(1)} s (${Math.round(report.companies / ((t1 - t0) / 1000))} companies/s); ` +
      `pg_trgm GIN on lower(name) ${((t2 - t1) / 1000).toFixed(1)} s; word-index keys ` +
      `${((t3 - t2) / 1000).toFixed(1)} s (${indexed} queued targets)`,
  );
  console.log(`sizes: ${JSON.stringify(sizes)}`);
  await db.execute(sql`CREATE TABLE bench_meta (key text PRIMARY KEY, value text)`);
  await db.execute(sql`INSERT INTO bench_meta VALUES ('loaded', ${String(N)})`);
  await database.close();
}

interface Query {
  text: string;
  kind: string;
  /** Companies indistinguishable from the source by name (same normalised key), source first. */
  truth: Set<string>;
  source: string;
}

/** Companies whose normalised name key equals `key` (found through the word index). */
async function sameKey(db: Parameters<typeof queryRows>[0], key: string): Promise<Set<string>> {
  const tokens = [...new Set(key.split(' ').filter(Boolean))];
  if (!tokens.length) return new Set();
  const rows = await queryRows<{
    id: string;
    name: string;
    auxiliary_names: string[];
    former_names: string[];
  }>(
    db,
    sql`SELECT c.id, c.name, c.auxiliary_names, c.former_names FROM companies c WHERE c.id IN (
          SELECT target_id FROM match_tokens WHERE entity = 1 AND token = ANY(${list(tokens)})
          GROUP BY target_id HAVING count(*) = ${tokens.length})`,
  );
  return new Set(
    rows
      .filter((r) =>
        [r.name, ...r.auxiliary_names, ...r.former_names].some((n) => normalizeCompanyName(n).key === key),
      )
      .map((r) => r.id),
  );
}

async function buildQueries(db: Parameters<typeof queryRows>[0]) {
  const random = variantRandom(SEED + 1);
  const variants: Query[] = [];
  const lookalikes: Query[] = [];
  let guard = 0;
  while ((variants.length < QUERIES || lookalikes.length < QUERIES) && guard++ < QUERIES * 40) {
    const index = random.int(0, N - 1);
    const [company] = [...generateCompanies({ seed: SEED, companies: N, start: index, end: index + 1 })];
    if (!company) continue;
    if (variants.length < QUERIES) {
      const kind = VARIANT_KINDS[variants.length % VARIANT_KINDS.length]!;
      const text = variantOf(random, company.name, kind);
      if (text && text !== company.name) {
        const truth = await sameKey(db, normalizeCompanyName(company.name).key);
        truth.add(company.id);
        variants.push({ text, kind, truth, source: company.name });
      }
    }
    if (lookalikes.length < QUERIES) {
      const kind = LOOKALIKE_KINDS[lookalikes.length % LOOKALIKE_KINDS.length]!;
      const text = lookalikeOf(random, company.name, kind);
      if (text && (await sameKey(db, normalizeCompanyName(text).key)).size === 0) {
        lookalikes.push({ text, kind, truth: new Set(), source: company.name });
      }
    }
  }
  return { variants, lookalikes };
}

interface RunStats {
  latencies: number[];
  hits: number;
  byKind: Map<string, { n: number; hit: number }>;
}

function stats(): RunStats {
  return { latencies: [], hits: 0, byKind: new Map() };
}

function tally(s: RunStats, q: Query, ids: string[], elapsed: number) {
  s.latencies.push(elapsed);
  const hit = ids.some((id) => q.truth.has(id));
  if (hit) s.hits++;
  const k = s.byKind.get(q.kind) ?? { n: 0, hit: 0 };
  k.n++;
  if (hit) k.hit++;
  s.byKind.set(q.kind, k);
}

function line(name: string, s: RunStats, n: number, extra = '') {
  console.log(
    `| ${name} | ${n} | ${ms(pct(s.latencies, 50))} | ${ms(pct(s.latencies, 95))} | ${ms(pct(s.latencies, 99))} | ` +
      `${(s.hits / n).toFixed(3)} |${extra}`,
  );
}

async function main() {
  await prepare();
  const database = await openDatabase({ databaseUrl: dbUrl, poolSize: 4 });
  const db = database.db;
  const tq = performance.now();
  const { variants, lookalikes } = await buildQueries(db);
  console.log(
    `queries: ${variants.length} variants, ${lookalikes.length} look-alikes (built in ${((performance.now() - tq) / 1000).toFixed(1)} s)`,
  );
  const baselineClient = new pg.Client({ connectionString: dbUrl });
  await baselineClient.connect();
  const trgm = async (text: string) =>
    (
      await baselineClient.query<{ id: string; sim: number }>(
        'SELECT id, similarity(lower(name), lower($1)) AS sim FROM companies WHERE lower(name) % lower($1) ORDER BY sim DESC LIMIT 10',
        [text],
      )
    ).rows;

  // Warm-up: caches and JIT for both paths.
  for (const q of variants.slice(0, 30)) {
    await matchCompanies(db, { name: q.text });
    await trgm(q.text);
  }
  console.log(`load average before measuring: ${load()}`);

  const silta = stats();
  let autoLinked = 0;
  let wrongAutoLinks = 0;
  for (const q of variants) {
    const t0 = performance.now();
    const found = await matchCompanies(db, { name: q.text });
    tally(
      silta,
      q,
      found.map((f) => f.id),
      performance.now() - t0,
    );
    if (found[0] && found[0].confidence !== 'possible') {
      autoLinked++;
      if (!q.truth.has(found[0].id)) wrongAutoLinks++;
    }
  }
  const lookStats = {
    latencies: [] as number[],
    falseAuto: 0,
    offered: 0,
    byKind: new Map<string, { n: number; fa: number }>(),
  };
  for (const q of lookalikes) {
    const t0 = performance.now();
    const found = await matchCompanies(db, { name: q.text });
    lookStats.latencies.push(performance.now() - t0);
    const fa = !!found[0] && found[0].confidence !== 'possible';
    if (fa) lookStats.falseAuto++;
    if (found.length) lookStats.offered++;
    const k = lookStats.byKind.get(q.kind) ?? { n: 0, fa: 0 };
    k.n++;
    if (fa) k.fa++;
    lookStats.byKind.set(q.kind, k);
  }

  const subset = variants.slice(0, BASELINE_QUERIES);
  const siltaSubset = stats();
  for (const q of subset) {
    const t0 = performance.now();
    const found = await matchCompanies(db, { name: q.text });
    tally(
      siltaSubset,
      q,
      found.map((f) => f.id),
      performance.now() - t0,
    );
  }
  const baselines: [string, RunStats, number][] = [];
  for (const threshold of [0.3, TUNED]) {
    await baselineClient.query(`SET pg_trgm.similarity_threshold = ${threshold}`);
    const s = stats();
    let lookOffered = 0;
    for (const q of subset) {
      const t0 = performance.now();
      const rows = await trgm(q.text);
      tally(
        s,
        q,
        rows.map((r) => r.id),
        performance.now() - t0,
      );
    }
    for (const q of lookalikes.slice(0, BASELINE_QUERIES)) {
      if ((await trgm(q.text)).length) lookOffered++;
    }
    baselines.push([`plain pg_trgm, threshold ${threshold}`, s, lookOffered]);
  }

  console.log(`\nload average after measuring: ${load()}`);
  console.log(`\n${N} companies; ${variants.length} variant queries; baseline on the first ${subset.length}`);
  console.log('| matcher | queries | p50 | p95 | p99 | recall@10 |');
  console.log('|---|---|---|---|---|---|');
  line('Silta (all variant queries)', silta, variants.length);
  line('Silta (baseline subset)', siltaSubset, subset.length);
  for (const [name, s] of baselines) line(name, s, subset.length);
  console.log('\nrecall@10 by variant kind (Silta, all queries):');
  for (const [k, v] of silta.byKind) console.log(`  ${k}: ${v.hit}/${v.n} = ${(v.hit / v.n).toFixed(3)}`);
  for (const [name, s] of baselines) {
    console.log(`recall@10 by kind (${name}):`);
    for (const [k, v] of s.byKind) console.log(`  ${k}: ${v.hit}/${v.n} = ${(v.hit / v.n).toFixed(3)}`);
  }
  console.log(
    `\nauto-link (confidence high/certain) on variants: ${autoLinked}/${variants.length} = ${(autoLinked / variants.length).toFixed(3)}; ` +
      `wrong firm among those: ${wrongAutoLinks} (precision ${(autoLinked ? 1 - wrongAutoLinks / autoLinked : 1).toFixed(4)})`,
  );
  console.log(
    `look-alikes (${lookalikes.length}, different firms): auto-linked (false match) ${lookStats.falseAuto} = ` +
      `${(lookStats.falseAuto / lookalikes.length).toFixed(4)}; offered as a possible candidate ${lookStats.offered}; ` +
      `latency p50 ${ms(pct(lookStats.latencies, 50))} p95 ${ms(pct(lookStats.latencies, 95))}`,
  );
  for (const [k, v] of lookStats.byKind) console.log(`  ${k}: false auto-link ${v.fa}/${v.n}`);
  for (const [name, , offered] of baselines) {
    console.log(
      `  ${name}: look-alike returned at the threshold ${offered}/${Math.min(BASELINE_QUERIES, lookalikes.length)}`,
    );
  }
  if (process.env.SHOW_MISSES) {
    for (const q of variants) {
      const found = await matchCompanies(db, { name: q.text });
      if (!found.some((f) => q.truth.has(f.id)))
        console.log(
          `MISS ${q.kind}: "${q.text}" ← "${q.source}" top: ${found
            .slice(0, 3)
            .map((f) => `${f.name} ${f.score}`)
            .join('; ')}`,
        );
    }
  }
  await baselineClient.end();
  await database.close();
  if (process.env.DROP === '1') {
    const admin = new pg.Client({ connectionString: URL_ });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
