/**
 * Risk rescoring: the full rebuild of `company_risk_signals` (rescore.ts: one set-based INSERT … SELECT
 * over companies, employments, persons, subcontracts, records and earlier operations' findings, then
 * index and swap) for COMPANIES companies and EMPLOYMENTS employments, as a ratio to the raw limits
 * measured in the same run on the same data:
 *   - raw aggregate: `SELECT company_id, count(*) FROM employments GROUP BY 1` (read side only);
 *   - raw write: `CREATE TABLE … AS SELECT` of one integer column per company (write side only).
 * Then "build a 50-target plan": the operation's shortlist (getCandidates, audited), 50 candidates
 * added and 50 selection decisions with rationale (each its own transaction, audit row and event),
 * through the same service functions the API calls.
 *
 * Data are generated in SQL (generate_series) into a scratch database: PostgreSQL (CREATE DATABASE
 * silta_bench_rescore_<pid>, dropped after) and PGlite (an on-disk folder under .tmp, removed after).
 *
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:rescore
 *   COMPANIES=1000000 EMPLOYMENTS=5000000            PostgreSQL scale (the issue's goal: ≤ 30 s)
 *   PGLITE_COMPANIES=200000 PGLITE_EMPLOYMENTS=1000000   PGlite scale
 *   ONLY=postgres|pglite                             one database only
 *   EXPLAIN=1                                        print the rescoring SELECT's plan with timings
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import {
  addTarget,
  decideTarget,
  getCandidates,
} from '../src/server/modules/operations/selection.service.ts';
import { rescoreAll, signalsSelect } from '../src/server/modules/risk/rescore.ts';
import { type Database, type Db, openDatabase, queryRows } from '../src/server/platform/db/client.ts';
import { runMigrations } from '../src/server/platform/db/migrate.ts';
import type { Actor } from '../src/server/platform/policy/actor.ts';
import { seedBase, seedDemoAccounts } from '../src/server/seed/seed.ts';

const URL_ = process.env.DATABASE_URL;
const ONLY = process.env.ONLY;
const PG_SCALE = {
  companies: Number(process.env.COMPANIES ?? 1_000_000),
  employments: Number(process.env.EMPLOYMENTS ?? 5_000_000),
};
const PGLITE_SCALE = {
  companies: Number(process.env.PGLITE_COMPANIES ?? 200_000),
  employments: Number(process.env.PGLITE_EMPLOYMENTS ?? 1_000_000),
};
const TMP = path.resolve('.tmp/bench-rescore');
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

type Exec = (text: string) => Promise<unknown>;

const uuidOf = (prefix: string, expr: string) => `('${prefix}' || lpad(to_hex(${expr}), 12, '0'))::uuid`;
const companyId = (expr: string) => uuidOf('00000000-0000-4000-8000-', expr);
const personId = (expr: string) => uuidOf('00000000-0000-4000-9000-', expr);
const recordId = (expr: string) => uuidOf('00000000-0000-4000-a000-', expr);
const worksiteId = (expr: string) => uuidOf('00000000-0000-4000-b000-', expr);

const TOL = [
  '56101',
  '81210',
  '41200',
  '43999',
  '01132',
  '01250',
  '96021',
  '45201',
  '62010',
  '47111',
  '70220',
  '86230',
  '10110',
  '49410',
  '55101',
  '78200',
  '69201',
  '71121',
  '25620',
  '46900',
];
const TOWNS = [
  'Helsinki',
  'Espoo',
  'Tampere',
  'Vantaa',
  'Oulu',
  'Turku',
  'Närpiö',
  'Pori',
  'Kuopio',
  'Lahti',
];
const CATEGORIES = [
  'targeting_dataset',
  'enforcement_data',
  'compliance_report',
  'osh_inspection_findings',
  'public_tips',
  'pension_insurance_data',
  'police_information',
  'employer_data',
];
const OWNERS = ['tax', 'enforcement', 'geiu', 'osh', 'police', 'etk', 'police', 'osh'];
const arr = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;

/** Generates the register in SQL; the session runs with triggers (and FK checks) off while loading. */
async function generate(exec: Exec, scale: { companies: number; employments: number }): Promise<void> {
  const n = scale.companies;
  const e = scale.employments;
  const records = Math.round(n / 5);
  const findings = Math.min(10_000, Math.round(n / 100));
  await exec(`SET session_replication_role = replica`);
  await exec(`INSERT INTO companies (id, business_id, name, legal_form, tol_code, municipality, street_address,
      postal_code, founded_on, owner_authority, classification)
    SELECT ${companyId('i')}, 'B' || i, 'Yritys ' || i, CASE WHEN i % 10 = 0 THEN 'Tmi' ELSE 'Oy' END,
      (${arr(TOL)})[1 + i % ${TOL.length}], (${arr(TOWNS)})[1 + (i / 7) % ${TOWNS.length}],
      'Katu ' || (i % ${Math.max(1, Math.round(n / 5))}), lpad((i % 900)::text, 5, '0'),
      date '2000-01-01' + ((i::bigint * 7919) % 9300)::int, 'tax', 'public'
    FROM generate_series(0, ${n - 1}) i`);
  await exec(`INSERT INTO persons (id, given_name, family_name, under_18, owner_authority, classification)
    SELECT ${personId('i')}, 'Etu', 'Suku ' || i, i % 500 = 0, 'osh', 'restricted'
    FROM generate_series(0, ${e - 1}) i`);
  await exec(`INSERT INTO employments (person_id, company_id, role, permit_type)
    SELECT ${personId('i')}, ${companyId(`((i::bigint * 48271) % ${n})::int`)},
      CASE WHEN i % 50 = 0 THEN 'owner' ELSE 'employee' END,
      CASE i % 10 WHEN 0 THEN 'employer_tied' WHEN 1 THEN 'employer_tied' WHEN 2 THEN 'seasonal'
        WHEN 3 THEN 'eu_citizen' WHEN 4 THEN 'unrestricted' ELSE 'finnish' END
    FROM generate_series(0, ${e - 1}) i`);
  await exec(`INSERT INTO subcontracts (main_company_id, sub_company_id)
    SELECT ${companyId('i / 3')}, ${companyId('i')} FROM generate_series(1, ${n - 1}) i WHERE i % 7 = 3`);
  await exec(`INSERT INTO worksites (id, company_id, name, owner_authority, classification)
    SELECT ${worksiteId('i')}, ${companyId(`(i * 2) % ${n}`)}, 'Työmaa ' || i, 'osh', 'public'
    FROM generate_series(0, ${Math.round(n / 2) - 1}) i`);
  await exec(`INSERT INTO records (id, kind, owner_authority, classification, categories, title, body,
      retention_until, created_at)
    SELECT ${recordId('i')}, CASE WHEN i % 8 = 4 THEN 'tip' ELSE 'observation' END,
      (${arr(OWNERS)})[1 + i % 8], CASE WHEN i % 20 = 0 THEN 'secret' ELSE 'restricted' END,
      ARRAY[(${arr(CATEGORIES)})[1 + i % 8]], 'Havainto ' || i, 'Synteettinen.', date '2035-01-01',
      now() - make_interval(days => i % 700)
    FROM generate_series(0, ${records - 1}) i`);
  await exec(`INSERT INTO record_targets (record_id, target_type, target_id)
    SELECT ${recordId('i')}, CASE WHEN i % 10 = 9 THEN 'worksite' ELSE 'company' END,
      CASE WHEN i % 10 = 9 THEN ${worksiteId(`(i * 13) % ${Math.round(n / 2)}`)}
        ELSE ${companyId(`((i::bigint * 7) % ${n})::int`)} END
    FROM generate_series(0, ${records - 1}) i`);
  // One earlier operation with findings at `findings` companies (the last `findings` records).
  await exec(`INSERT INTO operations (id, reference, title, lead_authority, status)
    VALUES ('00000000-0000-4000-c000-000000000001', 'OP-BENCH-1', 'Earlier', 'osh', 'closed')`);
  await exec(`INSERT INTO operation_targets (id, operation_id, target_type, target_id)
    SELECT ${uuidOf('00000000-0000-4000-d000-', 'i')}, '00000000-0000-4000-c000-000000000001', 'company',
      ${companyId(`((i::bigint * 31) % ${n})::int`)}
    FROM generate_series(0, ${findings - 1}) i`);
  await exec(`INSERT INTO operation_records (operation_id, record_id, operation_target_id, finding_area, ilo_indicators)
    SELECT '00000000-0000-4000-c000-000000000001', ${recordId(`${records - 1} - i`)},
      ${uuidOf('00000000-0000-4000-d000-', 'i')},
      (ARRAY['wages','working_hours','housing','permits'])[1 + i % 4],
      ARRAY[(ARRAY['debt-bondage','excessive-overtime','withholding-of-wages','isolation'])[1 + i % 4]]
    FROM generate_series(0, ${findings - 1}) i`);
  await exec(`SET session_replication_role = DEFAULT`);
  // VACUUM sets hint bits and the visibility map, so neither the raw queries nor the rescoring pay
  // for the first read of freshly written pages (whichever ran first would).
  for (const table of [
    'companies',
    'persons',
    'employments',
    'subcontracts',
    'worksites',
    'records',
    'record_targets',
  ])
    await exec(`VACUUM ANALYZE ${table}`);
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await fn();
  return [out, performance.now() - t0];
}

