/**
 * The authorities at the table: suggestions from the competence map ("who should be at the table"),
 * invitations by the lead (each invited authority's caseworkers are notified), answers by the invited
 * authority, and what each authority brings (what it supervises, contact, resources). A declined
 * authority stops being a member at once (operations.access.ts), in the API and the live stream.
 */
import { and, arrayOverlaps, eq, inArray } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import type { IssueArea } from '../competence/competence.schemas.ts';
import { findParticipants } from '../competence/competence.views.ts';
import { watches } from '../notifications/notifications.tables.ts';
import { loadOperation, loadOperationAsLead, lockOperation } from './operations.access.ts';
import { emitOperationEvent } from './operations.events.ts';
import { assertOpen } from './operations.guards.ts';
import { presentOperation } from './operations.service.ts';
import { operationParticipants } from './operations.tables.ts';

async function seatsFor(db: Db, operation: { issueAreas: string[]; sectors: string[] }) {
  if (!operation.issueAreas.length) return [];
  return findParticipants(db, {
    issueAreas: operation.issueAreas as IssueArea[],
    sectors: operation.sectors,
  });
}

export async function suggestParticipants(db: Db, actor: Actor, operationId: string, requestId: string) {
  const access = await loadOperation(db, actor, operationId);
  const seats = await seatsFor(db, access.operation);
  await db.transaction((tx) =>
    writeAudit(tx, {
      action: 'operation.participants.suggest',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
    }),
  );
  const status = new Map(access.participants.map((p) => [p.authority, p.status]));
  return {
    seats: seats.map((s) => {
      const st = status.get(s.authority);
      return { ...s, status: st === undefined || st === 'suggested' ? null : st };
    }),
  };
}

/** Invites authorities (again, if they declined before); the lead's own authority is already seated. */
export async function inviteParticipants(
  db: Db,
  actor: Actor,
  operationId: string,
  authorities: AuthorityCode[],
  requestId: string,
) {
  const wanted = [...new Set(authorities)];
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const access = await loadOperationAsLead(tx, actor, operationId);
    assertOpen(access.operation);
    if (wanted.includes(access.operation.leadAuthority as AuthorityCode))
      throw badRequest('The lead authority is already at the table', { problems: [{ path: 'authorities' }] });
    const seats = await seatsFor(tx, access.operation);
    const why = new Map(seats.map((s) => [s.authority, s.why]));
    const existing = new Map(access.participants.map((p) => [p.authority, p]));
    const invited: string[] = [];
    for (const authority of wanted) {
      const seat = existing.get(authority);
      if (seat && (seat.status === 'invited' || seat.status === 'accepted')) continue;
      const values = {
        status: 'invited' as const,
        suggestedWhy: why.get(authority) ?? null,
        invitedBy: actor.userId,
        invitedAt: new Date(),
        respondedAt: null,
        declineReason: null,
      };
      if (seat)
        await tx
          .update(operationParticipants)
          .set(values)
          .where(
            and(
              eq(operationParticipants.operationId, operationId),
              eq(operationParticipants.authority, authority),
            ),
          );
      else
        await tx
          .insert(operationParticipants)
          .values({ operationId, authority, role: 'participant', ...values });
      invited.push(authority);
    }
    if (invited.length) {
      // The invited authorities' caseworkers follow the operation: the invitation (and what follows)
      // reaches their notification centre; delivery still checks membership at read time.
      const caseworkers = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.authorityCode, invited), arrayOverlaps(users.roles, [...CASEWORK_ROLES])));
      if (caseworkers.length)
        await tx
          .insert(watches)
          .values(
            caseworkers.map((u) => ({
              userId: u.id,
              subjectType: 'operation' as const,
              subjectId: operationId,
            })),
          )
          .onConflictDoNothing();
      await writeAudit(tx, {
        action: 'operation.participants.invite',
        actor,
        targetType: 'operation',
        targetId: operationId,
        requestId,
        details: { invited },
      });
      for (const authority of invited)
        await emitOperationEvent(tx, actor, operationId, 'operation.participant_invited', {
          authority,
          status: 'invited',
        });
    }
    return presentOperation(tx, actor, await loadOperation(tx, actor, operationId));
  });
}

/** The invited authority accepts or declines (a declined authority loses access at once). */
export async function respondToInvitation(
  db: Db,
  actor: Actor,
  operationId: string,
  authority: AuthorityCode,
  accept: boolean,
  reason: string | undefined,
  requestId: string,
) {
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const access = await loadOperation(tx, actor, operationId);
    if (authority !== actor.authority) throw forbidden('You answer for your own authority only');
    assertOpen(access.operation);
    const seat = access.participants.find((p) => p.authority === authority);
    if (!seat || seat.role === 'lead') throw notFound('Invitation');
    const status: 'accepted' | 'declined' = accept ? 'accepted' : 'declined';
    if (seat.status === status) throw conflict(`Already ${status}`);
    await tx
      .update(operationParticipants)
      .set({ status, declineReason: accept ? null : (reason ?? null), respondedAt: new Date() })
      .where(
        and(
          eq(operationParticipants.operationId, operationId),
          eq(operationParticipants.authority, authority),
        ),
      );
    await writeAudit(tx, {
      action: 'operation.participants.respond',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: { authority, status },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.participant_responded', {
      authority,
      status,
    });
    return { authority, status };
  });
}

/** What an authority brings: the lead or that authority itself records it. */
export async function updateParticipant(
  db: Db,
  actor: Actor,
  operationId: string,
  authority: AuthorityCode,
  input: { supervises?: string; contact?: string; resources?: string },
  requestId: string,
) {
  return db.transaction(async (tx) => {
    await lockOperation(tx, operationId);
    const access = await loadOperation(tx, actor, operationId);
    if (!access.lead && authority !== actor.authority)
      throw forbidden('The lead or the authority itself records this');
    assertOpen(access.operation);
    const seat = access.participants.find((p) => p.authority === authority);
    if (!seat || seat.status === 'declined' || seat.status === 'suggested') throw notFound('Participant');
    await tx
      .update(operationParticipants)
      .set(input)
      .where(
        and(
          eq(operationParticipants.operationId, operationId),
          eq(operationParticipants.authority, authority),
        ),
      );
    await writeAudit(tx, {
      action: 'operation.participants.update',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
      details: { authority, fields: Object.keys(input) },
    });
    await emitOperationEvent(tx, actor, operationId, 'operation.updated', {
      authority,
      fields: Object.keys(input),
    });
    return presentOperation(tx, actor, access);
  });
}
