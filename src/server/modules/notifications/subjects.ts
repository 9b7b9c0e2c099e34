/**
 * What each kind of event subject means for delivery: records follow the record decision (owner,
 * classification, disclosures in effect — loaded now, so a revocation stops delivery at once);
 * competence-map changes reach everyone signed in; personal notices reach one user.
 */
import { type SubjectAccess, type SubjectResolver, subjectKey } from '../../platform/events/bus.ts';
import { loadRecordPolicies } from '../register/records.policy.ts';

export const resolveSubjects: SubjectResolver = async (db, rows) => {
  const access = new Map<string, SubjectAccess>();
  const recordIds = rows.filter((r) => r.subjectType === 'record').map((r) => r.subjectId);
  const policies = await loadRecordPolicies(db, recordIds);
  for (const row of rows) {
    const key = subjectKey(row.subjectType, row.subjectId);
    if (row.subjectType === 'record') {
      const policy = policies.get(row.subjectId);
      if (policy) access.set(key, { kind: 'record', policy });
    } else if (row.subjectType === 'competence') {
      access.set(key, { kind: 'signed_in' });
    } else if (row.subjectType === 'user') {
      access.set(key, { kind: 'user', userId: row.subjectId });
    }
  }
  return access;
};
