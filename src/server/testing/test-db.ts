/**
 * Per-test-file databases cloned from the shared templates (see global-setup.ts), on PGlite always and
 * on PostgreSQL when DATABASE_URL is set. `DB_KINDS` drives `describe.each` so every database test
 * runs on both.
 */
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../config.ts';
import type { AppContext } from '../context.ts';
import { type DatabaseKind, openDatabase } from '../platform/db/client.ts';
import { withDatabase } from './global-setup.ts';

export const DB_KINDS: DatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

let counter = 0;

export interface TestDatabase {
  ctx: AppContext;
  close(): Promise<void>;
}

/** A fresh, migrated and seeded database of the given kind, with an AppContext around it. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const config = loadConfig({
    NODE_ENV: 'test',
    SILTA_DATA_DIR: '.tmp/test-data',
    SILTA_LOG_LEVEL: 'silent',
  });
  if (kind === 'pglite') {
    const dump = fs.readFileSync(inject('pgliteTemplatePath'));
    const database = await openDatabase({ loadDataDir: new Blob([dump]) });
    return { ctx: { config, database, db: database.db }, close: () => database.close() };
  }
  const url = process.env.DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('PostgreSQL tests need DATABASE_URL');
  const name = `silta_t_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabase(url, name);
  const database = await openDatabase({ databaseUrl, poolSize: 4 });
  return {
    ctx: { config: { ...config, databaseUrl }, database, db: database.db },
    async close() {
      await database.close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
