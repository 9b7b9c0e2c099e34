/** Creating the first platform admin in production, where no demo accounts exist. */
import { sql } from 'drizzle-orm';
import { isAuthorityCode } from '../contracts/authorities.ts';
import { writeAudit } from '../server/platform/audit/audit.ts';
import { users } from '../server/platform/auth/auth.tables.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../server/platform/auth/password.ts';
import type { Db } from '../server/platform/db/client.ts';

export interface CreateAdminInput {
  username: string;
  authority: string;
  displayName: string;
  password: string;
}

export async function createPlatformAdmin(
  db: Db,
  input: CreateAdminInput,
): Promise<{ id: string; username: string }> {
  if (!/^[a-z0-9._-]{3,64}$/i.test(input.username)) {
    throw new Error('username: 3–64 characters of letters, digits, dot, dash or underscore');
  }
  if (!isAuthorityCode(input.authority)) throw new Error(`authority: unknown code "${input.authority}"`);
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`password: at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.username}) = lower(${input.username})`);
    if (taken) throw new Error(`username: "${input.username}" is already taken`);
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        authorityCode: input.authority,
        roles: ['platform_admin'],
        passwordHash,
      })
      .returning({ id: users.id, username: users.username });
    await writeAudit(tx, {
      action: 'user.create',
      actorUsername: 'cli',
      authorityCode: input.authority,
      targetType: 'user',
      targetId: user!.id,
      details: { roles: ['platform_admin'], via: 'cli' },
    });
    return user!;
  });
}
