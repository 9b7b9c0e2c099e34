/**
 * Disclosure requests: after a hit, an official asks the holder for its records on a target. The
 * holder grants — through discloseRecords, so the competence engine decides, with initiative
 * 'request' — or declines with a reason. Only the two authorities concerned see a request; the
 * requesting official is told of the answer (a watch on the request), the holder's caseworkers of a
 * new request (a notification each). Everything is audited and announced in its transaction.
 */
import { and, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { decideDisclosureNow } from '../competence/competence.service.ts';
import { watches } from '../notifications/notifications.tables.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { hitsFor } from './hits.ts';
import { legalBasisOf } from './legal-basis.ts';
import { recordTargets } from './record-targets.table.ts';
import { discloseRecords } from './records.service.ts';
import { records } from './records.table.ts';
import { requestPolicy } from './requests.policy.ts';
import { presentRequest } from './requests.present.ts';
import type { TCreateRequest, TGrantRequest, TListRequests } from './requests.schemas.ts';
import { disclosureRequests } from './requests.table.ts';
import { findTarget } from './targets.policy.ts';

type RequestRow = typeof disclosureRequests.$inferSelect;

async function announce(tx: Db, actor: Actor, row: RequestRow, type: string): Promise<number> {
  return emitEvent(tx, {
    type,
    subjectType: 'disclosure_request',
    subjectId: row.id,
    data: {
      status: row.status,
      targetId: row.targetId,
      fromAuthority: row.fromAuthority,
      toAuthority: row.toAuthority,
    },
    actorUserId: actor.userId,
  });
}

export async function createRequest(db: Db, actor: Actor, input: TCreateRequest, requestId: string) {
  if (input.authority === actor.authority) throw badRequest('Your own authority’s records need no request');
  const target = await findTarget(db, input.targetId, input.targetType);
  if (!target) throw notFound('Hit');
  const hit = (await hitsFor(db, actor, [input.targetId])).find((h) => h.authority === input.authority);
  // No hit (nothing held, or only secret records) answers like a missing target.
  if (!hit) throw notFound('Hit');
  const categories = input.categories?.length ? input.categories : hit.categories;
  const decision = await decideDisclosureNow(db, {
    from: input.authority,
    to: actor.authority,
    categories,
    purpose: input.purpose,
    initiative: 'request',
  });
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(disclosureRequests)
      .values({
        targetType: target.type,
        targetId: input.targetId,
        fromAuthority: actor.authority,
        requestedBy: actor.userId,
        toAuthority: input.authority,
        purpose: input.purpose,
        categories,
        message: input.message,
      })
      .returning();
    await tx
      .insert(watches)
      .values({ userId: actor.userId, subjectType: 'disclosure_request', subjectId: created!.id })
      .onConflictDoNothing();
    await writeAudit(tx, {
      action: 'disclosure_request.create',
      actor,
      targetType: 'disclosure_request',
      targetId: created!.id,
      purpose: input.purpose,
      requestId,
      details: { target: { type: target.type, id: input.targetId }, to: input.authority, categories },
    });
    const eventId = await announce(tx, actor, created!, 'disclosure_request.created');
    // The holder's caseworkers hear of it in their notification centre.
    await tx.execute(sql`
      INSERT INTO notifications (user_id, event_id)
      SELECT ${users.id}, ${eventId}::bigint FROM ${users}
      WHERE ${users.authorityCode} = ${input.authority} AND ${users.disabledAt} IS NULL
        AND ${users.roles} && ARRAY[${sql.join(
          CASEWORK_ROLES.map((r) => sql`${r}`),
          sql`, `,
        )}]::text[]
      ON CONFLICT DO NOTHING`);
    return created!;
  });
  return {
    ...(await presentRequest(db, actor, row)),
    engine: {
      allowed: decision.allowed,
      mode: decision.mode,
      legalBasis: legalBasisOf(decision.legalBases),
      explanation: decision.explanation,
    },
  };
}

