/**
 * Login throttling per account and per client address, kept in the database so that it holds across
 * server nodes. Keys are hashes: neither usernames nor addresses are stored in clear here.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loginThrottle } from './auth.tables.ts';

export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxAccountFailures: 5,
  maxAddressFailures: 30,
} as const;

const key = (kind: 'account' | 'address', value: string) =>
  `${kind}:${createHash('sha256').update(`silta-throttle:${value.toLowerCase()}`).digest('hex')}`;

export const accountKey = (username: string) => key('account', username);
export const addressKey = (ip: string) => key('address', ip);

/** True if any of the keys is locked now. */
export async function isLocked(db: Db, keys: string[], now = new Date()): Promise<boolean> {
  for (const k of keys) {
    const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, k));
    if (row?.lockedUntil && row.lockedUntil > now) return true;
  }
  return false;
}

/** Counts a failure; locks the key once its limit is reached within the window. */
export async function recordFailure(db: Db, k: string, limit: number, now = new Date()): Promise<void> {
  const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  const windowStart = ts(new Date(now.getTime() - THROTTLE.windowMs));
  const lockUntil = ts(new Date(now.getTime() + THROTTLE.lockMs));
  const nowTs = ts(now);
  await db
    .insert(loginThrottle)
    .values({ key: k, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN ${nowTs} ELSE ${loginThrottle.windowStartedAt} END`,
        lockedUntil: sql`CASE WHEN ${loginThrottle.windowStartedAt} >= ${windowStart} AND ${loginThrottle.failures} + 1 >= ${limit} THEN ${lockUntil} ELSE ${loginThrottle.lockedUntil} END`,
      },
    });
}

export async function clearFailures(db: Db, k: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, k));
}
