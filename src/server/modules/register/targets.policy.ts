/**
 * What the decision function needs about targets. Targets are owned and classified like records but
 * are never disclosed one by one: a target is visible when it is public or owned by the actor's
 * authority (decide() with no disclosures). What others hold about it shows as hits, not as access.
 */
import { eq, inArray } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide, type PolicyRecord, type RecordAction } from '../../platform/policy/decide.ts';
import type { TargetType } from './record-targets.table.ts';
import { type Classification, companies, persons, worksites } from './register.tables.ts';

export const TARGET_TABLES = { company: companies, worksite: worksites, person: persons } as const;
export const TARGET_TYPES: readonly TargetType[] = ['company', 'worksite', 'person'];

export const targetPolicy = (row: {
  ownerAuthority: string;
  classification: Classification;
}): PolicyRecord => ({
  ownerAuthority: row.ownerAuthority as AuthorityCode,
  classification: row.classification,
  disclosedTo: [],
});

/** Policies of many targets of one type, in one query. */
export async function loadTargetPolicies(
  db: Db,
  type: TargetType,
  ids: readonly string[],
): Promise<Map<string, PolicyRecord>> {
  const out = new Map<string, PolicyRecord>();
  const unique = [...new Set(ids)];
  if (!unique.length) return out;
  const table = TARGET_TABLES[type];
  const rows = await db
    .select({ id: table.id, ownerAuthority: table.ownerAuthority, classification: table.classification })
    .from(table)
    .where(inArray(table.id, unique));
  for (const row of rows) out.set(row.id, targetPolicy(row));
  return out;
}

/** Which type a target id belongs to, and its policy; null when there is no such target. */
export async function findTarget(
  db: Db,
  id: string,
  type?: TargetType,
): Promise<{ type: TargetType; policy: PolicyRecord } | null> {
  for (const t of type ? [type] : TARGET_TYPES) {
    const table = TARGET_TABLES[t];
    const [row] = await db
      .select({ ownerAuthority: table.ownerAuthority, classification: table.classification })
      .from(table)
      .where(eq(table.id, id));
    if (row) return { type: t, policy: targetPolicy(row) };
  }
  return null;
}

/** Throws the uniform 404 unless the actor may `action` the target; returns its policy. */
export async function requireTarget(
  db: Db,
  actor: Actor,
  type: TargetType,
  id: string,
  action: RecordAction = 'read',
): Promise<PolicyRecord> {
  const found = await findTarget(db, id, type);
  if (!found || !decide(actor, 'read', found.policy).allowed) throw notFound('Target');
  if (action !== 'read' && !decide(actor, action, found.policy).allowed) {
    throw forbidden('Only the owner authority may change this target');
  }
  return found.policy;
}

/** A record may only be about targets that exist and that the author may see. */
export async function assertTargetsVisible(
  db: Db,
  actor: Actor,
  targets: readonly { type: TargetType; id: string }[],
): Promise<void> {
  for (const type of ['company', 'worksite', 'person'] as const) {
    const ids = targets.filter((t) => t.type === type).map((t) => t.id);
    const policies = await loadTargetPolicies(db, type, ids);
    const unknown = ids.filter((id) => {
      const p = policies.get(id);
      return !p || !decide(actor, 'read', p).allowed;
    });
    if (unknown.length) {
      throw new AppError('validation_failed', `body.targets: no such ${type}: ${unknown.join(', ')}`, {
        issues: [{ field: 'body.targets', message: `no such ${type}: ${unknown.join(', ')}` }],
      });
    }
  }
}
