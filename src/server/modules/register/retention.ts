/**
 * Retention: records past their `retention_until` are deleted — with their disclosures, targets
 * links, replies, attachments and proposals (ON DELETE CASCADE). For kinds whose statistics must
 * survive (observations, tips) the record is first reduced to an anonymous monthly count by owner,
 * kind and categories (`record_statistics`): no id, text, target or exact date is kept. Every batch
 * is audited with its counts and the SHA-256 of each deleted id (so "was record X deleted, and when?"
 * can be answered for someone who knows X, without the log listing ids), and each run ends with a
 * summary row. Batches lock their rows (SKIP LOCKED) and the run holds an advisory lock, so several
 * nodes may schedule the job at once.
 */
import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import { type Db, queryRows } from '../../platform/db/client.ts';
import { type JobLog, scheduleEvery } from '../../platform/jobs/schedule.ts';
import { records } from './records.table.ts';
import { recordStatistics } from './retention.table.ts';

/** Kinds kept as anonymous statistics when deleted; other kinds (analyses) are simply deleted. */
export const STATISTICS_KINDS: readonly string[] = ['observation', 'tip'];
const RETENTION_LOCK = 7_420_201;

export interface RetentionReport {
  /** Deleted without a trace but the audit row. */
  deleted: number;
  /** Deleted, with their kind/owner/categories/month added to the anonymous statistics. */
  anonymised: number;
  batches: number;
  /** False when another node was running retention at the same time (it does the work). */
  ran: boolean;
}

export interface RetentionOptions {
  /** Records with retention_until before this day go (default: today, UTC). */
  today?: string;
  batchSize?: number;
  requestId?: string;
}

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

interface Expired {
  id: string;
  kind: string;
  owner_authority: string;
  categories: string[];
  month: string;
}

/** One batch in one transaction; null when another node holds the retention lock. */
async function runBatch(db: Db, today: string, size: number, batch: number, requestId?: string) {
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ ok: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK}) AS ok`,
    );
    if (!lock?.ok) return null;
    const rows = await queryRows<Expired>(
      tx,
      sql`SELECT id, kind, owner_authority, categories::text[] AS categories,
            to_char(date_trunc('month', created_at), 'YYYY-MM-DD') AS month
          FROM ${records} WHERE retention_until < ${today}::date
          ORDER BY retention_until, id LIMIT ${size} FOR UPDATE SKIP LOCKED`,
    );
    if (!rows.length) return { deleted: 0, anonymised: 0 };
    const counts = new Map<string, typeof recordStatistics.$inferInsert>();
    for (const r of rows.filter((r) => STATISTICS_KINDS.includes(r.kind))) {
      const categories = [...new Set(r.categories)].sort();
      const key = [r.owner_authority, r.kind, r.month, categories.join(',')].join('|');
      const row = counts.get(key) ?? {
        ownerAuthority: r.owner_authority,
        kind: r.kind,
        month: r.month,
        categoriesKey: categories.join(','),
        categories,
        count: 0,
      };
      row.count += 1;
      counts.set(key, row);
    }
    if (counts.size) {
      await tx
        .insert(recordStatistics)
        .values([...counts.values()])
        .onConflictDoUpdate({
          target: [
            recordStatistics.ownerAuthority,
            recordStatistics.kind,
            recordStatistics.month,
            recordStatistics.categoriesKey,
          ],
          set: { count: sql`${recordStatistics.count} + excluded.count` },
        });
    }
    const anonymised = rows.filter((r) => STATISTICS_KINDS.includes(r.kind)).length;
    await tx.delete(records).where(
      inArray(
        records.id,
        rows.map((r) => r.id),
      ),
    );
    await writeAudit(tx, {
      action: 'retention.delete',
      targetType: 'record',
      requestId: requestId ?? null,
      details: {
        today,
        batch,
        deleted: rows.length - anonymised,
        anonymised,
        idHashes: rows.map((r) => hashId(r.id)),
      },
    });
    return { deleted: rows.length - anonymised, anonymised };
  });
}

/** Runs retention to the end (batch after batch) and audits a summary. */
export async function runRetention(db: Db, options: RetentionOptions = {}): Promise<RetentionReport> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const size = options.batchSize ?? 500;
  const report: RetentionReport = { deleted: 0, anonymised: 0, batches: 0, ran: true };
  for (;;) {
    const result = await runBatch(db, today, size, report.batches + 1, options.requestId);
    if (!result) {
      report.ran = false;
      break;
    }
    if (!result.deleted && !result.anonymised) break;
    report.batches++;
    report.deleted += result.deleted;
    report.anonymised += result.anonymised;
  }
  if (report.ran) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        action: 'retention.run',
        requestId: options.requestId ?? null,
        details: { today, deleted: report.deleted, anonymised: report.anonymised, batches: report.batches },
      }),
    );
  }
  return report;
}

export const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

/**
 * Runs retention in the server: first after `firstAfterMs` (default 60 s), then every `intervalMs`
 * (platform/jobs/schedule.ts: no overlapping runs, unref'd timers, a failure logged and tried again at
 * the next interval). The returned function stops it.
 */
export function scheduleRetention(
  db: Db,
  log: JobLog,
  options: { intervalMs?: number; firstAfterMs?: number; onRun?: (report: RetentionReport) => void } = {},
): () => void {
  return scheduleEvery(
    'retention',
    options.intervalMs ?? RETENTION_INTERVAL_MS,
    () => runRetention(db),
    log,
    { firstAfterMs: options.firstAfterMs ?? 60_000, onRun: options.onRun },
  );
}
