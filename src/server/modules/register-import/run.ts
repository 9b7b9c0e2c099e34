/**
 * Running a validated import in the background. Reading, checking and matching happen first, outside
 * any transaction (the slow part; progress is visible); then every row is written in ONE transaction
 * (write.ts: observations stream in with COPY), which also marks the import done and writes its one
 * audit row. A failure anywhere in it rolls all of it back; the job is then marked failed in a separate
 * statement. (On PGlite, which runs one transaction at a time, other requests wait for that final write
 * — a few seconds per hundred thousand rows.)
 */
import { eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Database } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { analyse, type ValidateInput } from './analyse.ts';
import type { ImportRow } from './import.access.ts';
import { imports } from './imports.table.ts';
import type { Live } from './progress.ts';
import { recordImport, writeRows } from './write.ts';

/** Analyses and writes the claimed import, keeping `live` and (on PostgreSQL) the row up to date. */
export async function runImport(
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
