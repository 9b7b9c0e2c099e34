/**
 * Vitest global setup: builds ONE migrated and seeded database per engine and shares it, instead of
 * running initdb (4–5 s on PGlite) in every test file.
 * - PGlite: a gzip dump of the data folder; each test opens its own copy from it (~0.6 s).
 * - PostgreSQL (when DATABASE_URL is set): a template database; each test file gets
 *   `CREATE DATABASE … TEMPLATE …` (tens of milliseconds).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedCompetenceMap } from '../modules/competence/competence.seed.ts';
import { type Database, type Db, openDatabase, PGLITE_EXTENSIONS } from '../platform/db/client.ts';
import { runMigrations } from '../platform/db/migrate.ts';
import * as schema from '../platform/db/schema.ts';
import { seedBase, seedDemoAccounts } from '../seed/seed.ts';
import { TEST_PASSWORD } from './constants.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: string | null;
  }
}

const TMP = path.resolve('.tmp/test-templates');

async function seed(db: Db): Promise<void> {
  await seedBase(db);
  await seedCompetenceMap(db);
  await seedDemoAccounts(db, TEST_PASSWORD);
}

async function buildPgliteTemplate(): Promise<string> {
  const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const database: Database = {
    db: drizzle(client, { schema }) as unknown as Db,
    kind: 'pglite',
    pglite: client,
    listen: async () => async () => undefined,
    close: () => client.close(),
  };
  await runMigrations(database);
  await seed(database.db);
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `pglite-${process.pid}.tar.gz`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Drops test databases left behind by runs whose process is gone. */
async function dropStale(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'silta\\_tpl\\_%' OR datname LIKE 'silta\\_t\\_%'",
  );
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[2]);
    if (Number.isInteger(pid) && !isAlive(pid)) {
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
    }
  }
}

async function buildPostgresTemplate(url: string): Promise<string> {
  const name = `silta_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await dropStale(admin);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const templateUrl = withDatabase(url, name);
  const database = await openDatabase({ databaseUrl: templateUrl, poolSize: 2 });
  try {
    await runMigrations(database, templateUrl);
    await seed(database.db);
  } finally {
    await database.close();
  }
  return name;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const [pgliteTemplatePath, postgresTemplate] = await Promise.all([
    buildPgliteTemplate(),
    process.env.DATABASE_URL ? buildPostgresTemplate(process.env.DATABASE_URL) : Promise.resolve(null),
  ]);
  project.provide('pgliteTemplatePath', pgliteTemplatePath);
  project.provide('postgresTemplate', postgresTemplate);

  return async () => {
    fs.rmSync(pgliteTemplatePath, { force: true });
    if (postgresTemplate && process.env.DATABASE_URL) {
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${postgresTemplate} WITH (FORCE)`);
      await admin.end();
    }
  };
}
