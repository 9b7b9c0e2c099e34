import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';

const policeTip = {
  kind: 'tip',
  title: 'Tip: workers sleeping at a construction site',
  body: 'A caller says six workers sleep in containers on the site and have not been paid for two months.',
  classification: 'restricted',
  secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
  categories: ['police_information'],
};

describe.each(DB_KINDS)('records and disclosures on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let osh: SignedIn;
  let tax: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, osh, tax] = await Promise.all([
      t.signIn('police.officer'),
      t.signIn('osh.inspector'),
      t.signIn('tax.officer'),
    ]);
  });
  afterAll(() => t.close());

  const create = async (as: SignedIn, body: object = policeTip) => {
    const res = await t.request({ method: 'POST', url: '/api/records', payload: body }, as);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };

  it('keeps a record to its owner authority; others get the same 404 as for a missing record', async () => {
    const record = await create(police);
    expect((await t.request({ method: 'GET', url: `/api/records/${record.id}` }, police)).statusCode).toBe(
      200,
    );
    const refused = await t.request({ method: 'GET', url: `/api/records/${record.id}` }, osh);
    const missing = await t.request(
      { method: 'GET', url: '/api/records/00000000-0000-4000-8000-00000000ffff' },
      osh,
    );
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toEqual(missing.json());
    const list = await t.request({ method: 'GET', url: '/api/records' }, osh);
    expect(list.json().items.map((r: { id: string }) => r.id)).not.toContain(record.id);
  });

  it('rejects bad input with 400 and writes nothing', async () => {
    const before = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM records`);
    const res = await t.request(
      {
        method: 'POST',
        url: '/api/records',
        payload: { ...policeTip, secrecyBasis: undefined, categories: [] },
      },
      police,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('categories');
    expect(res.json().message).toContain('secrecyBasis');
    const after = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM records`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('discloses only as the law allows, records the legal basis, hides other recipients, and revokes', async () => {
    const record = await create(police);
    const unasked = await t.request(
      {
        method: 'POST',
        url: '/api/disclosures',
        payload: {
          recordIds: [record.id],
          to: ['osh'],
          purpose: 'foreign_labour_supervision',
          initiative: 'own',
        },
      },
      police,
    );
    expect(unasked.statusCode).toBe(403);
    expect(unasked.json().details.refused[0].to).toBe('osh');

    const asked = await t.request(
      {
        method: 'POST',
        url: '/api/disclosures',
        payload: {
          recordIds: [record.id],
          to: ['osh', 'tax'],
          purpose: 'foreign_labour_supervision',
          initiative: 'request',
        },
      },
      police,
    );
    expect(asked.statusCode, asked.body).toBe(201);
    const disclosures = asked.json().disclosures as { id: string; to: string; legalBasis: string }[];
    expect(disclosures.find((d) => d.to === 'osh')?.legalBasis).toContain('616/2019 22 §');

    const seenByOsh = await t.request({ method: 'GET', url: `/api/records/${record.id}` }, osh);
    expect(seenByOsh.statusCode).toBe(200);
    expect(seenByOsh.json().disclosures).toBeUndefined(); // recipients never see who else received it
    expect(
      (await t.request({ method: 'GET', url: `/api/records/${record.id}` }, police)).json().disclosures,
    ).toHaveLength(2);

    const [audit] = await queryRows<{ legal_basis: string; purpose: string }>(
      t.ctx.db,
      sql`SELECT legal_basis, purpose FROM audit_log WHERE action = 'record.disclose' AND target_id = ${record.id} ORDER BY seq LIMIT 1`,
    );
    expect(audit).toMatchObject({ purpose: 'foreign_labour_supervision' });
    expect(audit!.legal_basis).toContain('616/2019');
    const reads = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'record.read' AND target_id = ${record.id} AND authority_code = 'osh'`,
    );
    expect(reads[0]!.n).toBe(1);

    // A recipient may not pass it on.
    const onward = await t.request(
      {
        method: 'POST',
        url: '/api/disclosures',
        payload: { recordIds: [record.id], to: ['migri'], purpose: 'permit_decision', initiative: 'request' },
      },
      osh,
    );
    expect(onward.statusCode).toBe(403);

    const toOsh = disclosures.find((d) => d.to === 'osh')!;
    expect(
      (await t.request({ method: 'POST', url: `/api/disclosures/${toOsh.id}/revoke` }, osh)).statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'POST', url: `/api/disclosures/${toOsh.id}/revoke` }, police)).statusCode,
    ).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/records/${record.id}` }, osh)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/records/${record.id}` }, tax)).statusCode).toBe(200);
  });

  it('discloses a mass of records in one step and one transaction', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++)
      ids.push((await create(police, { ...policeTip, title: `Mass record ${i}` })).id);
    const res = await t.request(
      {
        method: 'POST',
        url: '/api/disclosures',
        payload: { recordIds: ids, to: ['migri'], purpose: 'permit_decision', initiative: 'request' },
      },
      police,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().disclosures).toHaveLength(40);
    const migri = await t.signIn('migri.officer');
    const list = await t.request({ method: 'GET', url: '/api/records?limit=200' }, migri);
    expect(list.json().items.filter((r: { id: string }) => ids.includes(r.id))).toHaveLength(40);
  });
});
