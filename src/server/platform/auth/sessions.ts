/**
 * Server-side sessions. The cookie holds a random token; the database holds only its SHA-256, the
 * user, a CSRF token, and the idle and absolute expiry. A new token is issued at every login.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, or } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Db } from '../db/client.ts';
import type { Actor } from '../policy/actor.ts';
import { sessions, users } from './auth.tables.ts';

export interface SessionTimeouts {
  idleMs: number;
  absoluteMs: number;
}

export interface LoadedSession {
  idHash: string;
  csrfToken: string;
  actor: Actor;
  mfaPassed: boolean;
}

const TOUCH_INTERVAL_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export async function createSession(
  db: Db,
  userId: string,
  timeouts: SessionTimeouts,
  mfaPassed: boolean,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const now = new Date();
  await db.insert(sessions).values({
    idHash: hashToken(token),
    userId,
    csrfToken,
    mfaPassed,
    createdAt: now,
    lastSeenAt: now,
    absoluteExpiresAt: new Date(now.getTime() + timeouts.absoluteMs),
  });
  return { token, csrfToken };
}

/** Loads a live session and refreshes its idle timer; expired or disabled ones are deleted. */
export async function loadSession(
  db: Db,
  token: string,
  timeouts: SessionTimeouts,
  now = new Date(),
): Promise<LoadedSession | null> {
  const idHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  if (!row) return null;
  const { session, user } = row;
  const idleExpired = session.lastSeenAt.getTime() + timeouts.idleMs <= now.getTime();
  if (idleExpired || session.absoluteExpiresAt <= now || user.disabledAt) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  return {
    idHash,
    csrfToken: session.csrfToken,
    mfaPassed: session.mfaPassed,
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      authority: user.authorityCode as AuthorityCode,
      unitId: user.unitId,
      roles: user.roles,
    },
  };
}

export async function destroySession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Housekeeping: removes sessions past their absolute expiry or idle for longer than the idle timeout. */
export async function purgeExpiredSessions(
  db: Db,
  timeouts: SessionTimeouts,
  now = new Date(),
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.absoluteExpiresAt, now),
        and(lt(sessions.lastSeenAt, new Date(now.getTime() - timeouts.idleMs))),
      ),
    );
}