interface Result {
  label: string;
  companies: number;
  employments: number;
  generateMs: number;
  rawAggregateMs: number;
  rawWriteMs: number;
  rescoreMs: number[];
  shortlistAllMs: number;
  shortlistSectorMs: number;
  shortlistWeightedMs: number;
  plan50Ms: number;
}

async function leadActor(db: Db): Promise<Actor> {
  const [u] = await queryRows<{ id: string }>(db, sql`SELECT id FROM users WHERE username = 'police.lead'`);
  return {
    userId: u!.id,
    username: 'police.lead',
    displayName: 'Police lead',
    authority: 'police',
    unitId: null,
    roles: ['operation_lead', 'officer'],
  };
}

async function run(
  label: string,
  database: Database,
  exec: Exec,
  scale: { companies: number; employments: number },
  url?: string,
): Promise<Result> {
  await runMigrations(database, url);
  const db = database.db;
  await seedBase(db);
  await seedDemoAccounts(db, 'bench-password-not-secret');
  console.log(
    `${label}: generating ${scale.companies} companies, ${scale.employments} employments; load ${load()}`,
  );
  const [, generateMs] = await timed(() => generate(exec, scale));
  console.log(`${label}: generated in ${(generateMs / 1000).toFixed(1)} s; load ${load()}`);

  // Best of two for the raw limit, as the rescoring below is reported at its best of two.
  let rawAggregateMs = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 2; k++) {
    const [, ms] = await timed(() =>
      queryRows(db, sql`SELECT count(*) FROM (SELECT company_id, count(*) FROM employments GROUP BY 1) g`),
    );
    rawAggregateMs = Math.min(rawAggregateMs, ms);
  }
  const [, rawWriteMs] = await timed(async () => {
    await db.execute(sql`CREATE TABLE bench_raw_write AS SELECT id, 0::int AS n FROM companies`);
    await db.execute(sql`DROP TABLE bench_raw_write`);
  });
  if (process.env.EXPLAIN) {
    const plan = await queryRows<Record<string, string>>(
      db,
      sql`EXPLAIN (ANALYZE, BUFFERS) SELECT s.* FROM (${signalsSelect()}) s`,
    );
    console.log(plan.map((row) => Object.values(row)[0]).join('\n'));
  }
  const rescoreMs: number[] = [];
  for (let k = 0; k < 2; k++) {
    const [report, ms] = await timed(() => rescoreAll(db));
    if (report.companies !== scale.companies) throw new Error(`rescored ${report.companies} companies`);
    rescoreMs.push(ms);
    console.log(
      `${label}: rescore ${k + 1}: ${(ms / 1000).toFixed(2)} s (${JSON.stringify(report.steps)}); load ${load()}`,
    );
  }

  const actor = await leadActor(db);
  const ops = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO operations (reference, title, lead_authority, sectors, municipalities)
        VALUES ('OP-BENCH-ALL', 'All', 'police', '{}', '{}'),
               ('OP-BENCH-SECTOR', 'Restaurants and cleaning', 'police', '{restaurant,812}', '{Helsinki,Närpiö}')
        RETURNING id`,
  );
  for (const op of ops)
    await db.execute(sql`INSERT INTO operation_participants (operation_id, authority, role, status)
      VALUES (${op.id}, 'police', 'lead', 'accepted')`);
  const ctx = { requestId: 'bench' };
  const [, shortlistAllMs] = await timed(() => getCandidates(db, actor, ops[0]!.id, 50, ctx));
  const [, shortlistSectorMs] = await timed(() => getCandidates(db, actor, ops[1]!.id, 50, ctx));
  await db.execute(
    sql`UPDATE operations SET risk_weights = '{"sector_high_risk": 40, "tips_recent": 20}'::jsonb WHERE id = ${ops[0]!.id}`,
  );
  const [, shortlistWeightedMs] = await timed(() => getCandidates(db, actor, ops[0]!.id, 50, ctx));

  const [, plan50Ms] = await timed(async () => {
    const list = await getCandidates(db, actor, ops[1]!.id, 50, ctx);
    for (const item of list.items) {
      const target = await addTarget(
        db,
        actor,
        ops[1]!.id,
        { targetType: 'company', targetId: item.companyId },
        ctx,
      );
      await decideTarget(
        db,
        actor,
        ops[1]!.id,
        target.id,
        {
          decision: 'selected',
          rationale: 'Highest risk score in the operation area.',
        },
        ctx,
      );
    }
    if (list.items.length !== 50) throw new Error(`shortlist had ${list.items.length} items`);
  });
  return {
    label,
    ...scale,
    generateMs,
    rawAggregateMs,
    rawWriteMs,
    rescoreMs,
    shortlistAllMs,
    shortlistSectorMs,
    shortlistWeightedMs,
    plan50Ms,
  };
}

async function onPostgres(): Promise<Result | null> {
  if (!URL_ || ONLY === 'pglite') return null;
  const name = `silta_bench_rescore_${process.pid}`;
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(URL_);
  u.pathname = `/${name}`;
  const url = u.toString();
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  const loader = new pg.Client({ connectionString: url });
  await loader.connect();
  try {
    return await run('PostgreSQL', database, (text) => loader.query(text), PG_SCALE, url);
  } finally {
    await loader.end();
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function onPglite(): Promise<Result | null> {
  if (ONLY === 'postgres') return null;
  const dir = path.join(TMP, `pglite-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const database = await openDatabase({ dataDir: dir });
  try {
    return await run('PGlite', database, (text) => database.db.execute(sql.raw(text)), PGLITE_SCALE);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function report(r: Result | null): void {
  if (!r) return;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const best = Math.min(...r.rescoreMs);
  console.log(`\n## ${r.label}: ${r.companies} companies, ${r.employments} employments`);
  console.log(`generate data (not part of the measure)  ${s(r.generateMs)}`);
  console.log(`raw aggregate (GROUP BY employments)      ${s(r.rawAggregateMs)}`);
  console.log(`raw write (CTAS 1 column per company)     ${s(r.rawWriteMs)}`);
  console.log(`full rescoring (run 1, run 2)             ${r.rescoreMs.map(s).join(', ')}`);
  console.log(`  ratio to raw aggregate                  ${(best / r.rawAggregateMs).toFixed(1)}×`);
  console.log(
    `  ratio to raw aggregate + raw write      ${(best / (r.rawAggregateMs + r.rawWriteMs)).toFixed(1)}×`,
  );
  console.log(`shortlist of 50, every sector             ${s(r.shortlistAllMs)}`);
  console.log(`shortlist of 50, 2 sectors × 2 towns      ${s(r.shortlistSectorMs)}`);
  console.log(`shortlist of 50, custom weights           ${s(r.shortlistWeightedMs)}`);
  console.log(`50-target plan: shortlist + 50 adds + 50 decisions  ${s(r.plan50Ms)}`);
}

async function main() {
  console.log(`node ${process.version}, ${os.cpus().length} cores; load ${load()}`);
  const pgResult = await onPostgres();
  const pgliteResult = await onPglite();
  report(pgResult);
  report(pgliteResult);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