export async function listRequests(db: Db, actor: Actor, query: TListRequests) {
  const mine = query.box === 'incoming' ? disclosureRequests.toAuthority : disclosureRequests.fromAuthority;
  const where: (SQL | undefined)[] = [eq(mine, actor.authority)];
  if (query.status) where.push(eq(disclosureRequests.status, query.status));
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    const at = sql`${String(c.key)}::timestamptz`;
    where.push(
      or(
        lt(disclosureRequests.createdAt, at),
        and(eq(disclosureRequests.createdAt, at), lt(disclosureRequests.id, c.id)),
      ),
    );
  }
  const rows = await db
    .select({ row: disclosureRequests, key: sql<string>`${disclosureRequests.createdAt}::text` })
    .from(disclosureRequests)
    .where(and(...where))
    .orderBy(desc(disclosureRequests.createdAt), desc(disclosureRequests.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = rows.length > query.limit ? page.at(-1) : undefined;
  return {
    items: await Promise.all(page.map((r) => presentRequest(db, actor, r.row))),
    nextCursor: last ? encodeCursor(last.key, last.row.id) : null,
  };
}

/** The request, if the actor's authority is one of its two parties (else the uniform 404). */
async function loadRequest(db: Db, actor: Actor, id: string): Promise<RequestRow> {
  const [row] = await db.select().from(disclosureRequests).where(eq(disclosureRequests.id, id));
  if (!row || !decide(actor, 'read', requestPolicy(row)).allowed) throw notFound('Request');
  return row;
}

export async function getRequest(db: Db, actor: Actor, id: string) {
  const row = await loadRequest(db, actor, id);
  const out = await presentRequest(db, actor, row);
  if (row.toAuthority !== actor.authority) return out;
  const candidates = await db
    .select({
      id: records.id,
      kind: records.kind,
      title: records.title,
      categories: records.categories,
      classification: records.classification,
      createdAt: records.createdAt,
    })
    .from(records)
    .innerJoin(recordTargets, eq(recordTargets.recordId, records.id))
    .where(and(eq(recordTargets.targetId, row.targetId), eq(records.ownerAuthority, actor.authority)))
    .orderBy(desc(records.createdAt))
    .limit(500);
  return { ...out, candidates: candidates.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })) };
}

async function loadOpenForHolder(db: Db, actor: Actor, id: string): Promise<RequestRow> {
  const row = await loadRequest(db, actor, id);
  if (row.toAuthority !== actor.authority) throw forbidden('Only the holder answers a request');
  if (row.status !== 'open') throw conflict(`The request is already ${row.status}`);
  return row;
}

/** Decides the request's final state inside `tx`; a concurrent answer makes it a 409 (rolled back). */
async function close(tx: Db, id: string, set: Partial<RequestRow>): Promise<RequestRow> {
  const [row] = await tx
    .update(disclosureRequests)
    .set(set)
    .where(and(eq(disclosureRequests.id, id), eq(disclosureRequests.status, 'open')))
    .returning();
  if (!row) throw conflict('The request was answered meanwhile');
  return row;
}

export async function grantRequest(db: Db, actor: Actor, id: string, body: TGrantRequest, requestId: string) {
  const request = await loadOpenForHolder(db, actor, id);
  const about = await db
    .select({ id: recordTargets.recordId })
    .from(recordTargets)
    .where(
      and(eq(recordTargets.targetId, request.targetId), inArray(recordTargets.recordId, body.recordIds)),
    );
  const aboutIds = new Set(about.map((a) => a.id));
  const stray = body.recordIds.filter((r) => !aboutIds.has(r));
  if (stray.length) {
    throw new AppError('validation_failed', 'body.recordIds: not about the requested target', {
      issues: [{ field: 'body.recordIds', message: `not about the requested target: ${stray.join(', ')}` }],
    });
  }
  let closed: RequestRow | undefined;
  const result = await discloseRecords(
    db,
    actor,
    {
      recordIds: body.recordIds,
      to: [request.fromAuthority as AuthorityCode],
      purpose: body.purpose ?? request.purpose,
      initiative: 'request',
      confirmed: body.confirmed,
    },
    requestId,
    async (tx) => {
      closed = await close(tx, id, {
        status: 'granted',
        decidedBy: actor.userId,
        decidedAt: new Date(),
        grantedRecordIds: body.recordIds,
      });
      await writeAudit(tx, {
        action: 'disclosure_request.grant',
        actor,
        targetType: 'disclosure_request',
        targetId: id,
        purpose: body.purpose ?? request.purpose,
        requestId,
        details: { recordIds: body.recordIds, to: request.fromAuthority },
      });
      await announce(tx, actor, closed, 'disclosure_request.granted');
    },
  );
  return { request: await presentRequest(db, actor, closed!), disclosures: result.disclosures };
}

export async function declineRequest(db: Db, actor: Actor, id: string, reason: string, requestId: string) {
  await loadOpenForHolder(db, actor, id);
  const row = await db.transaction(async (tx) => {
    const closed = await close(tx, id, {
      status: 'declined',
      reason,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    await writeAudit(tx, {
      action: 'disclosure_request.decline',
      actor,
      targetType: 'disclosure_request',
      targetId: id,
      requestId,
      details: { reason },
    });
    await announce(tx, actor, closed, 'disclosure_request.declined');
    return closed;
  });
  return presentRequest(db, actor, row);
}
