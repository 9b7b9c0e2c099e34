/**
 * Register imports, step by step: upload (a CSV or XLSX file, content checked, size-limited) → a
 * preview with the columns found and a suggested mapping → validation with the user's mapping (a
 * report of row, field and problem, and which rows would link to existing targets) → run, in the
 * background, all-or-nothing or skipping invalid rows, with progress readable by any node.
 *
 * These are the use cases the routes call. The file is read in import.file.ts, checked in analyse.ts
 * and written by run.ts; progress.ts follows the runs of this process.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Database, Db } from '../../platform/db/client.ts';
import { AppError, conflict } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { analyse, type ValidateInput } from './analyse.ts';
import { FIELDS, suggestMapping } from './fields.ts';
import { type ImportRow, importColumns, loadImport, requireImporter } from './import.access.ts';
import { MAX_IMPORT_BYTES, readTable, rememberTable } from './import.file.ts';
import { type ImportKind, imports } from './imports.table.ts';
import { liveProgress, trackImport } from './progress.ts';
import { runImport } from './run.ts';
import type { ImportOptions } from './write.ts';

function present(row: ImportRow) {
  const live = liveProgress(row.id);
  return {
    id: row.id,
    kind: row.kind,
    status: live?.status ?? row.status,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    columns: row.columns,
    mapping: row.mapping,
    mode: row.mode,
    phase: live?.phase ?? row.phase,
    totalRows: row.totalRows,
    rowsDone: live?.rowsDone ?? row.rowsDone,
    report: row.report,
    result: row.result,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export interface UploadInput {
  kind: ImportKind;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** Stores the upload and answers with a preview and a suggested mapping. */
export async function createImport(db: Db, actor: Actor, input: UploadInput, requestId: string) {
  requireImporter(actor);
  if (input.bytes.length > MAX_IMPORT_BYTES) throw new AppError('payload_too_large', 'The file is too large');
  const contentType = input.contentType.split(';')[0]!.trim().toLowerCase();
  const { columns, rows } = readTable(input.bytes, contentType);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(imports)
      .values({
        kind: input.kind,
        ownerAuthority: actor.authority,
        createdBy: actor.userId,
        fileName: input.fileName,
        contentType,
        sizeBytes: input.bytes.length,
        sha256,
        content: input.bytes,
        columns,
        totalRows: rows.length,
      })
      .returning(importColumns);
    await writeAudit(tx, {
      action: 'import.upload',
      actor,
      targetType: 'import',
      targetId: created!.id,
      requestId,
      details: {
        kind: input.kind,
        fileName: input.fileName,
        sizeBytes: input.bytes.length,
        rows: rows.length,
        sha256,
      },
    });
    return created!;
  });
  rememberTable(row.id, sha256, { columns, rows });
  return {
    ...present(row),
    preview: rows.slice(0, 5),
    suggestedMapping: suggestMapping(input.kind, columns),
    fields: FIELDS[input.kind].map((f) => ({ key: f.key, required: f.required })),
  };
}

/** Validates the file with a mapping and stores the report. */
export async function validateImport(db: Db, actor: Actor, id: string, input: ValidateInput) {
  requireImporter(actor, input.classification);
  const row = await loadImport(db, actor, id);
  if (row.status === 'running' || liveProgress(id)) throw conflict('The import is running');
  if (row.status === 'done') throw conflict('The import has already been run');
  const { report, options } = await analyse(db, row, input);
  const [updated] = await db
    .update(imports)
    .set({
      status: 'validated',
      mapping: input.mapping,
      options: { ...options },
      report,
      updatedAt: new Date(),
    })
    .where(eq(imports.id, id))
    .returning(importColumns);
  return present(updated!);
}

/** Starts the import in the background; answers at once. */
export async function startImport(
  database: Database,
  actor: Actor,
  id: string,
  mode: 'all_or_nothing' | 'skip_invalid',
  requestId: string,
) {
  const db = database.db;
  const row = await loadImport(db, actor, id);
  if (row.status !== 'validated' || !row.mapping)
    throw conflict('Validate the import (with a mapping) before running it');
  if (liveProgress(id)) throw conflict('The import is already running');
  const options = row.options as unknown as ImportOptions;
  requireImporter(actor, options.classification);
  const [claimed] = await db
    .update(imports)
    .set({ status: 'running', mode, phase: 'validating', rowsDone: 0, updatedAt: new Date() })
    .where(and(eq(imports.id, id), eq(imports.status, 'validated')))
    .returning(importColumns);
  if (!claimed) throw conflict('The import is already running');
  trackImport(id, (live) => runImport(database, actor, claimed, mode, requestId, live));
  return present(claimed);
}

/** One import of the actor's authority (others answer 404). */
export async function getImport(db: Db, actor: Actor, id: string) {
  return present(await loadImport(db, actor, id));
}
