/**
 * Findings at a target (POST …/findings) and their photos. A finding is a register record: created
 * through the register's createRecord (owner = the finder's authority, categories = that authority's
 * operational category, proposals, audit and record event as for any record), in the same transaction
 * as its operation_records link, so the finding reaches another authority only through a disclosure.
 * A resent request with the same client id is recorded once (field.idempotency.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { getCompetenceConfig } from '../competence/competence.service.ts';
import { addAttachment } from '../register/attachments.service.ts';
import { legalBasisOf } from '../register/legal-basis.ts';
import { createRecord } from '../register/records.service.ts';
import { assertTargetsVisible } from '../register/targets.policy.ts';
import { assertExecuting, fieldAudit, openTarget } from './field.guards.ts';
import { onceByClientId } from './field.idempotency.ts';
import type { TFinding } from './field.schemas.ts';
import { operationRecords } from './field.tables.ts';
import { emitOperationEvent } from './operations.events.ts';
import { PRIMARY_CATEGORY } from './plan.prefill.ts';

/** POST …/findings: a register record owned by the finder's authority, linked to the target. */
export async function recordFinding(
  db: Db,
  actor: Actor,
  operationId: string,
  operationTargetId: string,
  input: TFinding,
  requestId: string,
  clientId?: string,
) {
  const { access, target } = await openTarget(db, actor, operationId, operationTargetId);
  const category = PRIMARY_CATEGORY[actor.authority as AuthorityCode];
  if (!category) throw forbidden('Your authority has no category for field findings in the competence map');
  const config = await getCompetenceConfig(db);
  const secrecyBasis =
    input.secrecyBasis?.trim() ||
    legalBasisOf(config.categories.find((c) => c.code === category)?.secrecyBasis ?? []) ||
    undefined;
  // The record is about the target only if the finder may see the target (else linked via the operation).
  const ref = { type: target.targetType, id: target.targetId };
  const targets = await assertTargetsVisible(db, actor, [ref]).then(
    () => [ref],
    () => [],
  );
  const once = { operationId, operationTargetId, clientId, action: 'finding' as const };
  return db.transaction((tx) =>
    onceByClientId(tx, actor, once, async () => {
      await assertExecuting(tx, actor, access);
      const record = await createRecord(
        tx,
        actor,
        {
          kind: 'observation',
          title: input.title,
          body: input.body,
          classification: input.classification,
          secrecyBasis,
          categories: [category],
          containsPersonalData: true,
          targets,
        },
        requestId,
      );
      await tx.insert(operationRecords).values({
        operationId,
        recordId: record.id,
        operationTargetId,
        findingArea: input.area,
        iloIndicators: input.iloIndicators,
      });
      await fieldAudit(tx, actor, operationId, 'operation.field.finding', requestId, {
        operationTargetId,
        recordId: record.id,
        area: input.area,
        iloIndicators: input.iloIndicators,
      });
      await emitOperationEvent(tx, actor, operationId, 'operation.finding_recorded', {
        operationTargetId,
        recordId: record.id,
      });
      return {
        recordId: record.id,
        ownerAuthority: record.ownerAuthority,
        categories: record.categories,
        area: input.area,
        iloIndicators: input.iloIndicators,
        proposals: record.proposals.length,
      };
    }),
  );
}

/** POST …/findings/:recordId/photos: a photo attached to one's own finding (a register attachment). */
export async function addFindingPhoto(
  db: Db,
  actor: Actor,
  params: { operationId: string; operationTargetId: string; recordId: string },
  upload: { contentType: string | undefined; body: unknown; filename: string | undefined },
  requestId: string,
  clientId?: string,
) {
  const { access } = await openTarget(db, actor, params.operationId, params.operationTargetId);
  const [link] = await db
    .select()
    .from(operationRecords)
    .where(
      and(
        eq(operationRecords.operationId, params.operationId),
        eq(operationRecords.recordId, params.recordId),
        eq(operationRecords.operationTargetId, params.operationTargetId),
      ),
    );
  if (!link) throw notFound();
  if (!(upload.contentType ?? '').startsWith('image/'))
    throw new AppError('unsupported_media_type', 'A photo is image/jpeg or image/png');
  const once = {
    operationId: params.operationId,
    operationTargetId: params.operationTargetId,
    clientId,
    action: 'photo' as const,
  };
  return db.transaction((tx) =>
    onceByClientId(tx, actor, once, async () => {
      await assertExecuting(tx, actor, access);
      // The register decides (owner authority only) and checks the type against the content.
      const attachment = await addAttachment(tx, actor, params.recordId, upload, requestId);
      await emitOperationEvent(tx, actor, params.operationId, 'operation.finding_recorded', {
        operationTargetId: params.operationTargetId,
        recordId: params.recordId,
        attachmentId: attachment.id,
      });
      return attachment;
    }),
  );
}
