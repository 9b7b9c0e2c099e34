/**
 * Seeding: the base data every installation needs (authorities), and — in demo mode only — demo
 * units, accounts and synthetic register data. Idempotent: safe to run at every start.
 */
import { count, sql } from 'drizzle-orm';
import { AUTHORITY_SEED } from '../modules/authorities/authorities.seed.ts';
import { authorities, units } from '../modules/authorities/authorities.table.ts';
import { writeAudit } from '../platform/audit/audit.ts';
import { users } from '../platform/auth/auth.tables.ts';
import { hashPassword } from '../platform/auth/password.ts';
import type { Db } from '../platform/db/client.ts';
import { DEMO_ACCOUNTS, DEMO_UNITS } from './demo-accounts.ts';

/** Inserts authorities that are missing; never overwrites edits made at run time. */
export async function seedBase(db: Db): Promise<void> {
  await db
    .insert(authorities)
    .values(AUTHORITY_SEED.map((a) => ({ ...a })))
    .onConflictDoNothing();
}

/** Creates demo units and accounts unless they exist. Returns how many accounts were created. */
export async function seedDemoAccounts(db: Db, password: string): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return 0;
  // A salt of its own for every account, even in demo mode.
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(password)));
  await db.transaction(async (tx) => {
    await tx
      .insert(units)
      .values(DEMO_UNITS.map((u) => ({ id: u.id, authorityCode: u.authority, name: u.name })))
      .onConflictDoNothing();
    const unitId = new Map(DEMO_UNITS.map((u) => [u.key, u.id]));
    await tx.insert(users).values(
      DEMO_ACCOUNTS.map((a, i) => ({
        username: a.username,
        displayName: a.displayName,
        authorityCode: a.authority,
        unitId: unitId.get(a.unit) ?? null,
        roles: a.roles,
        passwordHash: hashes[i]!,
        isDemo: true,
      })),
    );
    await writeAudit(tx, {
      action: 'seed.demo_accounts',
      details: { accounts: DEMO_ACCOUNTS.length },
    });
  });
  return DEMO_ACCOUNTS.length;
}

/** True when the database has never been seeded with demo data. */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = (await db.execute(sql`SELECT 1 FROM users LIMIT 1`)) as unknown as { rows: unknown[] };
  return rows.rows.length === 0;
}
