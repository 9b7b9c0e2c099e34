import { and, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORITY_CODES, type AuthorityCode } from '../../../contracts/authorities.ts';
import { ROLES } from '../../../contracts/roles.ts';
import { type Classification, companies } from '../../modules/register/register.tables.ts';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../../testing/test-db.ts';
import type { Actor } from './actor.ts';
import { decide } from './decide.ts';
import { visibleScope } from './scope.ts';

/** The SQL scope must answer exactly as `decide(actor, 'read', …)` for every actor and record. */
describe.each(DB_KINDS)('visibleScope equals decide() on %s', (kind) => {
  let t: TestDatabase;
  const owners: AuthorityCode[] = ['police', 'osh', 'tax'];
  const classes: Classification[] = ['public', 'restricted', 'secret'];
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    let n = 0;
    for (const owner of owners) {
      for (const classification of classes) {
        const [row] = await t.ctx.db
          .insert(companies)
          .values({
            businessId: `scope-${n++}`,
            name: `Scope ${owner} ${classification}`,
            ownerAuthority: owner,
            classification,
          })
          .returning({ id: companies.id });
        ids.push(row!.id);
      }
    }
  });
  afterAll(() => t.close());

  it('agrees for every authority × role × owner × classification', async () => {
    const rows = await t.ctx.db.select().from(companies).where(inArray(companies.id, ids));
    for (const authority of AUTHORITY_CODES) {
      for (const role of ROLES) {
        const actor: Actor = {
          userId: 'u',
          username: 'u',
          displayName: 'u',
          authority,
          unitId: null,
          roles: [role],
        };
        const visible = await t.ctx.db
          .select({ id: companies.id })
          .from(companies)
          .where(and(inArray(companies.id, ids), visibleScope(actor, companies)));
        const fromSql = new Set(visible.map((v) => v.id));
        for (const row of rows) {
          const expected = decide(actor, 'read', {
            ownerAuthority: row.ownerAuthority as AuthorityCode,
            classification: row.classification,
            disclosedTo: [],
          }).allowed;
          expect(fromSql.has(row.id), `${authority}/${role} on ${row.name}`).toBe(expected);
        }
      }
    }
  });
});
