/**
 * Ingest: observations through Silta's import pipeline (CSV parse, mapping, validation, business-ID
 * matching to companies, ownership, classification, categories, retention, record–company links, one
 * audit row and one event per import, all rows of an import in one transaction) as a ratio to raw
 * `COPY` of the same CSV into a bare table (no indexes, text columns), in the same run — on PostgreSQL
 * (DATABASE_URL; raw = psql \copy from the client) and on PGlite with an on-disk data folder (raw =
 * COPY FROM '/dev/blob').
 *
 * The observations come as files of FILE_ROWS rows (≈ 13 MB each, under the 20 MB upload limit), one
 * import per file, as a user or an integration would send them.
 *
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:ingest
 *   OBSERVATIONS=1000000   rows on PostgreSQL        PGLITE_OBSERVATIONS=250000  rows on PGlite
 *                          (the 2M: OBSERVATIONS=2000000, ≈ 2× the time)
 *   COMPANIES=100000       companies the observations refer to (by business ID)
 *   FILE_ROWS=100000       rows per file / import     ONLY=postgres|pglite   one database only
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { seedCompetenceMap } from '../src/server/modules/competence/competence.seed.ts';
import { businessIdForIndex } from '../src/server/modules/demo-data/index.ts';
import { list } from '../src/server/modules/matching/name-index.ts';
import {
  createImport,
  startImport,
  validateImport,
} from '../src/server/modules/register-import/import.service.ts';
import { importJob } from '../src/server/modules/register-import/progress.ts';
import { orderedUuid } from '../src/server/modules/register-import/write.ts';
import { type Database, openDatabase, queryRows } from '../src/server/platform/db/client.ts';
import { runMigrations } from '../src/server/platform/db/migrate.ts';
import type { Actor } from '../src/server/platform/policy/actor.ts';
import { seedBase, seedDemoAccounts } from '../src/server/seed/seed.ts';

const URL_ = process.env.DATABASE_URL;
const N_PG = Number(process.env.OBSERVATIONS ?? 1_000_000);
const N_PGLITE = Number(process.env.PGLITE_OBSERVATIONS ?? 250_000);
const COMPANIES = Number(process.env.COMPANIES ?? 100_000);
const FILE_ROWS = Number(process.env.FILE_ROWS ?? 100_000);
const ONLY = process.env.ONLY;
const SEED = 2026;
const TMP = path.resolve('.tmp/bench-ingest');
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

const CATEGORIES = ['osh_inspection_findings', 'employer_data', 'contractor_liability_findings'];
const WORDS = 'työntekijät majoitus palkka ylityö tauko sopimus alihankkija rakennus työmaa vuoro lupa'.split(
  ' ',
);

/** One CSV file of observations [start, end). */
function csvFile(start: number, end: number): Buffer {
  const lines = ['päivämäärä;otsikko;kuvaus;y-tunnus;tietoluokat'];
  for (let i = start; i < end; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const words = Array.from({ length: 12 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
    lines.push(
      `${day}.${month}.2025;Havainto ${i};${words};${businessIdForIndex(SEED, i % COMPANIES)};${CATEGORIES[i % CATEGORIES.length]}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** The same observations as rows of `records` and `record_targets` (the raw limit WITH their indexes). */
function recordFiles(
  start: number,
  end: number,
  companyIds: Map<string, string>,
): { records: Buffer; links: Buffer } {
  const records: string[] = [];
  const links: string[] = [];
  for (let i = start; i < end; i++) {
    const id = orderedUuid();
    const words = Array.from({ length: 12 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
    records.push(
      `${id};observation;osh;restricted;621/1999;{${CATEGORIES[i % CATEGORIES.length]}};Havainto ${i};${words};2030-01-01`,
    );
    links.push(`${id};company;${companyIds.get(businessIdForIndex(SEED, i % COMPANIES))}`);
  }
  return { records: Buffer.from(`${records.join('\n')}\n`), links: Buffer.from(`${links.join('\n')}\n`) };
}

const RECORD_COPY = `raw_records (id, kind, owner_authority, classification, secrecy_basis, categories, title, body, retention_until)`;

async function prepare(database: Database, url?: string): Promise<Actor> {
  await runMigrations(database, url);
  const db = database.db;
  await seedBase(db);
  await seedCompetenceMap(db);
  await seedDemoAccounts(db, 'bench-password-not-secret');
  for (let i = 0; i < COMPANIES; i += 20_000) {
    const ids = Array.from({ length: Math.min(20_000, COMPANIES - i) }, (_, k) =>
      businessIdForIndex(SEED, i + k),
    );
    await db.execute(sql`INSERT INTO companies (business_id, name, owner_authority, classification)
      SELECT b, 'Yritys ' || b, 'tax', 'public' FROM unnest(${list(ids)}) AS b`);
  }
  await db.execute(sql`ALTER TABLE companies DISABLE TRIGGER companies_match_enqueue`);
  await db.execute(
    sql`CREATE TABLE raw_observations (observed_on text, title text, body text, business_id text, categories text)`,
  );
  // The records and link tables' shapes WITH their keys and indexes (not their foreign keys).
  await db.execute(sql`CREATE TABLE raw_records (LIKE records INCLUDING DEFAULTS INCLUDING INDEXES)`);
  await db.execute(
    sql`CREATE TABLE raw_record_targets (LIKE record_targets INCLUDING DEFAULTS INCLUDING INDEXES)`,
  );
  const [u] = await queryRows<{ id: string }>(db, sql`SELECT id FROM users WHERE username = 'osh.inspector'`);
  return {
    userId: u!.id,
    username: 'osh.inspector',
    displayName: 'OSH inspector',
    authority: 'osh',
    unitId: null,
    roles: ['officer'],
  };
}

interface Result {
  rows: number;
  pipelineMs: number;
  runMs: number;
  rawMs: number;
  /** COPY of the same rows into tables shaped like records + record_targets, with their indexes. */
  indexedMs: number;
}

async function companyIdMap(database: Database): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; business_id: string }>(
    database.db,
    sql`SELECT id, business_id FROM companies`,
  );
  return new Map(rows.map((r) => [r.business_id, r.id]));
}

async function pipeline(
  database: Database,
  actor: Actor,
  files: string[],
): Promise<{ total: number; run: number; rows: number }> {
  let total = 0;
  let run = 0;
  let rows = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const t0 = performance.now();
    const up = await createImport(
      database.db,
      actor,
      { kind: 'observations', fileName: path.basename(file), contentType: 'text/csv', bytes },
      'bench',
    );
    await validateImport(database.db, actor, up.id, {
      mapping: up.suggestedMapping,
      classification: 'restricted',
      secrecyBasis: '621/1999 24 § 1 mom. 8 kohta',
    });
    const t1 = performance.now();
    await startImport(database, actor, up.id, 'all_or_nothing', 'bench');
    await importJob(up.id);
    const t2 = performance.now();
    const [done] = await queryRows<{
      status: string;
      error: string | null;
      result: { created: number; targetLinks: number };
    }>(database.db, sql`SELECT status, error, result FROM imports WHERE id = ${up.id}`);
    if (done?.status !== 'done') throw new Error(`import failed: ${done?.error}`);
    rows += done.result.created;
    if (process.env.VERBOSE)
      console.log(
        `  ${path.basename(file)}: upload+validate ${(t1 - t0).toFixed(0)} ms, run ${(t2 - t1).toFixed(0)} ms, of which write ${JSON.stringify(done.result)}`,
      );
    total += t2 - t0;
    run += t2 - t1; // the run alone: its own parse, checks, matching and the write
  }
  return { total, run, rows };
}

function writeFiles(n: number, tag: string): string[] {
  fs.mkdirSync(TMP, { recursive: true });
  const files: string[] = [];
  for (let start = 0; start < n; start += FILE_ROWS) {
    const file = path.join(TMP, `${tag}-${start}.csv`);
    fs.writeFileSync(file, csvFile(start, Math.min(n, start + FILE_ROWS)));
    files.push(file);
  }
  return files;
}

async function onPostgres(): Promise<Result | null> {
  if (!URL_ || ONLY === 'pglite') return null;
  const name = `silta_bench_ingest_${process.pid}`;
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(URL_);
  u.pathname = `/${name}`;
  const url = u.toString();
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  try {
    const actor = await prepare(database, url);
    const files = writeFiles(N_PG, 'pg');
    console.log(`PostgreSQL: ${N_PG} observations in ${files.length} files; load ${load()}`);
    const t0 = performance.now();
    for (const file of files) {
      const r = spawnSync(
        'psql',
        [url, '-qc', `\\copy raw_observations FROM '${file}' WITH (FORMAT csv, DELIMITER ';', HEADER true)`],
        { encoding: 'utf8' },
      );
      if (r.status !== 0) throw new Error(r.stderr);
    }
    const rawMs = performance.now() - t0;
    const ids = await companyIdMap(database);
    let indexedMs = 0;
    for (let start = 0; start < N_PG; start += FILE_ROWS) {
      const { records, links } = recordFiles(start, Math.min(N_PG, start + FILE_ROWS), ids);
      const rf = path.join(TMP, 'pg-records.csv');
      const lf = path.join(TMP, 'pg-links.csv');
      fs.writeFileSync(rf, records);
      fs.writeFileSync(lf, links);
      const t = performance.now();
      for (const [table, file] of [
        [RECORD_COPY, rf],
        ['raw_record_targets', lf],
      ]) {
        const r = spawnSync(
          'psql',
          [url, '-qc', `\\copy ${table} FROM '${file}' WITH (FORMAT csv, DELIMITER ';')`],
          { encoding: 'utf8' },
        );
        if (r.status !== 0) throw new Error(r.stderr);
      }
      indexedMs += performance.now() - t;
    }
    const p = await pipeline(database, actor, files);
    for (const f of files) fs.rmSync(f);
    return { rows: p.rows, pipelineMs: p.total, runMs: p.run, rawMs, indexedMs };
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function onPglite(): Promise<Result | null> {
  if (ONLY === 'postgres') return null;
  const dir = path.join(TMP, `pglite-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const database = await openDatabase({ dataDir: dir });
  try {
    const actor = await prepare(database);
    const files = writeFiles(N_PGLITE, 'pglite');
    console.log(`PGlite (on-disk folder): ${N_PGLITE} observations in ${files.length} files; load ${load()}`);
    const t0 = performance.now();
    for (const file of files) {
      await database.pglite!.query(
        "COPY raw_observations FROM '/dev/blob' WITH (FORMAT csv, DELIMITER ';', HEADER true)",
        [],
        { blob: new Blob([fs.readFileSync(file)]) },
      );
    }
    const rawMs = performance.now() - t0;
    const ids = await companyIdMap(database);
    let indexedMs = 0;
    for (let start = 0; start < N_PGLITE; start += FILE_ROWS) {
      const { records, links } = recordFiles(start, Math.min(N_PGLITE, start + FILE_ROWS), ids);
      const t = performance.now();
      await database.pglite!.query(
        `COPY ${RECORD_COPY} FROM '/dev/blob' WITH (FORMAT csv, DELIMITER ';')`,
        [],
        {
          blob: new Blob([new Uint8Array(records)]),
        },
      );
      await database.pglite!.query(
        "COPY raw_record_targets FROM '/dev/blob' WITH (FORMAT csv, DELIMITER ';')",
        [],
        {
          blob: new Blob([new Uint8Array(links)]),
        },
      );
      indexedMs += performance.now() - t;
    }
    const p = await pipeline(database, actor, files);
    for (const f of files) fs.rmSync(f);
    return { rows: p.rows, pipelineMs: p.total, runMs: p.run, rawMs, indexedMs };
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function report(name: string, r: Result | null, n: number) {
  if (!r) return;
  const raw = n / (r.rawMs / 1000);
  const indexed = n / (r.indexedMs / 1000);
  const all = r.rows / (r.pipelineMs / 1000);
  const run = r.rows / (r.runMs / 1000);
  console.log(
    `| ${name} | ${r.rows} | ${Math.round(raw)} rows/s | ${Math.round(indexed)} rows/s (${(indexed / raw).toFixed(2)}×) | ` +
      `${Math.round(run)} rows/s (${(run / raw).toFixed(2)}×) | ${Math.round(all)} rows/s (${(all / raw).toFixed(2)}×) |`,
  );
}

async function main() {
  console.log(`load average at start: ${load()}`);
  const pgResult = await onPostgres();
  const pgliteResult = await onPglite();
  console.log(`\nload average at end: ${load()}\n`);
  console.log(
    '| database | rows | raw COPY, bare table | raw COPY into records + record_targets (their indexes) | import run (parse, check, match, write) | upload + validate + run |',
  );
  console.log('|---|---|---|---|---|---|');
  report('PostgreSQL 15', pgResult, N_PG);
  report('PGlite, on-disk folder', pgliteResult, N_PGLITE);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
