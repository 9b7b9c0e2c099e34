/**
 * What every field action checks first: the operation and a selected target of it for a member, the
 * operation still executing (inside the change's transaction, the row locked), and the audit row each
 * action writes.
 */
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { loadOperation, lockOperation, type OperationAccess } from './operations.access.ts';
import { operationTargets } from './selection.tables.ts';

/** Loads the operation and the target for a field action: member, executing, a selected target. */
export async function openTarget(db: Db, actor: Actor, operationId: string, operationTargetId: string) {
  const access = await loadOperation(db, actor, operationId);
  const [target] = await db
    .select()
    .from(operationTargets)
    .where(
      and(
        eq(operationTargets.id, operationTargetId),
        eq(operationTargets.operationId, operationId),
        eq(operationTargets.decision, 'selected'),
      ),
    );
  if (!target) throw notFound('Target');
  return { access, target };
}

/** Inside the change's transaction: the operation row locked and still executing. */
export async function assertExecuting(tx: Db, actor: Actor, access: OperationAccess) {
  await lockOperation(tx, access.operation.id);
  const { operation } = await loadOperation(tx, actor, access.operation.id);
  if (operation.status !== 'executing')
    throw conflict('Field actions are possible only while the operation is executing', {
      unmet: ['wrong_state'],
    });
}

/** The audit row of a field action, on the operation. */
export const fieldAudit = (
  tx: Db,
  actor: Actor,
  operationId: string,
  action: string,
  requestId: string,
  details: Record<string, unknown>,
) => writeAudit(tx, { action, actor, targetType: 'operation', targetId: operationId, requestId, details });
