/**
 * Proactive prompts. When a record is created or its categories change, the competence map's
 * own-initiative and duty-to-notify rules for the owner authority and those categories become
 * proposals to the author: accepted → a disclosure through the engine with initiative 'own';
 * declined → kept with the reason. Proposals that no longer apply after a re-categorisation become
 * 'obsolete' (kept, not deleted). Only the owner authority's caseworkers see or answer them.
 */
import { and, eq } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import type { TAcceptProposal } from './proposals.schemas.ts';
import { type Proposal, presentProposal, proposalsOf } from './proposals.sync.ts';
import { recordProposals } from './proposals.table.ts';
import { loadRecordPolicies } from './records.policy.ts';
import { discloseRecords } from './records.service.ts';

type ProposalRow = typeof recordProposals.$inferSelect;

/** The record's proposals, for its owner authority only (anyone else: the 404 of a missing record). */
export async function listProposals(db: Db, actor: Actor, recordId: string): Promise<Proposal[]> {
  const policy = (await loadRecordPolicies(db, [recordId])).get(recordId);
  if (!policy || !decide(actor, 'disclose', policy).allowed) throw notFound();
  return proposalsOf(db, recordId);
}

async function loadOpen(db: Db, actor: Actor, id: string): Promise<ProposalRow> {
  const [row] = await db.select().from(recordProposals).where(eq(recordProposals.id, id));
  const policy = row ? (await loadRecordPolicies(db, [row.recordId])).get(row.recordId) : undefined;
  if (!row || !policy || !decide(actor, 'disclose', policy).allowed) throw notFound('Proposal');
  if (row.status !== 'open') throw conflict(`The proposal is already ${row.status}`);
  return row;
}

async function close(tx: Db, id: string, set: Partial<ProposalRow>): Promise<ProposalRow> {
  const [row] = await tx
    .update(recordProposals)
    .set(set)
    .where(and(eq(recordProposals.id, id), eq(recordProposals.status, 'open')))
    .returning();
  if (!row) throw conflict('The proposal was answered meanwhile');
  return row;
}

/** One click: discloses the record to the proposed recipient through the engine (initiative 'own'). */
export async function acceptProposal(
  db: Db,
  actor: Actor,
  id: string,
  body: TAcceptProposal,
  requestId: string,
) {
  const proposal = await loadOpen(db, actor, id);
  const purpose = body.purpose ?? (proposal.purposes.length === 1 ? proposal.purposes[0] : undefined);
  if (!purpose) {
    throw badRequest('body.purpose: choose the purpose of the disclosure', {
      issues: [
        { field: 'body.purpose', message: `one of: ${proposal.purposes.join(', ') || 'any purpose code'}` },
      ],
    });
  }
  let accepted: ProposalRow | undefined;
  const result = await discloseRecords(
    db,
    actor,
    {
      recordIds: [proposal.recordId],
      to: [proposal.toAuthority as AuthorityCode],
      purpose,
      initiative: 'own',
      confirmed: body.confirmed,
    },
    requestId,
    async (tx) => {
      accepted = await close(tx, id, { status: 'accepted', decidedBy: actor.userId, decidedAt: new Date() });
      await writeAudit(tx, {
        action: 'record.proposal.accept',
        actor,
        targetType: 'record',
        targetId: proposal.recordId,
        purpose,
        legalBasis: proposal.legalBasis,
        requestId,
        details: {
          proposalId: id,
          to: proposal.toAuthority,
          rule: { id: proposal.ruleId, version: proposal.ruleVersion },
        },
      });
    },
  );
  return { proposal: presentProposal(accepted!), disclosures: result.disclosures };
}

/** Declines a proposal; the reason is kept (also for a duty to notify — the official answers for it). */
export async function declineProposal(db: Db, actor: Actor, id: string, reason: string, requestId: string) {
  const proposal = await loadOpen(db, actor, id);
  return db.transaction(async (tx) => {
    const declined = await close(tx, id, {
      status: 'declined',
      reason,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    await writeAudit(tx, {
      action: 'record.proposal.decline',
      actor,
      targetType: 'record',
      targetId: proposal.recordId,
      requestId,
      details: { proposalId: id, to: proposal.toAuthority, mode: proposal.mode, reason },
    });
    return presentProposal(declined);
  });
}
