/**
 * Read views of the stored competence map over the real app on both databases: the whole map, rules
 * and a rule's history, an authority's page and a record's proactive obligations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { seedCompetenceMap } from './competence.seed.ts';

describe.each(DB_KINDS)('competence read views on %s', (kind) => {
  let t: TestApp;
  let osh: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedCompetenceMap(t.ctx.db);
    osh = await t.signIn('osh.inspector');
  });
  afterAll(() => t.close());

  it('needs a signed-in user', async () => {
    const res = await t.request({ method: 'GET', url: '/api/competence/config' });
    expect(res.statusCode).toBe(401);
  });

  it('serves the whole map with its revision', async () => {
    const res = await t.request({ method: 'GET', url: '/api/competence/config' }, osh);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-competence-revision']).toBe('1');
    const config = res.json();
    expect(config.authorities).toHaveLength(13);
    expect(config.rules.length).toBeGreaterThan(100);
    expect(config.rules.every((r: { version: number }) => r.version === 1)).toBe(true);
  });

  it("lists a record's proactive obligations, duties first", async () => {
    const res = await t.request(
      {
        method: 'GET',
        url: '/api/competence/obligations?from=osh&categories=osh_inspection_findings&at=2026-02-01',
      },
      osh,
    );
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items[0]).toMatchObject({ to: 'police', mode: 'duty_to_notify' });
  });

  it('filters rules and shows one rule with its history', async () => {
    const list = await t.request({ method: 'GET', url: '/api/competence/rules?from=osh&to=police' }, osh);
    expect(list.statusCode).toBe(200);
    const items = list.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((r: { from: string; to: string }) => r.from === 'osh' && r.to === 'police')).toBe(
      true,
    );
    const proposed = await t.request({ method: 'GET', url: '/api/competence/rules?status=proposed' }, osh);
    expect(proposed.json().items.every((r: { status: string }) => r.status === 'proposed')).toBe(true);

    const one = await t.request({ method: 'GET', url: '/api/competence/rules/osh-police-duty-50' }, osh);
    expect(one.statusCode).toBe(200);
    expect(one.json().rule.id).toBe('osh-police-duty-50');
    expect(one.json().history).toEqual([
      expect.objectContaining({
        version: 1,
        isCurrent: true,
        changedByName: 'Silta (shipped configuration)',
      }),
    ]);
    const missing = await t.request({ method: 'GET', url: '/api/competence/rules/no-such-rule' }, osh);
    expect(missing.statusCode).toBe(404);
  });

  it("shows an authority's page: competences, categories, rules from and to it by mode", async () => {
    const res = await t.request({ method: 'GET', url: '/api/competence/authorities/osh' }, osh);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.authority.code).toBe('osh');
    expect(page.competences.length).toBeGreaterThan(0);
    expect(page.categories.map((c: { code: string }) => c.code)).toContain('osh_inspection_findings');
    expect(page.rulesFrom.duty_to_notify.map((r: { id: string }) => r.id)).toContain('osh-police-duty-50');
    expect(page.rulesTo.on_request.length + page.rulesTo.own_initiative.length).toBeGreaterThan(0);
    const nbi = await t.request({ method: 'GET', url: '/api/competence/authorities/nbi' }, osh);
    expect(nbi.json().sharesRulesWith).toBe('police');
    const missing = await t.request({ method: 'GET', url: '/api/competence/authorities/atlantis' }, osh);
    expect(missing.statusCode).toBe(404);
  });
});
