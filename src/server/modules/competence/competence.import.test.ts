/**
 * Export and import of the whole map on both databases: a round trip writes nothing, a broken
 * document is refused with every problem listed, and a real change versions only what changed and
 * retires rules left out.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { readRevision } from './competence.repository.ts';
import { seedCompetenceMap } from './competence.seed.ts';
import { competenceItems } from './competence.tables.ts';

describe.each(DB_KINDS)('competence export and import on %s', (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  const rowCount = async () =>
    (await t.ctx.db.select({ k: competenceItems.kind }).from(competenceItems)).length;
  const exportMap = async () => {
    const res = await t.request({ method: 'GET', url: '/api/competence/export' }, admin);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const importMap = (payload: unknown) =>
    t.request(
      { method: 'POST', url: '/api/competence/import', payload: payload as Record<string, unknown> },
      admin,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedCompetenceMap(t.ctx.db);
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('export → import changes nothing', async () => {
    const rows = await rowCount();
    const res = await importMap(await exportMap());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      changed: false,
      revision: 1,
      counts: { created: 0, updated: 0, retired: 0, deleted: 0 },
    });
    expect(res.json().counts.unchanged).toBe(rows);
    expect(await rowCount()).toBe(rows);
  });

  it('refuses a broken document with all its problems and writes nothing', async () => {
    const rows = await rowCount();
    const config = await exportMap();
    config.rules[0].categories = ['no_such_category'];
    config.rules[1].from = 'atlantis';
    delete config.rules[2].legalBasis;
    config.authorities[0].sources = ['not a url'];
    const res = await importMap(config);
    expect(res.statusCode).toBe(400);
    const { code, details } = res.json();
    expect(code).toBe('validation_failed');
    const paths = details.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'rules[0].categories[0]',
        'rules[1].from',
        'rules[2].legalBasis',
        'authorities[0].sources[0]',
      ]),
    );
    expect(await rowCount()).toBe(rows);
    expect((await readRevision(t.ctx.db))?.revision).toBe(1);
  });

  it('versions only what changed and retires the rules left out, in one audited change', async () => {
    const config = await exportMap();
    const [first, second, ...rest] = config.rules;
    const changed = { ...first, conditions: [{ fi: 'Uusi.', sv: 'Ny.', en: 'New.' }] };
    const res = await importMap({ ...config, rules: [changed, ...rest] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      changed: true,
      revision: 2,
      counts: { updated: 1, retired: 1, created: 0, deleted: 0 },
    });
    expect(body.changes).toEqual(
      expect.arrayContaining([
        { kind: 'rule', itemId: first.id, action: 'update', fromVersion: 1, toVersion: 2 },
        { kind: 'rule', itemId: second.id, action: 'retire', fromVersion: 1, toVersion: 2 },
      ]),
    );
    const after = await exportMap();
    const retired = after.rules.find((r: { id: string }) => r.id === second.id);
    expect(retired.validTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(retired.version).toBe(2);
    const audit = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'competence.import'));
    expect(audit).toHaveLength(1);
    // Importing the same document again is a no-op: the retired rule is kept, not retired twice.
    const again = await importMap(after);
    expect(again.json()).toMatchObject({ changed: false, revision: 2 });
  });

  it('accepts documents up to 5 MB and refuses bigger ones with 413', async () => {
    const config = await exportMap();
    const big = await importMap({ ...config, padding: 'x'.repeat(2_000_000) });
    expect(big.statusCode).toBe(400);
    expect(big.json().details.problems[0].message).toContain('padding');
    const huge = await importMap({ ...config, padding: 'x'.repeat(6_000_000) });
    expect(huge.statusCode).toBe(413);
  });
});
