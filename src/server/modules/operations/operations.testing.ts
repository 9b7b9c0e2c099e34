/** Helpers for the operations tests (not used by the server). */
import { eq } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { companies } from '../register/register.tables.ts';
import { nextBusinessId } from '../register/register.testing.ts';
import { operationTargets } from './selection.tables.ts';

/** The signed-in user as an Actor (for calling services the way the routes do). */
export async function actorOf(db: Db, username: string): Promise<Actor> {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`no user ${username}`);
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    authority: u.authorityCode as Actor['authority'],
    unitId: u.unitId,
    roles: u.roles,
  };
}

/**
 * A selected target, standing in for the selection module's joint decision (which has its own tests):
 * these tests are about the operation's life cycle, not about scoring.
 */
export async function selectTarget(db: Db, operationId: string): Promise<string> {
  const [company] = await db
    .insert(companies)
    .values({
      businessId: nextBusinessId(),
      name: 'Marjatila Testi Oy',
      ownerAuthority: 'tax',
      classification: 'public',
    })
    .returning({ id: companies.id });
  const [target] = await db
    .insert(operationTargets)
    .values({
      operationId,
      targetType: 'company',
      targetId: company!.id,
      decision: 'selected',
      rationale: 'test',
    })
    .returning({ id: operationTargets.id });
  return target!.id;
}
