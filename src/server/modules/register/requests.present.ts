/** Presenting a disclosure request: the target's name only when the viewer may see the target. */
import { eq } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { companies, persons, worksites } from './register.tables.ts';
import type { disclosureRequests } from './requests.table.ts';
import { targetPolicy } from './targets.policy.ts';

type RequestRow = typeof disclosureRequests.$inferSelect;

async function targetName(db: Db, actor: Actor, row: RequestRow): Promise<string | null> {
  const t = row.targetType;
  const table = t === 'company' ? companies : t === 'worksite' ? worksites : persons;
  const [target] = await db.select().from(table).where(eq(table.id, row.targetId));
  if (!target || !decide(actor, 'read', targetPolicy(target)).allowed) return null;
  return 'name' in target ? target.name : `${target.givenName} ${target.familyName}`;
}

export async function presentRequest(db: Db, actor: Actor, row: RequestRow) {
  const [by] = row.requestedBy
    ? await db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(eq(users.id, row.requestedBy))
    : [];
  return {
    id: row.id,
    target: { type: row.targetType, id: row.targetId, name: await targetName(db, actor, row) },
    fromAuthority: row.fromAuthority,
    requestedBy: by ?? null,
    toAuthority: row.toAuthority,
    purpose: row.purpose,
    categories: row.categories,
    message: row.message,
    status: row.status,
    reason: row.reason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    grantedRecordIds: row.grantedRecordIds,
    createdAt: row.createdAt.toISOString(),
  };
}
