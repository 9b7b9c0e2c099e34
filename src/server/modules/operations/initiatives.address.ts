/**
 * Addressing a supervision initiative to other authorities through the competence engine
 * (`decideDisclosureNow`, one decision per recipient, stored with its legal basis and rule versions).
 * A recipient never learns the other recipients.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, forbidden } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decideDisclosureNow } from '../competence/competence.service.ts';
import { legalBasisOf } from '../register/legal-basis.ts';
import { loadInitiative } from './initiatives.access.ts';
import { announceInitiative } from './initiatives.events.ts';
import type { TAddressInitiative } from './initiatives.schemas.ts';
import { initiativeDisclosures, initiatives } from './initiatives.tables.ts';

/**
 * Addresses the initiative to other authorities: the competence engine decides each recipient for the
 * initiative's data categories and the given purpose; only the allowed ones are stored (and audited
 * with their legal basis and rule versions). An authority it is already addressed to is decided again
 * and left as it is.
 */
export async function addressInitiative(
  db: Db,
  actor: Actor,
  id: string,
  input: TAddressInitiative,
  requestId: string,
) {
  const access = await loadInitiative(db, actor, id);
  if (!access.owner) throw forbidden('Only the owner authority addresses its initiative');
  const { initiative } = access;
  if (initiative.status === 'withdrawn') throw conflict('The initiative is withdrawn');
  if (!initiative.categories.length)
    throw badRequest('The initiative names no data categories to decide on', {
      problems: [{ path: 'categories', message: 'add the data categories the initiative carries' }],
    });
  const recipients = [...new Set(input.authorities)].filter((a) => a !== initiative.ownerAuthority);
  if (!recipients.length)
    throw badRequest('Choose at least one other authority', { problems: [{ path: 'authorities' }] });
  const decisions: { to: AuthorityCode; decision: Awaited<ReturnType<typeof decideDisclosureNow>> }[] = [];
  for (const to of recipients) {
    const decision = await decideDisclosureNow(db, {
      from: initiative.ownerAuthority as AuthorityCode,
      to,
      categories: initiative.categories,
      purpose: input.purpose,
      initiative: 'own',
    });
    decisions.push({ to, decision });
  }
  await db.transaction(async (tx) => {
    const existing = await tx
      .select({ to: initiativeDisclosures.toAuthority })
      .from(initiativeDisclosures)
      .where(and(eq(initiativeDisclosures.initiativeId, id), isNull(initiativeDisclosures.revokedAt)));
    const already = new Set(existing.map((e) => e.to));
    let added = 0;
    for (const { to, decision } of decisions) {
      const legalBasis = legalBasisOf(decision.legalBases);
      await writeAudit(tx, {
        action: 'initiative.address',
        outcome: decision.allowed ? 'success' : 'denied',
        actor,
        targetType: 'initiative',
        targetId: id,
        requestId,
        purpose: input.purpose,
        legalBasis: legalBasis || null,
        details: {
          to,
          categories: initiative.categories,
          mode: decision.mode,
          ruleVersions: decision.ruleVersions,
          alreadyAddressed: already.has(to),
        },
      });
      if (!decision.allowed || already.has(to)) continue;
      await tx.insert(initiativeDisclosures).values({
        initiativeId: id,
        toAuthority: to,
        purpose: input.purpose,
        legalBasis,
        ruleVersions: decision.ruleVersions,
        disclosedBy: actor.userId,
      });
      added++;
    }
    if (added) {
      // Declined by every earlier recipient, addressed anew: open again.
      const [row] = await tx
        .update(initiatives)
        .set({ status: initiative.status === 'declined' ? 'open' : initiative.status, updatedAt: new Date() })
        .where(eq(initiatives.id, id))
        .returning();
      await announceInitiative(tx, actor, row!, 'initiative.addressed');
    }
  });
  return {
    results: decisions.map(({ to, decision }) => ({
      authority: to,
      allowed: decision.allowed,
      ...(decision.allowed ? { legalBasis: legalBasisOf(decision.legalBases) } : {}),
      explanation: decision.explanation,
    })),
  };
}
