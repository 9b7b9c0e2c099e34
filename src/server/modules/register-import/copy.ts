/**
 * `COPY … FROM STDIN` inside the caller's transaction, on either driver: on PostgreSQL the rows stream
 * to the server through pg-copy-streams on the transaction's own connection; on PGlite they go in one
 * blob (`COPY … FROM '/dev/blob'`), which PGlite reads in WASM. COPY writes pages in batches
 * (multi-insert) and parses plain text, several times cheaper than INSERT … SELECT over JSON; the rows
 * still pass every constraint, index and foreign key, and a bad row fails the whole statement — and
 * with it the caller's transaction.
 *
 * Text format: columns separated by tabs, `\N` for NULL, backslash escapes for \ tab CR LF.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseKind, Db } from '../../platform/db/client.ts';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One field in COPY text format (NUL characters, which PostgreSQL text cannot hold, are dropped). */
export function copyField(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return value.replace(/[\\\t\n\r]|\0/g, (ch) => ESCAPES[ch] ?? '');
}

/** A text[] literal for COPY, every element quoted. */
export function copyTextArray(values: readonly string[]): string {
  return copyField(`{${values.map((v) => `"${v.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(',')}}`);
}

/** The driver client behind a Drizzle transaction handle (a pg PoolClient or a PGlite transaction). */
function clientOf(tx: Db): unknown {
  return (tx as unknown as { session: { client: unknown } }).session.client;
}

/**
 * Runs `statement` (`COPY table (columns) FROM STDIN`) in `tx`, fed by `chunks` (whole lines of
 * COPY text). An error thrown by `chunks` aborts the COPY and propagates, like an error from the
 * server. Answers the number of rows the server wrote.
 */
export async function copyRows(
  tx: Db,
  kind: DatabaseKind,
  statement: string,
  chunks: AsyncIterable<string>,
): Promise<number> {
  if (kind === 'postgres') {
    const client = clientOf(tx) as pg.PoolClient;
    const stream = client.query(copyFrom(statement));
    await pipeline(Readable.from(chunks, { objectMode: false }), stream);
    return stream.rowCount;
  }
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  if (!parts.length) return 0;
  const client = clientOf(tx) as PgliteTransaction;
  const result = await client.query(statement.replace(/FROM STDIN/, "FROM '/dev/blob'"), [], {
    blob: new Blob(parts),
  });
  return result.affectedRows ?? 0;
}
