/**
 * Who may see and act on an operation. An operation is seen by the casework officials (officer,
 * analyst, operation_lead) of its lead authority and of every participating authority that has not
 * declined; a suggested-but-not-invited authority sees nothing. The lead authority's operation_lead
 * makes the transitions and the joint decisions. Refused and missing answer the same 404.
 *
 * This is the operation-level rule only: register records inside an operation (findings, evidence,
 * target information) are still decided one by one by platform/policy/decide.ts.
 */
import { and, eq } from 'drizzle-orm';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import type { Db } from '../../platform/db/client.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { type Actor, hasRole } from '../../platform/policy/actor.ts';
import { operationParticipants, operations } from './operations.tables.ts';

export type OperationRow = typeof operations.$inferSelect;
export type ParticipantRow = typeof operationParticipants.$inferSelect;

export interface OperationAccess {
  operation: OperationRow;
  participants: ParticipantRow[];
  /** The actor's authority takes part (lead, or invited/accepted participant). */
  member: boolean;
  /** The actor may make transitions and joint decisions. */
  lead: boolean;
}

/** Pure: may this actor see the operation, and lead it? */
export function operationAccess(
  actor: Actor,
  operation: Pick<OperationRow, 'leadAuthority'>,
  participants: readonly Pick<ParticipantRow, 'authority' | 'status'>[],
): { member: boolean; lead: boolean } {
  if (!hasRole(actor, ...CASEWORK_ROLES)) return { member: false, lead: false };
  const leadAuthority = operation.leadAuthority === actor.authority;
  const seat = participants.find((p) => p.authority === actor.authority);
  const member =
    leadAuthority || (seat !== undefined && (seat.status === 'invited' || seat.status === 'accepted'));
  return { member, lead: leadAuthority && hasRole(actor, 'operation_lead') };
}

/** Loads an operation the actor may see, or throws the same 404 as for a missing one. */
export async function loadOperation(db: Db, actor: Actor, operationId: string): Promise<OperationAccess> {
  const [operation] = await db.select().from(operations).where(eq(operations.id, operationId));
  if (!operation) throw notFound('Operation');
  const participants = await db
    .select()
    .from(operationParticipants)
    .where(eq(operationParticipants.operationId, operationId));
  const access = operationAccess(actor, operation, participants);
  if (!access.member) throw notFound('Operation');
  return { operation, participants, ...access };
}

/** As loadOperation, and the actor must lead it (403: they can see it, so refusing leaks nothing). */
export async function loadOperationAsLead(
  db: Db,
  actor: Actor,
  operationId: string,
): Promise<OperationAccess> {
  const access = await loadOperation(db, actor, operationId);
  if (!access.lead) throw forbidden('Only the lead authority’s operation lead may do this');
  return access;
}

/** Locks the operation row for the rest of the transaction (serialises transitions and decisions). */
export async function lockOperation(tx: Db, operationId: string): Promise<void> {
  await tx
    .select({ id: operations.id })
    .from(operations)
    .where(and(eq(operations.id, operationId)))
    .for('update');
}
