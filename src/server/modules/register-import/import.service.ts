/**
 * Register imports, step by step: upload (a CSV or XLSX file, content checked, size-limited) → a
 * preview with the columns found and a suggested mapping → validation with the user's mapping (a
 * report of row, field and problem, and which rows would link to existing targets) → run, in the
 * background, all-or-nothing or skipping invalid rows, with progress readable by any node.
 *
 * Nothing half-imported: reading, checking and matching happen first, outside any transaction (the
 * slow part; progress is visible); then every row is written in ONE transaction (write.ts:
 * observations stream in with COPY), which also marks the import done and writes its one audit row. A failure anywhere in it rolls all of it back; the job is then marked
 * failed in a separate statement. (On PGlite, which runs one transaction at a time, other requests
 * wait for that final write — a few seconds per hundred thousand rows.)
 */
import { createHash } from 'node:crypto';
import { and, eq, getTableColumns } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Database, Db } from '../../platform/db/client.ts';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { getCompetenceConfig } from '../competence/competence.service.ts';
import { decodeText, parseCsv } from './csv.ts';
import { FIELDS, suggestMapping } from './fields.ts';
import { type ImportKind, imports } from './imports.table.ts';
import { type ResolvedRow, Resolver } from './resolve.ts';
import { checkMapping, type Problem, validateRows } from './validate.ts';
import { type ImportOptions, recordImport, writeRows } from './write.ts';
import { readXlsx } from './xlsx.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPES = ['text/csv', 'application/csv'];
/** Largest file accepted (bytes). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Problems kept in a report (the counts are always complete). */
const REPORT_PROBLEMS = 500;
const RESOLVE_BATCH = 5_000;

/** An import's row without the stored file (up to 20 MB: read only when the rows are needed). */
const { content: _content, ...importColumns } = getTableColumns(imports);
type ImportRow = Omit<typeof imports.$inferSelect, 'content'>;

type Table = { columns: string[]; rows: string[][] };
/**
 * Files parsed in this process, by import id and checksum: the upload parses the file once, and the
 * validation and the run on the same node reuse it instead of reading the stored bytes back and parsing
 * them again. A node that did not see the upload reads the stored file. At most a few are kept.
 */
const parsedFiles = new Map<string, { sha256: string; table: Table }>();
const PARSED_FILES_KEPT = 2;
function rememberTable(id: string, sha256: string, table: Table) {
  parsedFiles.delete(id);
  parsedFiles.set(id, { sha256, table });
  while (parsedFiles.size > PARSED_FILES_KEPT) parsedFiles.delete(parsedFiles.keys().next().value!);
}

async function tableOf(db: Db, row: ImportRow): Promise<Table> {
  const kept = parsedFiles.get(row.id);
  if (kept && kept.sha256 === row.sha256) return kept.table;
  const [stored] = await db.select({ content: imports.content }).from(imports).where(eq(imports.id, row.id));
  if (!stored?.content) throw conflict('This import has ended; upload the file again');
  const table = readTable(stored.content, row.contentType);
  rememberTable(row.id, row.sha256, table);
  return table;
}

/** Parses the file by its declared type, refusing content that is not what the type says. */
export function readTable(bytes: Buffer, contentType: string): { columns: string[]; rows: string[][] } {
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  let table: string[][];
  if (contentType === XLSX_TYPE) {
    if (!zip) throw new AppError('unsupported_media_type', 'The file is not an XLSX workbook');
    try {
      table = readXlsx(bytes);
    } catch (error) {
      throw new AppError(
        'unsupported_media_type',
        `The XLSX file cannot be read: ${(error as Error).message}`,
      );
    }
  } else if (CSV_TYPES.includes(contentType)) {
    if (zip || bytes.includes(0)) throw new AppError('unsupported_media_type', 'The file is not CSV text');
    table = parseCsv(decodeText(bytes));
  } else {
    throw new AppError('unsupported_media_type', `Import CSV (text/csv) or XLSX (${XLSX_TYPE})`);
  }
  if (!table.length) throw badRequest('The file is empty');
  const seen = new Map<string, number>();
  const columns = table[0]!.map((raw, i) => {
    const base = raw.trim() || `column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base} (${n})` : base;
  });
  return { columns, rows: table.slice(1) };
}

function requireImporter(actor: Actor, classification: ImportOptions['classification'] = 'restricted') {
  const owner = { ownerAuthority: actor.authority, classification, disclosedTo: [] };
  if (!decide(actor, 'update', owner).allowed)
    throw new AppError('forbidden', 'Your roles do not allow importing');
}

