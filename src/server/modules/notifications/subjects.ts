/**
 * What each kind of event subject means for delivery: records follow the record decision (owner,
 * classification, disclosures in effect — loaded now, so a revocation stops delivery at once);
 * targets follow the target decision (public, or the owner authority's caseworkers); a disclosure
 * request reaches the caseworkers of its two authorities, the holder and the requester; competence-map
 * changes reach everyone signed in; personal notices reach one user; an operation reaches its members
 * (operations.access.ts, membership loaded now, so a declined authority stops receiving at once); a
 * supervision initiative follows the record rule over its disclosures in effect (initiatives.access.ts);
 * the annual clock reaches every caseworker; a saved-search match reaches its owner while they may see it.
 */
import { inArray } from 'drizzle-orm';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import { type SubjectAccess, type SubjectResolver, subjectKey } from '../../platform/events/bus.ts';
import { loadInitiativePolicies } from '../operations/initiatives.access.ts';
import { operationParticipants, operations } from '../operations/operations.tables.ts';
import { loadRecordPolicies } from '../register/records.policy.ts';
import { requestPolicy } from '../register/requests.policy.ts';
import { disclosureRequests } from '../register/requests.table.ts';
import { loadTargetPolicies, TARGET_TYPES } from '../register/targets.policy.ts';
import { resolveSavedSearchMatches } from './saved-searches.subjects.ts';

export const resolveSubjects: SubjectResolver = async (db, rows) => {
  const access = new Map<string, SubjectAccess>();
  const idsOf = (type: string) => [
    ...new Set(rows.filter((r) => r.subjectType === type).map((r) => r.subjectId)),
  ];
  const recordIds = idsOf('record');
  const targetIds = idsOf('target');
  const requestIds = idsOf('disclosure_request');
  const operationIds = idsOf('operation');
  const [policies, targetPolicies, requests, operationRows, seats, initiativePolicies] = await Promise.all([
    loadRecordPolicies(db, recordIds),
    targetIds.length
      ? Promise.all(TARGET_TYPES.map((type) => loadTargetPolicies(db, type, targetIds)))
      : Promise.resolve([]),
    requestIds.length
      ? db
          .select({
            id: disclosureRequests.id,
            toAuthority: disclosureRequests.toAuthority,
            fromAuthority: disclosureRequests.fromAuthority,
          })
          .from(disclosureRequests)
          .where(inArray(disclosureRequests.id, requestIds))
      : Promise.resolve([]),
    operationIds.length
      ? db
          .select({ id: operations.id, leadAuthority: operations.leadAuthority })
          .from(operations)
          .where(inArray(operations.id, operationIds))
      : Promise.resolve([]),
    operationIds.length
      ? db
          .select({
            operationId: operationParticipants.operationId,
            authority: operationParticipants.authority,
            status: operationParticipants.status,
          })
          .from(operationParticipants)
          .where(inArray(operationParticipants.operationId, operationIds))
      : Promise.resolve([]),
    loadInitiativePolicies(db, idsOf('initiative')),
  ]);
  const targetPolicy = new Map(targetPolicies.flatMap((m) => [...m]));
  const requestById = new Map(requests.map((r) => [r.id, r]));
  for (const row of rows) {
    const key = subjectKey(row.subjectType, row.subjectId);
    if (row.subjectType === 'record') {
      const policy = policies.get(row.subjectId);
      if (policy) access.set(key, { kind: 'record', policy });
    } else if (row.subjectType === 'target') {
      const policy = targetPolicy.get(row.subjectId);
      if (policy) access.set(key, { kind: 'record', policy });
    } else if (row.subjectType === 'disclosure_request') {
      const request = requestById.get(row.subjectId);
      if (request) access.set(key, { kind: 'record', policy: requestPolicy(request) });
    } else if (row.subjectType === 'operation') {
      const operation = operationRows.find((o) => o.id === row.subjectId);
      if (operation)
        access.set(key, {
          kind: 'operation',
          leadAuthority: operation.leadAuthority,
          participants: seats.filter((p) => p.operationId === row.subjectId),
        });
    } else if (row.subjectType === 'initiative') {
      const policy = initiativePolicies.get(row.subjectId);
      if (policy) access.set(key, { kind: 'record', policy });
    } else if (row.subjectType === 'clock') {
      access.set(key, { kind: 'roles', roles: [...CASEWORK_ROLES] });
    } else if (row.subjectType === 'competence') {
      access.set(key, { kind: 'signed_in' });
    } else if (row.subjectType === 'user') {
      access.set(key, { kind: 'user', userId: row.subjectId });
    }
  }
  // Saved-search matches: the owner only, and only while they may still see what matched.
  const savedMatches = await resolveSavedSearchMatches(db, idsOf('saved_search_match'));
  for (const [id, a] of savedMatches) access.set(subjectKey('saved_search_match', id), a);
  return access;
};
