/**
 * Keeping a record's proactive proposals in line with the competence map: the obligations for its
 * owner and categories (the map's own-initiative and duty-to-notify rules, via the competence
 * service), stored one row per (record, recipient, rule). Used by record create and update; no
 * dependency on the records service, so both can call it.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { findObligations } from '../competence/competence.views.ts';
import type { Obligation } from '../competence/index.ts';
import { legalBasisOf } from './legal-basis.ts';
import { recordProposals } from './proposals.table.ts';

type ProposalRow = typeof recordProposals.$inferSelect;

export function presentProposal(row: ProposalRow) {
  return {
    id: row.id,
    recordId: row.recordId,
    to: row.toAuthority,
    mode: row.mode,
    rule: { id: row.ruleId, version: row.ruleVersion },
    categories: row.categories,
    purposes: row.purposes,
    legalBasis: row.legalBasis,
    conditions: row.conditions,
    requires: row.requires,
    prompt: row.prompt,
    status: row.status,
    reason: row.reason,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
export type Proposal = ReturnType<typeof presentProposal>;

/**
 * The obligations for a record of `categories` held by `owner` — and the check that every category
 * is a code of the map (an unknown one is a 400 naming `categories`).
 */
export const obligationsFor = (db: Db, owner: string, categories: string[]): Promise<Obligation[]> =>
  findObligations(db, owner, categories);

/**
 * Brings a record's proposals in line with `obligations` inside `tx`: adds the new ones, marks open
 * ones that no longer apply obsolete, leaves answered ones alone. Returns all of the record's proposals.
 */
export async function syncProposals(
  tx: Db,
  recordId: string,
  obligations: Obligation[],
): Promise<Proposal[]> {
  if (obligations.length) {
    await tx
      .insert(recordProposals)
      .values(
        obligations.map((o) => ({
          recordId,
          toAuthority: o.to,
          mode: o.mode,
          ruleId: o.rule.id,
          ruleVersion: o.rule.version,
          categories: o.categories,
          purposes: o.purposes,
          legalBasis: legalBasisOf(o.legalBasis),
          conditions: o.conditions,
          requires: o.requires,
          prompt: o.prompt,
        })),
      )
      .onConflictDoUpdate({
        target: [recordProposals.recordId, recordProposals.toAuthority, recordProposals.ruleId],
        set: { status: 'open' },
        // Only an obsolete proposal comes back; answered ones keep their answer.
        setWhere: eq(recordProposals.status, 'obsolete'),
      });
  }
  const keep = obligations.map((o) => `${o.to}|${o.rule.id}`);
  const open = await tx
    .select()
    .from(recordProposals)
    .where(and(eq(recordProposals.recordId, recordId), eq(recordProposals.status, 'open')));
  const stale = open.filter((p) => !keep.includes(`${p.toAuthority}|${p.ruleId}`)).map((p) => p.id);
  if (stale.length) {
    await tx.update(recordProposals).set({ status: 'obsolete' }).where(inArray(recordProposals.id, stale));
  }
  return proposalsOf(tx, recordId);
}

export async function proposalsOf(db: Db, recordId: string): Promise<Proposal[]> {
  const rows = await db
    .select()
    .from(recordProposals)
    .where(eq(recordProposals.recordId, recordId))
    .orderBy(asc(recordProposals.createdAt), asc(recordProposals.toAuthority));
  // Duties first, as the engine lists them.
  return rows
    .sort((a, b) => (a.mode === b.mode ? 0 : a.mode === 'duty_to_notify' ? -1 : 1))
    .map(presentProposal);
}
