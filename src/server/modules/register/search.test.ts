import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { nextBusinessId } from './register.testing.ts';

describe.each(DB_KINDS)('search and hits on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let tax: SignedIn;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, tax] = await Promise.all([t.signIn('police.officer'), t.signIn('tax.officer')]);
    const post = async (url: string, payload: object, as = police) => {
      const res = await t.request({ method: 'POST', url, payload }, as);
      if (res.statusCode !== 201) throw new Error(res.body);
      return res.json() as { id: string };
    };
    ids.bid = nextBusinessId();
    ids.rakennus = (
      await post('/api/targets/companies', {
        businessId: ids.bid,
        name: 'Rakennuspalvelu Kivinen Oy',
        municipality: 'Vantaa',
        tolCode: '41200',
      })
    ).id;
    ids.siivous = (
      await post('/api/targets/companies', {
        businessId: nextBusinessId(),
        name: 'Siivous Kivinen Ky',
        municipality: 'Espoo',
        tolCode: '81210',
      })
    ).id;
    for (let i = 0; i < 30; i++) {
      await post('/api/targets/companies', {
        businessId: nextBusinessId(),
        name: `Kivilä Logistiikka ${i} Oy`,
        tolCode: '49410',
      });
    }
    ids.person = (
      await post('/api/targets/persons', {
        givenName: 'Olga',
        familyName: 'Ivanova',
        roles: ['possible_victim'],
      })
    ).id;
    const tip = (title: string, targets: object[], extra: object = {}) =>
      post('/api/records', {
        kind: 'tip',
        title,
        body: 'Workers are not paid.',
        classification: 'restricted',
        secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
        categories: ['police_information'],
        targets,
        ...extra,
      });
    ids.r1 = (await tip('Unpaid wages at Kivinen', [{ type: 'company', id: ids.rakennus }])).id;
    ids.r2 = (await tip('Second tip on Kivinen', [{ type: 'company', id: ids.rakennus }])).id;
    ids.secret = (
      await tip('Covert line on Kivinen', [{ type: 'company', id: ids.rakennus }], {
        classification: 'secret',
      })
    ).id;
    ids.r3 = (await tip('About Olga', [{ type: 'person', id: ids.person }])).id;
  });
  afterAll(() => t.close());

  const search = async (as: SignedIn, qs: string) => {
    const res = await t.request({ method: 'GET', url: `/api/search?${qs}` }, as);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('finds companies fuzzily and by exact business ID', async () => {
    const fuzzy = await search(tax, 'q=rakennuspalvelu%20kivinnen&type=company');
    expect(fuzzy.items[0]).toMatchObject({ kind: 'target', id: ids.rakennus, records: 0 });
    const exact = await search(tax, `q=${ids.bid}`);
    expect(exact.items.map((i: { id: string }) => i.id)).toEqual([ids.rakennus]);
    const own = await search(police, `q=${ids.bid}`);
    expect(own.items[0].records).toBe(3);
    expect(own.hits).toEqual([]);
  });

  it('shows hits with only holder, count and categories — never content — and skips secret records', async () => {
    const res = await search(tax, 'q=Rakennuspalvelu%20Kivinen');
    const hits = res.hits.filter((h: { targetId: string }) => h.targetId === ids.rakennus);
    expect(hits).toEqual([
      {
        targetType: 'company',
        targetId: ids.rakennus,
        authority: 'police',
        count: 2,
        categories: ['police_information'],
      },
    ]);
    const text = JSON.stringify(res);
    for (const hidden of [ids.r1, ids.r2, ids.secret, 'Unpaid wages', 'Workers are not paid']) {
      expect(text).not.toContain(hidden);
    }
    const audit = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'search.hits' AND authority_code = 'tax'`,
    );
    expect(audit[0]!.n).toBeGreaterThan(0);
  });

  it('counts a secret record as a hit once its owner opts in', async () => {
    const opt = await t.request(
      { method: 'PUT', url: `/api/records/${ids.secret}/hit-opt-in`, payload: { optIn: true } },
      police,
    );
    expect(opt.statusCode, opt.body).toBe(200);
    const notOwner = await t.request(
      { method: 'PUT', url: `/api/records/${ids.secret}/hit-opt-in`, payload: { optIn: true } },
      tax,
    );
    expect(notOwner.statusCode).toBe(404);
    const res = await search(tax, `q=${ids.bid}`);
    expect(res.hits[0].count).toBe(3);
    await t.request(
      { method: 'PUT', url: `/api/records/${ids.secret}/hit-opt-in`, payload: { optIn: false } },
      police,
    );
    expect((await search(tax, `q=${ids.bid}`)).hits[0].count).toBe(2);
  });

  it('gives no hits for filters alone, and hits on a hidden person only for the exact full name', async () => {
    const filtered = await search(tax, 'type=company&industry=41');
    expect(filtered.hits).toEqual([]);
    expect(filtered.items.map((i: { id: string }) => i.id)).toContain(ids.rakennus);
    const partial = await search(tax, 'q=Olga');
    expect(partial.items).toEqual([]);
    expect(partial.hits).toEqual([]);
    const exact = await search(tax, 'q=ivanova%20olga');
    expect(exact.items).toEqual([]);
    expect(exact.hits).toEqual([
      {
        targetType: 'person',
        targetId: ids.person,
        authority: 'police',
        count: 1,
        categories: ['police_information'],
      },
    ]);
    const own = await search(police, 'q=Olga&type=person');
    expect(own.items[0]).toMatchObject({ id: ids.person, type: 'person', records: 1 });
  });

  it('filters by municipality, industry, category, owner and dates', async () => {
    expect(
      (await search(tax, 'q=kivinen&municipality=espoo')).items.map((i: { id: string }) => i.id),
    ).toEqual([ids.siivous]);
    expect(
      (await search(police, 'type=company&category=police_information')).items.map(
        (i: { id: string }) => i.id,
      ),
    ).toEqual([ids.rakennus]);
    expect((await search(tax, 'type=company&category=police_information')).items).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const recs = await search(police, `type=record&owner=police&from=${today}&to=${today}`);
    expect(recs.items.length).toBe(4);
    expect((await search(police, 'type=record&from=2001-01-01&to=2001-12-31')).items).toEqual([]);
    const bad = await t.request({ method: 'GET', url: '/api/search?from=2020-02-01&to=2020-01-01' }, police);
    expect(bad.statusCode).toBe(400);
  });

  it('searches records by title or by the target they are about', async () => {
    const byTarget = await search(police, `type=record&q=${ids.bid}`);
    expect(byTarget.items.map((i: { record: { id: string } }) => i.record.id).sort()).toEqual(
      [ids.r1, ids.r2, ids.secret].sort(),
    );
    const byTitle = await search(police, 'type=record&q=unpaid%20wages');
    expect(byTitle.items[0].record.id).toBe(ids.r1);
    const other = await search(tax, `type=record&q=${ids.bid}`);
    expect(other.items).toEqual([]);
    expect(other.hits.map((h: { authority: string; count: number }) => [h.authority, h.count])).toEqual([
      ['police', 2],
    ]);
  });

  it('pages by keyset without repeats or gaps, with and without q', async () => {
    for (const qs of ['q=kivila%20logistiikka&type=company', 'type=company&industry=49410']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const body: { items: { id: string }[]; nextCursor: string | null } = await search(
          tax,
          `${qs}&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...body.items.map((i) => i.id));
        cursor = body.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(30);
    }
  });

  it('is for caseworkers only', async () => {
    const admin = await t.signIn('admin');
    expect((await t.request({ method: 'GET', url: '/api/search?q=kivinen' }, admin)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/search?q=kivinen' })).statusCode).toBe(401);
  });
});
