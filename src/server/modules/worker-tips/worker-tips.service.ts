/**
 * Anonymous tips from the worker app, and replies to them.
 * - A tip becomes a register record (kind 'tip') owned by the configured authority, restricted, in the
 *   data category public_tips, with a retention date. Nothing about the sender's connection is stored:
 *   no IP address, no user agent, no cookie (the rate limiter keeps addresses in memory only).
 * - The sender keeps a reference code; only its SHA-256 is stored. With it they read the replies.
 * - Officials see tips through the one record-level decision (platform/policy): only the owner
 *   authority's caseworkers, or an authority the tip was lawfully disclosed to. Reading is audited.
 */
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { AppContext } from '../../context.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Db } from '../../platform/db/client.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { visibleScope } from '../../platform/policy/scope.ts';
import { recordDisclosures, records, tipReplies } from '../register/records.table.ts';
import { hashReferenceCode, newReferenceCode, normaliseReferenceCode } from './reference-code.ts';
import type { TTipBody } from './worker-tips.schemas.ts';

/** The secrecy provision for tips to the OSH authority: the informant's identity (44/2006 10 § 2 mom.). */
const SECRECY_BASIS: Partial<Record<AuthorityCode, string>> = { osh: '44/2006 10 § 2 mom.' };

/** Records that came from the worker app's form. */
const fromWorkerApp = and(eq(records.kind, 'tip'), sql`${records.source}->>'channel' = 'worker_app'`);

const disclosedTo = (authority: string): SQL =>
  sql`EXISTS (SELECT 1 FROM ${recordDisclosures} d WHERE d.record_id = ${records.id}
      AND d.to_authority = ${authority} AND d.revoked_at IS NULL)`;

function retentionDate(days: number, from = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Stores an anonymous tip; returns the reference code, which is shown once and never stored. */
export async function receiveTip(ctx: AppContext, body: TTipBody, requestId: string) {
  const { authority, retentionDays } = ctx.config.workerTips;
  const referenceCode = newReferenceCode();
  const contact = body.contact?.trim() || undefined;
  const source = {
    channel: 'worker_app',
    anonymous: contact === undefined,
    language: body.language,
    ...(body.sector ? { sector: body.sector } : {}),
    ...(body.municipality?.trim() ? { municipality: body.municipality.trim() } : {}),
    ...(contact ? { contact } : {}),
  };
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(records)
      .values({
        kind: 'tip',
        ownerAuthority: authority,
        classification: 'restricted',
        secrecyBasis: SECRECY_BASIS[authority] ?? null,
        categories: ['public_tips'],
        containsPersonalData: true,
        title: `Worker app tip (${[body.language, body.sector].filter(Boolean).join(', ')})`,
        body: body.message.trim(),
        source,
        referenceCodeHash: hashReferenceCode(normaliseReferenceCode(referenceCode)!),
        retentionUntil: retentionDate(retentionDays),
      })
      .returning({ id: records.id });
    await writeAudit(tx, {
      action: 'worker_tip.received',
      authorityCode: authority,
      targetType: 'record',
      targetId: row!.id,
      details: { channel: 'worker_app', language: body.language, sector: body.sector ?? null },
      requestId,
    });
  });
  return { referenceCode };
}

/** The replies to the tip with this code; an unknown code gets the same answer as "no reply yet". */
export async function repliesFor(ctx: AppContext, typed: string, requestId: string) {
  const code = normaliseReferenceCode(typed);
  if (!code) return { replies: [] };
  return ctx.db.transaction(async (tx) => {
    const [tip] = await tx
      .select({ id: records.id, owner: records.ownerAuthority })
      .from(records)
      .where(and(fromWorkerApp, eq(records.referenceCodeHash, hashReferenceCode(code))));
    if (!tip) return { replies: [] };
    const replies = await tx
      .select({ body: tipReplies.body, createdAt: tipReplies.createdAt })
      .from(tipReplies)
      .where(eq(tipReplies.recordId, tip.id))
      .orderBy(asc(tipReplies.createdAt));
    await writeAudit(tx, {
      action: 'worker_tip.replies_read',
      authorityCode: tip.owner,
      targetType: 'record',
      targetId: tip.id,
      details: { by: 'reference_code', replies: replies.length },
      requestId,
    });
    return { replies: replies.map((r) => ({ body: r.body, createdAt: r.createdAt.toISOString() })) };
  });
}

type TipRow = typeof records.$inferSelect;

function sourceOf(row: TipRow) {
  const s = row.source as { language?: string; sector?: string; municipality?: string; contact?: string };
  return {
    language: s.language ?? null,
    sector: s.sector ?? null,
    municipality: s.municipality ?? null,
    contact: s.contact ?? null,
  };
}

