/**
 * Opens the database: PGlite (embedded PostgreSQL in WASM, kept in SILTA_DATA_DIR) by default, or a
 * PostgreSQL server when DATABASE_URL is set. Both give the same Drizzle handle type, so every module
 * has one code path; see ARCHITECTURE.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock } from './lock.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

/** Called with each NOTIFY payload on a channel. */
export type NotifyListener = (payload: string) => void;

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** LISTEN on a channel (in-process on PGlite, across processes on PostgreSQL). Returns unlisten. */
  listen(channel: string, listener: NotifyListener): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** The PGlite instance, for tests that snapshot a migrated database. */
  pglite?: PGlite;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; omitted means in memory. */
  dataDir?: string | undefined;
  /** A migrated PGlite snapshot to start from (tests). */
  loadDataDir?: Blob;
  poolSize?: number;
}

export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * Settings every connection gets. The register search matches names with pg_trgm's word-similarity
 * operator (`q <% name`, served by the trigram GIN index) at 0.3 — one index scan that finds every
 * name the old `name % q OR q <% name` (similarity ≥ 0.3 or word similarity ≥ 0.6) found, since word
 * similarity is never below similarity, at about 0.6× its cost (search.sql.ts).
 */
export const SESSION_SETTINGS: Record<string, string> = { 'pg_trgm.word_similarity_threshold': '0.3' };

/** Opens PostgreSQL (when databaseUrl is given) or PGlite. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options);
}

async function openPglite(options: OpenOptions): Promise<Database> {
  let release: (() => void) | undefined;
  let dataDir: string | undefined;
  if (options.dataDir) {
    release = acquireDataDirLock(options.dataDir);
    dataDir = path.join(options.dataDir, 'pglite');
    fs.mkdirSync(options.dataDir, { recursive: true });
  }
  try {
    const client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: PGLITE_EXTENSIONS,
    });
    for (const [name, value] of Object.entries(SESSION_SETTINGS))
      await client.query('SELECT set_config($1, $2, false)', [name, value]);
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      pglite: client,
      async listen(channel, listener) {
        const unlisten = await client.listen(channel, listener);
        return () => unlisten();
      },
      async close() {
        await client.close();
        release?.();
      },
    };
  } catch (error) {
    release?.();
    throw error;
  }
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const options = Object.entries(SESSION_SETTINGS)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options });
  // An idle client losing its connection (server restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', () => undefined);
  // Fail fast with a clear message if the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  let listenClient: pg.Client | undefined;
  let closing = false;
  const listeners = new Map<string, Set<NotifyListener>>();
  /** One LISTEN connection per node; if it drops, it reconnects and LISTENs again (the event bus also polls). */
  const connectListener = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (msg) => {
      for (const l of listeners.get(msg.channel) ?? []) l(msg.payload ?? '');
    });
    client.on('error', () => {
      if (listenClient === client) listenClient = undefined;
      if (closing) return;
      setTimeout(() => {
        if (!listenClient && !closing) {
          connectListener()
            .then((c) => {
              listenClient = c;
            })
            .catch(() => undefined);
        }
      }, 1_000).unref();
    });
    await client.connect();
    for (const channel of listeners.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return client;
  };
  return {
    db,
    kind: 'postgres',
    async listen(channel, listener) {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        if (listenClient) await listenClient.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      }
      listenClient ??= await connectListener();
      set.add(listener);
      return async () => {
        set.delete(listener);
      };
    },
    async close() {
      closing = true;
      await listenClient?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

/** Runs raw SQL and returns its rows, on either driver. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
