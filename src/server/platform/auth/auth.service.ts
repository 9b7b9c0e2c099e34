/** Sign-in and sign-out, with throttling and an audit row for every attempt. */
import { eq, sql } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { authorities, units } from '../../modules/authorities/authorities.table.ts';
import { writeAudit } from '../audit/audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policy/actor.ts';
import type { TMe } from './auth.schemas.ts';
import { users } from './auth.tables.ts';
import { burnPasswordCheck, verifyPassword } from './password.ts';
import { createSession, destroySession, type SessionTimeouts } from './sessions.ts';
import { accountKey, addressKey, clearFailures, isLocked, recordFailure, THROTTLE } from './throttle.ts';

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  requestId: string;
}

/** The same answer for a wrong username and a wrong password. */
const invalidCredentials = () => new AppError('invalid_credentials', 'Wrong username or password');

export async function login(
  db: Db,
  input: LoginInput,
  timeouts: SessionTimeouts,
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const keys = { account: accountKey(input.username), address: addressKey(input.ip) };
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${input.username})`);
  const auditBase = {
    action: 'auth.login',
    actorUsername: user ? user.username : null,
    authorityCode: user?.authorityCode ?? null,
    targetType: 'user',
    targetId: user?.id ?? null,
    requestId: input.requestId,
  };

  if (await isLocked(db, [keys.account, keys.address])) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        ...auditBase,
        outcome: 'denied',
        details: { reason: 'throttled', knownUser: !!user },
      }),
    );
    throw new AppError('too_many_requests', 'Too many failed sign-in attempts. Try again in 15 minutes.');
  }

  const ok = user && !user.disabledAt ? await verifyPassword(user.passwordHash, input.password) : false;
  if (!user || !ok) {
    if (!user) await burnPasswordCheck(input.password);
    await db.transaction(async (tx) => {
      await recordFailure(tx, keys.account, THROTTLE.maxAccountFailures);
      await recordFailure(tx, keys.address, THROTTLE.maxAddressFailures);
      await writeAudit(tx, { ...auditBase, outcome: 'failure', details: { knownUser: !!user } });
    });
    throw invalidCredentials();
  }

  return db.transaction(async (tx) => {
    await clearFailures(tx, keys.account);
    const session = await createSession(tx, user.id, timeouts, !user.totpEnabled);
    await writeAudit(tx, { ...auditBase, outcome: 'success', details: { mfaPending: user.totpEnabled } });
    return { ...session, userId: user.id };
  });
}

export async function logout(db: Db, actor: Actor, sessionIdHash: string, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await destroySession(tx, sessionIdHash);
    await writeAudit(tx, {
      action: 'auth.logout',
      actor,
      targetType: 'user',
      targetId: actor.userId,
      requestId,
    });
  });
}

/** The signed-in user's profile, as the web app needs it. */
export async function getMe(db: Db, userId: string, csrfToken: string): Promise<TMe> {
  const [row] = await db
    .select({ user: users, authority: authorities, unit: units })
    .from(users)
    .innerJoin(authorities, eq(authorities.code, users.authorityCode))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId));
  if (!row) throw new AppError('unauthenticated', 'Sign in first');
  return {
    id: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    authority: {
      code: row.authority.code as AuthorityCode,
      name: row.authority.name,
      shortName: row.authority.shortName,
    },
    unit: row.unit ? { id: row.unit.id, name: row.unit.name } : null,
    roles: row.user.roles,
    locale: row.user.locale as TMe['locale'],
    csrfToken,
  };
}

export async function setLocale(db: Db, actor: Actor, locale: 'fi' | 'sv' | 'en', requestId: string) {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    await writeAudit(tx, {
      action: 'user.preferences.update',
      actor,
      targetType: 'user',
      targetId: actor.userId,
      details: { locale },
      requestId,
    });
  });
}
