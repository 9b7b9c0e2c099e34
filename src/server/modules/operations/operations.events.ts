/**
 * Live events about an operation: subject `operation`, delivered to its members only (membership is
 * re-checked per receiver at delivery, notifications/subjects.ts → operationAccess). `data` carries ids
 * and states only, never record content or free text.
 */
import type { Db } from '../../platform/db/client.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';

/** The event types of docs/api/OPERATIONS-API.md ("Events"). */
export type OperationEventType =
  | 'operation.created'
  | 'operation.updated'
  | 'operation.transitioned'
  | 'operation.participant_invited'
  | 'operation.participant_responded'
  | 'operation.agenda_decided'
  | 'operation.target_added'
  | 'operation.target_decided'
  | 'operation.plan_saved'
  | 'operation.plan_approved'
  | 'operation.plan_shared'
  | 'operation.arrived'
  | 'operation.target_finished'
  | 'operation.target_finished'
  | 'operation.finding_recorded'
  | 'operation.victim_referred'
  | 'operation.result_recorded'
  | 'operation.follow_up_changed';

/** Emits one operation event inside the transaction of the change (after its audit row). */
export async function emitOperationEvent(
  tx: Db,
  actor: Actor | null,
  operationId: string,
  type: OperationEventType,
  data: Record<string, string | number | boolean | null | readonly string[]> = {},
): Promise<number> {
  return emitEvent(tx, {
    type,
    subjectType: 'operation',
    subjectId: operationId,
    data: { operationId, ...data },
    actorUserId: actor?.userId ?? null,
  });
}
