/**
 * The operation's statistics (feedback phase): counts only — targets visited, findings per area and ILO
 * indicator, victims referred, outcomes, follow-ups and investigations, in total and per authority.
 * No record content: a finding is counted, never shown here.
 */
import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { records } from '../register/records.table.ts';
import { operationRecords, victimReferrals } from './field.tables.ts';
import { followUps, operationInvestigations, targetResults } from './followup.tables.ts';
import { loadOperation } from './operations.access.ts';
import { operationTargets } from './selection.tables.ts';

const bump = (map: Record<string, number>, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};

export async function operationStatistics(db: Db, actor: Actor, operationId: string, requestId: string) {
  return db.transaction(async (tx) => {
    const access = await loadOperation(tx, actor, operationId);
    const targets = await tx
      .select({ id: operationTargets.id, visited: operationTargets.visited })
      .from(operationTargets)
      .where(and(eq(operationTargets.operationId, operationId), eq(operationTargets.decision, 'selected')));
    const findings = await tx
      .select({
        area: operationRecords.findingArea,
        ilo: operationRecords.iloIndicators,
        owner: records.ownerAuthority,
      })
      .from(operationRecords)
      .innerJoin(records, eq(records.id, operationRecords.recordId))
      .where(eq(operationRecords.operationId, operationId));
    const referrals = await tx
      .select({ authority: victimReferrals.authority, persons: victimReferrals.persons })
      .from(victimReferrals)
      .innerJoin(operationTargets, eq(operationTargets.id, victimReferrals.operationTargetId))
      .where(eq(operationTargets.operationId, operationId));
    const results = await tx
      .select({ authority: targetResults.authority, outcome: targetResults.outcome })
      .from(targetResults)
      .innerJoin(operationTargets, eq(operationTargets.id, targetResults.operationTargetId))
      .where(eq(operationTargets.operationId, operationId));
    const tasks = await tx
      .select({
        authority: followUps.authority,
        status: followUps.status,
        overdue: sql<boolean>`${followUps.status} = 'open' AND ${followUps.dueOn} < current_date`,
      })
      .from(followUps)
      .where(eq(followUps.operationId, operationId));
    const investigations = await tx
      .select({
        authority: operationInvestigations.authority,
        crimeTitle: operationInvestigations.crimeTitle,
      })
      .from(operationInvestigations)
      .where(eq(operationInvestigations.operationId, operationId));

    const findingsByArea: Record<string, number> = {};
    const iloIndicators: Record<string, number> = {};
    for (const f of findings) {
      bump(findingsByArea, f.area ?? 'other');
      for (const code of f.ilo) bump(iloIndicators, code);
    }
    const outcomes: Record<string, number> = {};
    for (const r of results) bump(outcomes, r.outcome);
    const investigationsByCrime: Record<string, number> = {};
    for (const i of investigations) bump(investigationsByCrime, i.crimeTitle);

    const authorities = [
      access.operation.leadAuthority,
      ...access.participants
        .filter((p) => p.status === 'accepted' && p.authority !== access.operation.leadAuthority)
        .map((p) => p.authority),
    ];
    const byAuthority = authorities.map((authority) => ({
      authority,
      results: results.filter((r) => r.authority === authority).length,
      findings: findings.filter((f) => f.owner === authority).length,
      victimsReferred: referrals.filter((r) => r.authority === authority).reduce((s, r) => s + r.persons, 0),
      followUpsOpen: tasks.filter((t) => t.authority === authority && t.status === 'open').length,
      investigations: investigations.filter((i) => i.authority === authority).length,
    }));

    await writeAudit(tx, {
      action: 'operation.statistics.read',
      actor,
      targetType: 'operation',
      targetId: operationId,
      requestId,
    });
    return {
      targets: {
        selected: targets.length,
        visited: targets.filter((t) => t.visited === true).length,
        notVisited: targets.filter((t) => t.visited === false).length,
      },
      findingsByArea,
      iloIndicators,
      victimsReferred: referrals.reduce((s, r) => s + r.persons, 0),
      followUps: {
        open: tasks.filter((t) => t.status === 'open').length,
        done: tasks.filter((t) => t.status === 'done').length,
        cancelled: tasks.filter((t) => t.status === 'cancelled').length,
        overdue: tasks.filter((t) => t.overdue).length,
      },
      investigations: investigations.length,
      investigationsByCrime,
      outcomes,
      byAuthority,
    };
  });
}
