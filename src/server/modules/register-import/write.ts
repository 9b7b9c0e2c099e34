/**
 * The write phase of an import: every row of the import inside ONE transaction, so that a failure
 * anywhere (a constraint, the server, a bad row in the middle of the stream, an injected fault in
 * tests) leaves nothing of the import behind. Ownership is the importer's authority; records get
 * classification, secrecy basis, categories and retention; one audit row and one event describe the
 * whole import — its counts and the SHA-256 of the new record ids, which also carry the import's id in
 * `source.importId` — rather than one audit row per record.
 *
 * Observations (the bulk: hundreds of thousands of rows) are streamed with COPY straight into
 * `records` and then `record_targets` (copy.ts); companies and worksites, which need ON CONFLICT and
 * are few, go through set-based INSERT … SELECT FROM jsonb_to_recordset in batches. Nothing here
 * touches the matching index: new companies reach it through its queue and the background indexer.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import { type DatabaseKind, type Db, queryRows } from '../../platform/db/client.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { copyField, copyRows, copyTextArray } from './copy.ts';
import type { ImportKind } from './imports.table.ts';
import type { ResolvedRow } from './resolve.ts';

export interface ImportOptions {
  classification: 'public' | 'restricted' | 'secret';
  secrecyBasis?: string | undefined;
  categories: string[];
  retentionUntil: string;
}

export interface WriteCounts {
  created: number;
  linked: number;
  /** Rows linked at write time because another user registered the same business ID meanwhile. */
  linkedLate: number;
  targetLinks: number;
  /** SHA-256 over the new record ids in order, one per line (observations): what the audit row names. */
  recordIdsSha256?: string;
}

/** Where the rows are written: the database driver (COPY differs) and the import they belong to. */
export interface WriteContext {
  databaseKind: DatabaseKind;
  importId: string;
}

let lastMs = 0;
let seq = 0;
/** Random bytes for ids, drawn 8 KiB at a time (one randomBytes call per id was a hot spot). */
let pool = Buffer.alloc(0);
let poolAt = 0;
function random8(): Buffer {
  if (poolAt + 8 > pool.length) {
    pool = randomBytes(8_192);
    poolAt = 0;
  }
  poolAt += 8;
  return pool.subarray(poolAt - 8, poolAt);
}

/**
 * A time-ordered UUID (version 7 layout: 48-bit milliseconds, then a counter and random bits), so
 * that imported records land at the right end of the primary-key and link-table indexes instead of
 * at random pages: a bulk import writes each index page once.
 */
