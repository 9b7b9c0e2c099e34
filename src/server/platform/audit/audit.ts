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
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const row = {
    seq: (last?.seq ?? 0) + 1,
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
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insert(auditLog).values({ ...row, hash: auditRowHash(row) });
  return row.seq;
}
