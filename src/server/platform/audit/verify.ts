/** Walks the whole audit chain in order and names the first row that does not fit. */
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog } from './audit.table.ts';
import { auditRowHash, GENESIS_HASH } from './hash.ts';

export interface AuditVerifyResult {
  ok: boolean;
  rows: number;
  headSeq: number;
  headHash: string;
  firstBroken?: { seq: number; reason: 'hash_mismatch' | 'chain_break' | 'sequence_gap' };
}

export async function verifyAuditChain(db: Db, batchSize = 5_000): Promise<AuditVerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    for (const row of batch) {
      const broken = (reason: NonNullable<AuditVerifyResult['firstBroken']>['reason']) => ({
        ok: false,
        rows,
        headSeq: expectedSeq - 1,
        headHash: prevHash,
        firstBroken: { seq: row.seq, reason },
      });
      if (row.seq !== expectedSeq) return broken('sequence_gap');
      if (row.prevHash !== prevHash) return broken('chain_break');
      if (auditRowHash(row) !== row.hash) return broken('hash_mismatch');
      prevHash = row.hash;
      expectedSeq++;
      rows++;
    }
    if (batch.length < batchSize) break;
  }
  return { ok: true, rows, headSeq: expectedSeq - 1, headHash: prevHash };
}
