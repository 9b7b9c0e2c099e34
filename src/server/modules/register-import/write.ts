/**
 * The write phase of an import: every row of the import inside ONE transaction, in batches of
 * set-based INSERT … SELECT FROM jsonb_to_recordset, so that a failure anywhere (a constraint, the
 * server, an injected fault in tests) leaves nothing of the import behind. Ownership is the
 * importer's authority; records get classification, secrecy basis, categories and retention; one
 * audit row and one event describe the whole import.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import { type Db, queryRows } from '../../platform/db/client.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
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
}

let lastMs = 0;
let seq = 0;

/**
 * A time-ordered UUID (version 7 layout: 48-bit milliseconds, then a counter and random bits), so
 * that imported records land at the right end of the primary-key and link-table indexes instead of
 * at random pages: a bulk import writes each index page once.
 */
export function orderedUuid(): string {
  const now = Date.now();
  seq = now === lastMs ? seq + 1 : 0;
  lastMs = now;
  const rand = randomBytes(8);
  const hex = now.toString(16).padStart(12, '0');
  const counter = (0x7000 | (seq & 0x0fff)).toString(16);
  const variant = ((rand[0]! & 0x3f) | 0x80).toString(16).padStart(2, '0');
  const tail = rand.subarray(1, 8).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-${counter}-${variant}${tail.slice(0, 2)}-${tail.slice(2, 14)}`;
}

/** Test hook: throw after this many rows have been written (all-or-nothing tests). */
export const importFaults: { failAfterRows: number | null } = { failAfterRows: null };

/** Rows per INSERT in the write phase (tests lower it to cross batch boundaries with few rows). */
export const importTuning = { batch: 5_000 };

/** Writes resolved rows in `tx`; `onProgress` gets the rows written so far. */
export async function writeRows(
  tx: Db,
  actor: Actor,
  kind: ImportKind,
  rows: ResolvedRow[],
  options: ImportOptions,
  onProgress: (done: number) => Promise<void> | void,
): Promise<WriteCounts> {
  const counts: WriteCounts = { created: 0, linked: 0, linkedLate: 0, targetLinks: 0 };
  for (let start = 0; start < rows.length; start += importTuning.batch) {
    const batch = rows.slice(start, start + importTuning.batch);
    if (kind === 'companies') await writeCompanies(tx, actor, batch, options, counts);
    else if (kind === 'worksites') await writeWorksites(tx, actor, batch, options, counts);
    else await writeObservations(tx, actor, batch, options, counts);
    const done = Math.min(rows.length, start + importTuning.batch);
    if (importFaults.failAfterRows !== null && done >= importFaults.failAfterRows) {
      throw new Error(`injected failure after ${done} rows`);
    }
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

async function writeObservations(
  tx: Db,
  actor: Actor,
  rows: ResolvedRow[],
  o: ImportOptions,
  counts: WriteCounts,
) {
  const records: unknown[] = [];
  const links: string[] = [];
  for (const r of rows) {
    const id = orderedUuid();
    const categories = [...new Set([...o.categories, ...((r.values.categories as string[] | null) ?? [])])];
    records.push({
      id,
      t: r.values.title,
      b: r.values.body,
      c: `{${categories.join(',')}}`,
      d: r.values.observedOn,
    });
    if (r.companyId) links.push(id, r.companyId);
  }
  await tx.execute(sql`INSERT INTO records (id, kind, owner_authority, classification, secrecy_basis, categories,
      contains_personal_data, title, body, source, retention_until, created_by)
    SELECT id, 'observation', ${actor.authority}, ${o.classification}, ${o.secrecyBasis ?? null}, c::text[], true, t, b,
      jsonb_build_object('channel', 'import', 'observedOn', d), ${o.retentionUntil}::date, ${actor.userId}::uuid
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(id uuid, t text, b text, c text, d text)`);
  if (links.length) {
    await tx.execute(sql`INSERT INTO record_targets (record_id, target_type, target_id)
      SELECT (a->>0)::uuid, 'company', (a->>1)::uuid
      FROM jsonb_array_elements(${JSON.stringify(pairs(links))}::jsonb) AS a`);
  }
  counts.created += rows.length;
  counts.targetLinks += links.length / 2;
}

const pairs = (flat: string[]) => {
  const out: [string, string][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
};

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