/** Tips this actor may read, newest first: the owner authority's caseworkers (or a disclosure's recipients). */
export async function listTips(ctx: AppContext, actor: Actor, limit: number, requestId: string) {
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        record: records,
        replies: sql<number>`(SELECT count(*)::int FROM ${tipReplies} r WHERE r.record_id = ${records.id})`,
      })
      .from(records)
      .where(
        and(
          fromWorkerApp,
          visibleScope(actor, {
            ownerAuthority: records.ownerAuthority,
            classification: records.classification,
            disclosedTo,
          }),
        ),
      )
      .orderBy(desc(records.createdAt))
      .limit(limit);
    if (rows.length > 0) {
      await writeAudit(tx, {
        action: 'worker_tip.list',
        actor,
        targetType: 'record',
        details: { count: rows.length, ids: rows.map((r) => r.record.id) },
        requestId,
      });
    }
    return rows.map(({ record, replies }) => {
      const s = sourceOf(record);
      return {
        id: record.id,
        createdAt: record.createdAt.toISOString(),
        ownerAuthority: record.ownerAuthority,
        language: s.language,
        sector: s.sector,
        municipality: s.municipality,
        anonymous: s.contact === null,
        excerpt: record.body.length > 160 ? `${record.body.slice(0, 159)}…` : record.body,
        replies: Number(replies),
      };
    });
  });
}

/** Loads a tip and decides; a refused tip answers exactly like a missing one. */
async function loadForActor(tx: Db, actor: Actor, id: string, action: 'read' | 'update', requestId: string) {
  const [record] = await tx
    .select()
    .from(records)
    .where(and(fromWorkerApp, eq(records.id, id)));
  if (!record) throw notFound('Tip');
  const disclosed = await tx
    .select({ to: recordDisclosures.toAuthority })
    .from(recordDisclosures)
    .where(and(eq(recordDisclosures.recordId, id), sql`${recordDisclosures.revokedAt} IS NULL`));
  const policyRecord = {
    ownerAuthority: record.ownerAuthority as AuthorityCode,
    classification: record.classification,
    disclosedTo: disclosed.map((d) => d.to as AuthorityCode),
  };
  if (!decide(actor, 'read', policyRecord).allowed) {
    await writeAudit(tx, {
      action: 'worker_tip.read',
      outcome: 'denied',
      actor,
      targetType: 'record',
      targetId: id,
      requestId,
    });
    return null;
  }
  if (action === 'update' && !decide(actor, 'update', policyRecord).allowed) {
    throw forbidden('Only the authority that owns the tip replies to it');
  }
  return record;
}

export async function getTip(ctx: AppContext, actor: Actor, id: string, requestId: string) {
  const result = await ctx.db.transaction(async (tx) => {
    const record = await loadForActor(tx, actor, id, 'read', requestId);
    if (!record) return null;
    const replies = await tx
      .select({
        id: tipReplies.id,
        body: tipReplies.body,
        createdAt: tipReplies.createdAt,
        by: users.username,
      })
      .from(tipReplies)
      .leftJoin(users, eq(users.id, tipReplies.createdBy))
      .where(eq(tipReplies.recordId, id))
      .orderBy(asc(tipReplies.createdAt));
    await writeAudit(tx, { action: 'worker_tip.read', actor, targetType: 'record', targetId: id, requestId });
    return {
      id: record.id,
      createdAt: record.createdAt.toISOString(),
      ownerAuthority: record.ownerAuthority,
      classification: record.classification,
      secrecyBasis: record.secrecyBasis,
      retentionUntil: record.retentionUntil,
      ...sourceOf(record),
      body: record.body,
      replies: replies.map((r) => ({
        id: r.id,
        body: r.body,
        createdAt: r.createdAt.toISOString(),
        createdBy: r.by ?? null,
      })),
    };
  });
  // Thrown outside the transaction so that the "denied" audit row is kept.
  if (!result) throw notFound('Tip');
  return result;
}

export async function replyToTip(ctx: AppContext, actor: Actor, id: string, body: string, requestId: string) {
  const result = await ctx.db.transaction(async (tx) => {
    const record = await loadForActor(tx, actor, id, 'update', requestId);
    if (!record) return null;
    const [reply] = await tx
      .insert(tipReplies)
      .values({ recordId: id, body: body.trim(), createdBy: actor.userId })
      .returning();
    await tx.update(records).set({ updatedAt: new Date() }).where(eq(records.id, id));
    await writeAudit(tx, {
      action: 'worker_tip.replied',
      actor,
      targetType: 'record',
      targetId: id,
      details: { replyId: reply!.id },
      requestId,
    });
    return {
      id: reply!.id,
      body: reply!.body,
      createdAt: reply!.createdAt.toISOString(),
      createdBy: actor.username,
    };
  });
  if (!result) throw notFound('Tip');
  return result;
}
