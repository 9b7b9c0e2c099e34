import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { nextBusinessId } from './register.testing.ts';

describe.each(DB_KINDS)('targets on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let osh: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, osh] = await Promise.all([t.signIn('police.officer'), t.signIn('osh.inspector')]);
  });
  afterAll(() => t.close());

  const post = async (as: SignedIn, url: string, payload: object, status = 201) => {
    const res = await t.request({ method: 'POST', url, payload }, as);
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const company = (as: SignedIn, extra: object = {}) =>
    post(as, '/api/targets/companies', {
      businessId: nextBusinessId(),
      name: `Test Oy ${nextBusinessId()}`,
      ...extra,
    });

  it('validates the business ID check digit and names the field', async () => {
    const res = await t.request(
      {
        method: 'POST',
        url: '/api/targets/companies',
        payload: { businessId: '0112038-8', name: 'Wrong Oy' },
      },
      police,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().details.issues[0].field).toBe('body.businessId');
    const ok = await company(police, { businessId: '0112038-9', name: 'Right Oy', tolCode: '41200' });
    expect(ok).toMatchObject({
      type: 'company',
      businessId: '0112038-9',
      classification: 'public',
      canEdit: true,
    });
    const again = await t.request(
      {
        method: 'POST',
        url: '/api/targets/companies',
        payload: { businessId: '0112038-9', name: 'Again Oy' },
      },
      osh,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().details.existingId).toBe(ok.id);
  });

  it('lets only the owner authority change a target; others see it (public) but get 403', async () => {
    const c = await company(police);
    const patched = await t.request(
      { method: 'PATCH', url: `/api/targets/companies/${c.id}`, payload: { status: 'bankrupt' } },
      police,
    );
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().status).toBe('bankrupt');
    const other = await t.request(
      { method: 'PATCH', url: `/api/targets/companies/${c.id}`, payload: { status: 'active' } },
      osh,
    );
    expect(other.statusCode).toBe(403);
    const seen = await t.request({ method: 'GET', url: `/api/targets/companies/${c.id}` }, osh);
    expect(seen.json().canEdit).toBe(false);
  });

  it('keeps restricted targets to their owner (404 like a missing one) and audits reads of minors', async () => {
    const person = await post(police, '/api/targets/persons', {
      givenName: 'Minh',
      familyName: 'Nguyen',
      under18: true,
      roles: ['possible_victim', 'worker'],
    });
    expect(person).toMatchObject({
      classification: 'restricted',
      under18: true,
      roles: ['possible_victim', 'worker'],
    });
    const publicMinor = await t.request(
      {
        method: 'POST',
        url: '/api/targets/persons',
        payload: { givenName: 'A', familyName: 'B', under18: true, classification: 'public' },
      },
      police,
    );
    expect(publicMinor.statusCode).toBe(400);
    expect(publicMinor.json().details.issues[0].field).toBe('body.classification');
    const toPublic = await t.request(
      { method: 'PATCH', url: `/api/targets/persons/${person.id}`, payload: { classification: 'public' } },
      police,
    );
    expect(toPublic.statusCode).toBe(400);

    const refused = await t.request({ method: 'GET', url: `/api/targets/persons/${person.id}` }, osh);
    const missing = await t.request(
      { method: 'GET', url: '/api/targets/persons/00000000-0000-4000-8000-00000000ffff' },
      osh,
    );
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toEqual(missing.json());
    expect(
      (await t.request({ method: 'GET', url: `/api/targets/persons/${person.id}` }, police)).statusCode,
    ).toBe(200);
    const reads = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'target.read' AND target_id = ${person.id}`,
    );
    expect(reads[0]!.n).toBe(1);
  });

  it('links subcontractors at any depth and rejects a cycle with 400', async () => {
    const [a, b, c, d] = [
      await company(police),
      await company(police),
      await company(police),
      await company(police),
    ];
    const link = (main: string, sub: string) =>
      t.request(
        {
          method: 'POST',
          url: '/api/targets/subcontracts',
          payload: { mainCompanyId: main, subCompanyId: sub },
        },
        police,
      );
    expect((await link(a.id, b.id)).statusCode).toBe(201);
    expect((await link(b.id, c.id)).statusCode).toBe(201);
    expect((await link(c.id, d.id)).statusCode).toBe(201);
    const cycle = await link(d.id, a.id);
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().details.cycle).toEqual([d.id, a.id, b.id, c.id, d.id]);
    expect((await link(a.id, a.id)).statusCode).toBe(400);

    const card = await t.request({ method: 'GET', url: `/api/targets/companies/${c.id}/card` }, osh);
    expect(card.statusCode, card.body).toBe(200);
    const chain = card.json().chain;
    expect(chain.edges).toHaveLength(3);
    expect(
      Object.fromEntries(chain.nodes.map((n: { id: string; depth: number }) => [n.id, n.depth])),
    ).toEqual({
      [a.id]: -2,
      [b.id]: -1,
      [c.id]: 0,
      [d.id]: 1,
    });
    const del = await t.request(
      { method: 'DELETE', url: `/api/targets/subcontracts/${c.id}/${d.id}` },
      police,
    );
    expect(del.statusCode).toBe(204);
    expect((await link(d.id, a.id)).statusCode).toBe(201);
  });

  it('shows a worksite and person links on the card, leaving out what the user may not see', async () => {
    const c = await company(police);
    const site = await post(police, '/api/targets/worksites', {
      name: 'Site A',
      companyId: c.id,
      municipality: 'Vantaa',
      lat: 60.3,
      lon: 24.9,
      siteType: 'construction_site',
    });
    const person = await post(police, '/api/targets/persons', {
      givenName: 'Ivan',
      familyName: 'Petrov',
      roles: ['worker'],
    });
    await post(police, '/api/targets/employments', {
      personId: person.id,
      companyId: c.id,
      role: 'employee',
    });
    const own = (
      await t.request({ method: 'GET', url: `/api/targets/companies/${c.id}/card` }, police)
    ).json();
    expect(own.links.worksites.map((w: { id: string }) => w.id)).toEqual([site.id]);
    expect(own.links.people).toHaveLength(1);
    const other = (
      await t.request({ method: 'GET', url: `/api/targets/companies/${c.id}/card` }, osh)
    ).json();
    expect(other.links.people).toHaveLength(0);
    const siteCard = (
      await t.request({ method: 'GET', url: `/api/targets/worksites/${site.id}/card` }, osh)
    ).json();
    expect(siteCard.links.company.id).toBe(c.id);
    const personCard = await t.request(
      { method: 'GET', url: `/api/targets/person/${person.id}/card` },
      police,
    );
    expect(personCard.json().links.companies[0]).toMatchObject({ role: 'employee', company: { id: c.id } });
    expect(
      (await t.request({ method: 'GET', url: `/api/targets/person/${person.id}/card` }, osh)).statusCode,
    ).toBe(404);
  });

  it('lists with keyset paging', async () => {
    const prefix = `Paging ${Date.now()}`;
    for (let i = 0; i < 5; i++) await company(police, { name: `${prefix} ${i}`, municipality: 'Paging' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/targets/companies?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.request({ method: 'GET', url }, police);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const bad = await t.request({ method: 'GET', url: '/api/targets/companies?cursor=nonsense' }, police);
    expect(bad.statusCode).toBe(400);
  });
});
