/**
 * Changing a record (owner authority only): title, body, classification with its secrecy basis,
 * categories, personal-data flag and retention date. A change of categories re-runs the proactive
 * prompts (proposals.service.ts) in the same transaction.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { obligationsFor, proposalsOf, syncProposals } from './proposals.sync.ts';
import { loadRecordPolicies } from './records.policy.ts';
import { ZClassification } from './records.schemas.ts';
import { presentRecord, targetsOf } from './records.service.ts';
import { records } from './records.table.ts';

export const ZUpdateRecord = z
  .object({
    title: z.string().trim().min(3).max(200),
    body: z.string().trim().min(1).max(20_000),
    classification: ZClassification,
    secrecyBasis: z.string().trim().max(200).nullable(),
    categories: z.array(z.string().min(1).max(80)).min(1, 'choose at least one data category').max(10),
    containsPersonalData: z.boolean(),
    retentionUntil: z.iso.date(),
  })
  .partial()
  .strict();
export type TUpdateRecord = z.infer<typeof ZUpdateRecord>;

export async function updateRecord(
  db: Db,
  actor: Actor,
  id: string,
  patch: TUpdateRecord,
  requestId: string,
) {
  const policy = (await loadRecordPolicies(db, [id])).get(id);
  if (!policy || !decide(actor, 'read', policy).allowed) throw notFound();
  if (!decide(actor, 'update', policy).allowed)
    throw forbidden('Only the owner authority may change a record');
  const [current] = await db.select().from(records).where(eq(records.id, id));
  if (!current) throw notFound();
  const next = { ...current, ...patch };
  if (next.classification !== 'public' && !next.secrecyBasis) {
    throw new AppError(
      'validation_failed',
      'body.secrecyBasis: a restricted or secret record needs its secrecy basis',
      {
        issues: [
          { field: 'body.secrecyBasis', message: 'a restricted or secret record needs its secrecy basis' },
        ],
      },
    );
  }
  const recategorised =
    patch.categories !== undefined &&
    [...patch.categories].sort().join(',') !== [...current.categories].sort().join(',');
  const obligations = recategorised
    ? await obligationsFor(db, current.ownerAuthority, patch.categories!)
    : null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(records)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(records.id, id))
      .returning();
    const proposals = obligations ? await syncProposals(tx, id, obligations) : await proposalsOf(tx, id);
    const fields = Object.keys(patch);
    await writeAudit(tx, {
      action: 'record.update',
      actor,
      targetType: 'record',
      targetId: id,
      requestId,
      details: { fields, ...(recategorised ? { categories: patch.categories } : {}) },
    });
    const targets = (await targetsOf(tx, [id])).get(id) ?? [];
    await emitEvent(tx, {
      type: 'record.updated',
      subjectType: 'record',
      subjectId: id,
      targetIds: targets.map((target) => target.id),
      data: { kind: row!.kind, fields },
      actorUserId: actor.userId,
    });
    return { ...presentRecord(row!, targets), proposals };
  });
}
