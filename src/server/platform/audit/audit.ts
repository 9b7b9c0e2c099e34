/**
 * Writing the audit log. Call `writeAudit(tx, entry)` inside the transaction of the change it
 * records, so the change and its audit row commit or roll back together.
 */
import { desc, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { auditLog } from './audit.table.ts';
import { auditRowHash, GENESIS_HASH } from './hash.ts';

/**
 * Serialises chain appends (and outbox event ids, platform/events/emit.ts); held until the writing
 * transaction ends.
 */
export const AUDIT_CHAIN_LOCK = 7_420_002;

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditEntry {
  action: string;
  outcome?: AuditOutcome;
  actor?: Actor | null;
  /** For events without a signed-in actor, e.g. a failed login: the name that was tried. */
  actorUsername?: string | null;
  authorityCode?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  purpose?: string | null;
  legalBasis?: string | null;
  details?: Record<string, unknown>;
  requestId?: string | null;
}

/** Appends one row to the hash chain. Must run inside a transaction (`db.transaction`). */
export async function writeAudit(tx: Db, entry: AuditEntry): Promise<number> {
  const [seq] = await writeAuditRows(tx, [entry]);
  return seq!;
}

/** Appends rows to the hash chain in order: one lock, one read of the chain's end, one insert. */
async function writeAuditRows(tx: Db, entries: readonly AuditEntry[]): Promise<number[]> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((entry) => {
    const row = {
      seq: ++seq,
      at: new Date(),
      actorUserId: entry.actor?.userId ?? null,
      actorUsername: entry.actor?.username ?? entry.actorUsername ?? null,
      authorityCode: entry.actor?.authority ?? entry.authorityCode ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      outcome: entry.outcome ?? 'success',
      purpose: entry.purpose ?? null,
      legalBasis: entry.legalBasis ?? null,
      details: entry.details ?? {},
      requestId: entry.requestId ?? null,
      prevHash,
    };
    prevHash = auditRowHash(row);
    return { ...row, hash: prevHash };
  });
  await tx.insert(auditLog).values(rows);
  return rows.map((r) => r.seq);
}

interface Queued {
  entry: AuditEntry;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for audit rows that record no change of their own — reads of non-public records,
 * searches, lists, views. Each caller still waits until its row is committed before it answers;
 * rows that arrive while a commit is in flight go together in the next transaction (one lock, one
 * chain read, one insert, one commit for all of them) instead of queueing one by one for the chain's
 * lock. Alone, a row is written at once. A failed commit fails every caller in it.
 */
class AuditGroup {
  private queue: Queued[] = [];
  private flushing = false;

  constructor(private readonly db: Db) {}

  add(entry: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length) {
      const group = this.queue.splice(0, MAX_GROUP);
      try {
        await this.db.transaction((tx) =>
          writeAuditRows(
            tx,
            group.map((q) => q.entry),
          ),
        );
        for (const q of group) q.resolve();
      } catch (error) {
        for (const q of group) q.reject(error);
      }
    }
    this.flushing = false;
  }
}

const MAX_GROUP = 200;
const groups = new WeakMap<Db, AuditGroup>();

/**
 * Audits a read (or anything with no change to commit alongside) in its own, possibly shared,
 * transaction; resolves once the row is committed. Never call it with a transaction open on `db`'s
 * connection (on PGlite that would wait for itself) — inside a change, use `writeAudit(tx, …)`.
 */
export function auditRead(db: Db, entry: AuditEntry): Promise<void> {
  let group = groups.get(db);
  if (!group) {
    group = new AuditGroup(db);
    groups.set(db, group);
  }
  return group.add(entry);
}