export function orderedUuid(): string {
  const now = Date.now();
  seq = now === lastMs ? seq + 1 : 0;
  lastMs = now;
  const rand = random8();
  const hex = now.toString(16).padStart(12, '0');
  const counter = (0x7000 | (seq & 0x0fff)).toString(16);
  const variant = ((rand[0]! & 0x3f) | 0x80).toString(16).padStart(2, '0');
  const tail = rand.subarray(1, 8).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-${counter}-${variant}${tail.slice(0, 2)}-${tail.slice(2, 14)}`;
}

/**
 * Test hooks (all-or-nothing tests): throw after this many rows have been written; or send the row
 * with this 1-based position with an impossible date, so that the database itself rejects it
 * mid-stream.
 */
export const importFaults: { failAfterRows: number | null; badRowAt: number | null } = {
  failAfterRows: null,
  badRowAt: null,
};

/**
 * Rows per INSERT in the write phase, and rows per chunk of a COPY stream (tests lower it to cross
 * batch boundaries with few rows).
 */
export const importTuning = { batch: 5_000 };

function checkFault(done: number) {
  if (importFaults.failAfterRows !== null && done >= importFaults.failAfterRows) {
    throw new Error(`injected failure after ${done} rows`);
  }
}

/** Writes resolved rows in `tx`; `onProgress` gets the rows written so far. */
export async function writeRows(
  tx: Db,
  actor: Actor,
  kind: ImportKind,
  rows: ResolvedRow[],
  options: ImportOptions,
  onProgress: (done: number) => Promise<void> | void,
  context: WriteContext,
): Promise<WriteCounts> {
  const counts: WriteCounts = { created: 0, linked: 0, linkedLate: 0, targetLinks: 0 };
  if (kind === 'observations') {
    await copyObservations(tx, actor, rows, options, counts, onProgress, context);
    return counts;
  }
  for (let start = 0; start < rows.length; start += importTuning.batch) {
    const batch = rows.slice(start, start + importTuning.batch);
    if (kind === 'companies') await writeCompanies(tx, actor, batch, options, counts);
    else await writeWorksites(tx, actor, batch, options, counts);
    const done = Math.min(rows.length, start + importTuning.batch);
    checkFault(done);
    await onProgress(done);
  }
  return counts;
}

async function writeCompanies(
  tx: Db,
  actor: Actor,
  rows: ResolvedRow[],
  o: ImportOptions,
  counts: WriteCounts,
) {
  const create = rows.filter((r) => r.target.action === 'create');
  counts.linked += rows.length - create.length;
  if (!create.length) return;
  const payload = create.map((r) => ({ ...r.values, id: randomUUID() }));
  const inserted = await queryRows<{ business_id: string }>(
    tx,
    sql`INSERT INTO companies (id, business_id, name, legal_form, tol_code, municipality, street_address, postal_code,
        status, founded_on, employee_count, owner_authority, classification)
      SELECT id, "businessId", name, "legalForm", "tolCode", municipality, "streetAddress", "postalCode",
        coalesce(status, 'active'), "foundedOn", "employeeCount", ${actor.authority}, ${o.classification}
      FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x(id uuid, "businessId" text, name text,
        "legalForm" text, "tolCode" text, municipality text, "streetAddress" text, "postalCode" text, status text,
        "foundedOn" date, "employeeCount" int)
      ON CONFLICT (business_id) DO NOTHING
      RETURNING business_id`,
  );
  counts.created += inserted.length;
  counts.linkedLate += create.length - inserted.length;
  counts.linked += create.length - inserted.length;
}

async function writeWorksites(
  tx: Db,
  actor: Actor,
  rows: ResolvedRow[],
  o: ImportOptions,
  counts: WriteCounts,
) {
  const create = rows.filter((r) => r.target.action === 'create');
  counts.linked += rows.length - create.length;
  if (!create.length) return;
  const payload = create.map((r) => ({ ...r.values, id: randomUUID(), companyId: r.companyId }));
  await tx.execute(sql`INSERT INTO worksites (id, company_id, name, street_address, postal_code, municipality,
      site_type, lat, lon, owner_authority, classification)
    SELECT id, "companyId", name, "streetAddress", "postalCode", municipality, coalesce("siteType", 'other'),
      lat, lon, ${actor.authority}, ${o.classification}
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS x(id uuid, "companyId" uuid, name text,
      "streetAddress" text, "postalCode" text, municipality text, "siteType" text, lat float8, lon float8)`);
  counts.created += create.length;
}

const RECORD_COLUMNS =
  'id, kind, owner_authority, classification, secrecy_basis, categories, contains_personal_data, title, body, source, retention_until, created_by';

/**
 * Observations: one COPY stream into `records` (all rows, in chunks of `importTuning.batch` lines,
 * progress after each), then one into `record_targets` for the rows whose company was found.
 */
async function copyObservations(
  tx: Db,
  actor: Actor,
  rows: ResolvedRow[],
  o: ImportOptions,
  counts: WriteCounts,
  onProgress: (done: number) => Promise<void> | void,
  context: WriteContext,
) {
  const ids: string[] = new Array(rows.length);
  const digest = createHash('sha256');
  // The same for every row of the import.
  const common = {
    head: `\tobservation\t${copyField(actor.authority)}\t${copyField(o.classification)}\t${copyField(o.secrecyBasis ?? null)}\t`,
    tail: `\t${copyField(o.retentionUntil)}\t${copyField(actor.userId)}\n`,
  };
  const importCategories = o.categories;
  async function* recordLines(): AsyncGenerator<string> {
    for (let start = 0; start < rows.length; start += importTuning.batch) {
      const end = Math.min(rows.length, start + importTuning.batch);
      let chunk = '';
      for (let i = start; i < end; i++) {
        const r = rows[i]!;
        const id = orderedUuid();
        ids[i] = id;
        digest.update(`${id}\n`);
        const own = (r.values.categories as string[] | null) ?? [];
        const categories = own.length ? [...new Set([...importCategories, ...own])] : importCategories;
        const observedOn = r.values.observedOn as string;
        const source = JSON.stringify({ channel: 'import', importId: context.importId, observedOn });
        // Test hook: an impossible retention date, which the server itself rejects in this very row.
        const tail =
          importFaults.badRowAt === i + 1 ? `\t2025-02-30\t${copyField(actor.userId)}\n` : common.tail;
        chunk += `${id}${common.head}${copyTextArray(categories)}\tt\t${copyField(r.values.title as string)}\t${copyField(
          r.values.body as string,
        )}\t${copyField(source)}${tail}`;
      }
      yield chunk;
      checkFault(end);
      await onProgress(end);
    }
  }
  counts.created += await copyRows(
    tx,
    context.databaseKind,
    `COPY records (${RECORD_COLUMNS}) FROM STDIN`,
    recordLines(),
  );
  async function* linkLines(): AsyncGenerator<string> {
    for (let start = 0; start < rows.length; start += importTuning.batch) {
      const end = Math.min(rows.length, start + importTuning.batch);
      let chunk = '';
      for (let i = start; i < end; i++) {
        const companyId = rows[i]!.companyId;
        if (companyId) chunk += `${ids[i]}\tcompany\t${copyField(companyId)}\n`;
      }
      if (chunk) yield chunk;
    }
  }
  counts.targetLinks += await copyRows(
    tx,
    context.databaseKind,
    'COPY record_targets (record_id, target_type, target_id) FROM STDIN',
    linkLines(),
  );
  counts.recordIdsSha256 = digest.digest('hex');
}

/** The one audit row and event of a finished import, in its transaction. */
export async function recordImport(
  tx: Db,
  actor: Actor,
  importId: string,
  kind: ImportKind,
  summary: Record<string, unknown>,
  requestId: string | null,
) {
  await writeAudit(tx, {
    action: 'import.run',
    actor,
    targetType: 'import',
    targetId: importId,
    requestId,
    details: { kind, ...summary },
  });
  await emitEvent(tx, {
    type: 'import.completed',
    subjectType: 'import',
    subjectId: importId,
    data: { kind, ...summary },
    actorUserId: actor.userId,
  });
}