async function loadImport(db: Db, actor: Actor, id: string): Promise<ImportRow> {
  const [row] = await db
    .select(importColumns)
    .from(imports)
    .where(and(eq(imports.id, id), eq(imports.ownerAuthority, actor.authority)));
  if (!row) throw notFound('Import');
  return row;
}

function present(row: ImportRow) {
  const live = progress.get(row.id);
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

export interface ValidateInput {
  mapping: Record<string, string>;
  classification?: ImportOptions['classification'] | undefined;
  secrecyBasis?: string | undefined;
  categories?: string[] | undefined;
  retentionUntil?: string | undefined;
}

async function resolveOptions(db: Db, kind: ImportKind, input: ValidateInput) {
  const config = await getCompetenceConfig(db);
  const known = new Set(config.categories.map((c) => c.code));
  const classification = input.classification ?? (kind === 'observations' ? 'restricted' : 'public');
  const categories = input.categories ?? [];
  const unknown = categories.filter((c) => !known.has(c));
  if (unknown.length) throw badRequest(`Unknown data categories: ${unknown.join(', ')}`);
  if (kind === 'observations' && classification !== 'public' && !input.secrecyBasis) {
    throw badRequest('A restricted or secret import needs its secrecy basis', {
      problems: [{ path: 'secrecyBasis', message: 'required for restricted and secret records' }],
    });
  }
  const retention =
    input.retentionUntil ?? new Date(Date.now() + 5 * 365.25 * 86_400_000).toISOString().slice(0, 10);
  const options: ImportOptions = {
    classification,
    secrecyBasis: input.secrecyBasis,
    categories,
    retentionUntil: retention,
  };
  return { options, known };
}

interface Analysis {
  resolved: ResolvedRow[];
  problems: Problem[];
  invalidRows: number;
  report: Record<string, unknown>;
}

/** Checks and matches every row (no writes); `onProgress` gets rows done. */
async function analyse(
  db: Db,
  row: ImportRow,
  input: ValidateInput,
  onProgress?: (done: number) => Promise<void> | void,
): Promise<Analysis & { options: ImportOptions }> {
  const { columns, rows } = await tableOf(db, row);
  checkMapping(row.kind, columns, input.mapping);
  const { options, known } = await resolveOptions(db, row.kind, input);
  const checked = validateRows(row.kind, columns, rows, input.mapping, { categories: known });
  if (row.kind === 'observations' && !options.categories.length) {
    for (const v of [...checked.valid]) {
      if (!(v.values.categories as string[] | null)?.length) {
        checked.problems.push({
          row: v.row,
          field: 'categories',
          problem: 'no data category (give one per row or for the import)',
        });
        checked.valid.splice(checked.valid.indexOf(v), 1);
        checked.invalidRows++;
      }
    }
    checked.problems.sort((a, b) => a.row - b.row);
  }
  const resolver = new Resolver(db);
  const resolved: ResolvedRow[] = [];
  for (let i = 0; i < checked.valid.length; i += RESOLVE_BATCH) {
    resolved.push(...(await resolver.resolve(row.kind, checked.valid.slice(i, i + RESOLVE_BATCH))));
    await onProgress?.(
      Math.min(
        rows.length,
        Math.round(((i + RESOLVE_BATCH) / Math.max(1, checked.valid.length)) * rows.length),
      ),
    );
  }
  const links = resolved.filter(
    (r) => r.target.action === 'link' || (row.kind !== 'companies' && r.companyId),
  );
  const report = {
    totalRows: rows.length,
    validRows: checked.valid.length,
    invalidRows: checked.invalidRows,
    problemCount: checked.problems.length,
    problems: checked.problems.slice(0, REPORT_PROBLEMS),
    create: resolved.filter((r) => r.target.action === 'create').length,
    link: resolved.filter((r) => r.target.action === 'link').length,
    companyLinks: resolved.filter((r) => r.companyId && row.kind !== 'companies').length,
    matches: links.slice(0, 100).map((r) => ({
      row: r.row,
      target: r.target,
      companyId: r.companyId,
      companyVia: r.companyVia,
    })),
    warnings: resolved
      .filter((r) => r.warning)
      .slice(0, REPORT_PROBLEMS)
      .map((r) => ({ row: r.row, warning: r.warning })),
  };
  return { resolved, problems: checked.problems, invalidRows: checked.invalidRows, report, options };
}

/** Validates the file with a mapping and stores the report. */
export async function validateImport(db: Db, actor: Actor, id: string, input: ValidateInput) {
  requireImporter(actor, input.classification);
  const row = await loadImport(db, actor, id);
  if (row.status === 'running' || progress.has(id)) throw conflict('The import is running');
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

interface Live {
  status: 'running' | 'done' | 'failed';
  phase: 'validating' | 'writing';
  rowsDone: number;
}
/** Progress of the imports running in this process (fresher than the row, which other nodes read). */
const progress = new Map<string, Live>();
const jobs = new Map<string, Promise<void>>();

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
  if (progress.has(id)) throw conflict('The import is already running');
  const options = row.options as unknown as ImportOptions;
  requireImporter(actor, options.classification);
  const [claimed] = await db
    .update(imports)
    .set({ status: 'running', mode, phase: 'validating', rowsDone: 0, updatedAt: new Date() })
    .where(and(eq(imports.id, id), eq(imports.status, 'validated')))
    .returning(importColumns);
  if (!claimed) throw conflict('The import is already running');
  const live: Live = { status: 'running', phase: 'validating', rowsDone: 0 };
  progress.set(id, live);
  const job = runImport(database, actor, claimed, mode, requestId, live).finally(() => {
    jobs.delete(id);
    parsedFiles.delete(id);
    setTimeout(() => progress.delete(id), 60_000).unref();
  });
  jobs.set(id, job);
  return present(claimed);
}

async function runImport(
  database: Database,
  actor: Actor,
  row: ImportRow,
  mode: 'all_or_nothing' | 'skip_invalid',
  requestId: string,
  live: Live,
): Promise<void> {
  const db = database.db;
  const saveProgress = async (done: number) => {
    live.rowsDone = done;
    // Other nodes read the row; on PGlite (one process) the in-memory progress is enough.
    if (database.kind === 'postgres') {
      await db
        .update(imports)
        .set({ rowsDone: done, phase: live.phase, updatedAt: new Date() })
        .where(eq(imports.id, row.id));
    }
  };
  try {
    const stored = row.options as unknown as Omit<ValidateInput, 'mapping'>;
    const analysis = await analyse(db, row, { ...stored, mapping: row.mapping! }, saveProgress);
    if (mode === 'all_or_nothing' && analysis.invalidRows > 0) {
      throw new Error(`${analysis.invalidRows} invalid rows: nothing imported (all-or-nothing)`);
    }
    live.phase = 'writing';
    await saveProgress(0);
    const started = Date.now();
    await db.transaction(async (tx) => {
      const counts = await writeRows(
        tx,
        actor,
        row.kind,
        analysis.resolved,
        analysis.options,
        async (done) => {
          // On PGlite the transaction holds the only connection: progress stays in memory meanwhile.
          if (database.kind === 'postgres') await saveProgress(done);
          else live.rowsDone = done;
        },
        { databaseKind: database.kind, importId: row.id },
      );
      const result = {
        mode,
        ...counts,
        skippedInvalid: mode === 'skip_invalid' ? analysis.invalidRows : 0,
        companyLinks: analysis.resolved.filter((r) => r.companyId && row.kind !== 'companies').length,
        writeMs: Date.now() - started,
      };
      await tx
        .update(imports)
        .set({
          status: 'done',
          phase: null,
          rowsDone: row.totalRows,
          report: analysis.report,
          result,
          content: null,
          finishedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(eq(imports.id, row.id));
      await recordImport(tx, actor, row.id, row.kind, result, requestId);
    });
    live.status = 'done';
    live.rowsDone = row.totalRows;
  } catch (error) {
    const message = error instanceof Error ? error.message : 'import failed';
    try {
      await db
        .update(imports)
        .set({
          status: 'failed',
          phase: null,
          error: message.slice(0, 1_000),
          finishedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(eq(imports.id, row.id));
      await db.transaction((tx) =>
        writeAudit(tx, {
          action: 'import.run',
          outcome: 'failure',
          actor,
          targetType: 'import',
          targetId: row.id,
          requestId,
          details: { kind: row.kind, mode, error: message.slice(0, 300) },
        }),
      );
    } finally {
      // Only now: a reader that sees `failed` also sees the stored error and the audit row.
      live.status = 'failed';
    }
  }
}

/** One import of the actor's authority (others answer 404). */
export async function getImport(db: Db, actor: Actor, id: string) {
  return present(await loadImport(db, actor, id));
}

/** Waits for the running imports of this process (app shutdown, tests). */
export async function settleImports(): Promise<void> {
  await Promise.allSettled([...jobs.values()]);
}

/** The running job of an import in this process, if any (benchmarks wait on it). */
export function importJob(id: string): Promise<void> | undefined {
  return jobs.get(id);
}
