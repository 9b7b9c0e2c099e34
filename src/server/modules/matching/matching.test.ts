import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { formatBusinessId } from '../demo-data/business-id.ts';
import { recordTargets } from '../register/record-targets.table.ts';
import { records } from '../register/records.table.ts';
import { companies, persons, worksites } from '../register/register.tables.ts';
import { drainAll } from './name-index.ts';

let serial = 4_200_000;
function businessId(): string {
  for (;;) {
    const id = formatBusinessId(serial++);
    if (id) return id;
  }
}

describe.each(DB_KINDS)('entity matching, merge and split on %s', (kind) => {
  let t: TestApp;
  let tax: SignedIn;
  let police: SignedIn;
  const ids: Record<string, string> = {};
  const bids: Record<string, string> = {};

  const company = async (key: string, name: string, extra: Partial<typeof companies.$inferInsert> = {}) => {
    bids[key] = businessId();
    const [row] = await t.ctx.db
      .insert(companies)
      .values({ businessId: bids[key]!, name, ownerAuthority: 'tax', classification: 'public', ...extra })
      .returning({ id: companies.id });
    ids[key] = row!.id;
  };

  const match = async (as: SignedIn, body: object) => {
    const res = await t.request({ method: 'POST', url: '/api/targets/match', payload: body }, as);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().candidates as {
      id: string;
      name: string;
      score: number;
      confidence: string;
      components: Record<string, unknown>;
    }[];
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    [tax, police] = await Promise.all([t.signIn('tax.officer'), t.signIn('police.officer')]);
    await company('kavilan', 'Kavilan Rakennus Oy', {
      streetAddress: 'Teollisuuskatu 12',
      postalCode: '00510',
      municipality: 'Helsinki',
    });
    await company('kavila_siivous', 'Kavila Siivous Oy');
    await company('kamila', 'Kamila Rakennus Oy');
    await company('ivanov', 'Tmi Sergei Ivanov');
    await company('mäkinen', 'Mäkinen & Laine Ky');
    await company('dup', 'Kavilan Rakennuspalvelu Ab', { auxiliaryNames: ['Kavilan Remontti'] });
    for (let i = 0; i < 30; i++) await company(`filler${i}`, `Filler${i} Rakennus Oy`);
    const [p1] = await t.ctx.db
      .insert(persons)
      .values({
        givenName: 'Olena',
        familyName: 'Shevchenko',
        ownerAuthority: 'police',
        classification: 'restricted',
      })
      .returning({ id: persons.id });
    ids.olena = p1!.id;
    const [w] = await t.ctx.db
      .insert(worksites)
      .values({
        name: 'Kavilan työmaa',
        companyId: ids.kavilan,
        streetAddress: 'Marjatie 3 B',
        postalCode: '00510',
        municipality: 'Helsinki',
        ownerAuthority: 'osh',
        classification: 'public',
      })
      .returning({ id: worksites.id });
    ids.site = w!.id;
  });
  afterAll(() => t.close());

  it('indexes every write through the queue the triggers fill', async () => {
    const [before] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM match_queue`,
    );
    expect(before!.n).toBeGreaterThan(30);
    await drainAll(t.ctx.db);
    const [after] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM match_queue`);
    expect(after!.n).toBe(0);
    const [terms] = await queryRows<{ df: number }>(
      t.ctx.db,
      sql`SELECT df FROM match_terms WHERE entity = 1 AND token = 'kavilan'`,
    );
    expect(terms!.df).toBe(2);
  });

  it('ranks variants of a name first and explains the score', async () => {
    for (const name of [
      'Kavilan Rak. Ab',
      'KAVILAN RAKENNUS',
      'Rakennus Kavilan Oy',
      'Kavilam Rakennus Oy',
    ]) {
      const found = await match(tax, { type: 'company', name });
      expect(found[0]?.id, name).toBe(ids.kavilan);
      expect(found[0]!.components).toHaveProperty('name');
      expect(found[0]!.components).toHaveProperty('legalForm');
    }
    const exact = await match(tax, { type: 'company', name: 'Kavilan Rakennus Oy' });
    expect(exact[0]).toMatchObject({ id: ids.kavilan, confidence: 'high' });
    // One letter away is another firm as often as it is a typo: offered, never linked by itself.
    const typo = await match(tax, { type: 'company', name: 'Kavilam Rakennus Oy' });
    expect(typo[0]!.confidence).toBe('possible');
  });

  it('takes an equal business ID as certain and a different one as evidence against', async () => {
    const found = await match(tax, { type: 'company', name: 'Something Else Oy', businessId: bids.kavilan });
    expect(found[0]).toMatchObject({ id: ids.kavilan, confidence: 'certain', score: 1 });
    const other = await match(tax, { type: 'company', name: 'Kavilan Rakennus Oy', businessId: bids.kamila });
    const kavilan = other.find((c) => c.id === ids.kavilan);
    expect(kavilan?.components.businessId).toBe('different');
    expect(kavilan!.confidence).toBe('possible');
  });

  it('matches Cyrillic spellings, missing diacritics and connectors', async () => {
    expect((await match(tax, { type: 'company', name: 'ИП Сергей Иванов' }))[0]?.id).toBe(ids.ivanov);
    expect((await match(tax, { type: 'company', name: 'Sergey Ivanow' }))[0]?.id).toBe(ids.ivanov);
    expect((await match(tax, { type: 'company', name: 'Makinen ja Laine Kb' }))[0]?.id).toBe(ids.mäkinen);
  });

  it('uses the address as a signal', async () => {
    const withAddress = await match(tax, {
      type: 'company',
      name: 'Kavilam Rakennus',
      address: 'Teollisuusk. 12, 00510 Helsinki',
    });
    expect(withAddress[0]).toMatchObject({ id: ids.kavilan, confidence: 'high' });
    expect(withAddress[0]!.components.address).toBeGreaterThan(0);
    const sites = await match(tax, { type: 'worksite', address: 'MARJATIE 3b', municipality: 'Helsinki' });
    expect(sites[0]?.id).toBe(ids.site);
  });

  it('offers persons only to those who may see them', async () => {
    const asPolice = await match(police, { type: 'person', name: 'Олена Шевченко' });
    expect(asPolice[0]?.id).toBe(ids.olena);
    expect(await match(tax, { type: 'person', name: 'Olena Shevchenko' })).toEqual([]);
  });

  it('merges a duplicate (links move, names stay findable, audited) and splits it back', async () => {
    const [rec] = await t.ctx.db
      .insert(records)
      .values({
        kind: 'observation',
        ownerAuthority: 'osh',
        classification: 'restricted',
        secrecyBasis: 'test',
        categories: ['osh_inspection_findings'],
        title: 'Observation',
        body: 'About the duplicate',
        retentionUntil: '2030-01-01',
      })
      .returning({ id: records.id });
    await t.ctx.db
      .insert(recordTargets)
      .values({ recordId: rec!.id, targetType: 'company', targetId: ids.dup! });

    const refused = await t.request(
      {
        method: 'POST',
        url: `/api/targets/companies/${ids.kavilan}/merge`,
        payload: { duplicateIds: [ids.dup] },
      },
      police,
    );
    expect(refused.statusCode).toBe(403);

    // A police officer follows the surviving company: she is told of the merge.
    const followed = await t.request(
      { method: 'POST', url: '/api/watches', payload: { subjectType: 'target', subjectId: ids.kavilan } },
      police,
    );
    expect(followed.statusCode, followed.body).toBeLessThan(300);
    const res = await t.request(
      {
        method: 'POST',
        url: `/api/targets/companies/${ids.kavilan}/merge`,
        payload: { duplicateIds: [ids.dup], reason: 'same firm, registered twice' },
      },
      tax,
    );
    expect(res.statusCode, res.body).toBe(200);
    const merge = res.json().merges[0];
    expect(merge.moved.records).toBe(1);
    expect(merge.namesAdded.former).toContain('Kavilan Rakennuspalvelu Ab');

    const [link] = await queryRows<{ target_id: string }>(
      t.ctx.db,
      sql`SELECT target_id FROM record_targets WHERE record_id = ${rec!.id}`,
    );
    expect(link!.target_id).toBe(ids.kavilan);
    const found = await match(tax, { type: 'company', name: 'Kavilan Rakennuspalvelu' });
    expect(found.map((c) => c.id)).not.toContain(ids.dup);
    expect(found[0]).toMatchObject({ id: ids.kavilan, components: { nameSource: 'former' } });
    const audit = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'company.merge' AND target_id = ${ids.kavilan}`,
    );
    expect(audit[0]!.n).toBe(1);
    const events = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM events WHERE type = 'target.merged' AND subject_id = ${ids.kavilan}`,
    );
    expect(events[0]!.n).toBe(1);
    const told = (await t.request({ method: 'GET', url: '/api/notifications' }, police)).json() as {
      items: { type: string; subjectType: string; subjectId: string; data: Record<string, unknown> }[];
    };
    expect(told.items.filter((n) => n.type === 'target.merged')).toEqual([
      expect.objectContaining({
        subjectType: 'target',
        subjectId: ids.kavilan,
        data: expect.objectContaining({ targetType: 'company' }),
      }),
    ]);
    const again = await t.request(
      {
        method: 'POST',
        url: `/api/targets/companies/${ids.kavilan}/merge`,
        payload: { duplicateIds: [ids.dup] },
      },
      tax,
    );
    expect(again.statusCode).toBe(409);

    const split = await t.request(
      { method: 'POST', url: `/api/targets/companies/${ids.kavilan}/split`, payload: { mergeId: merge.id } },
      tax,
    );
    expect(split.statusCode, split.body).toBe(200);
    expect(split.json().splitAt).not.toBeNull();
    const [back] = await queryRows<{ target_id: string }>(
      t.ctx.db,
      sql`SELECT target_id FROM record_targets WHERE record_id = ${rec!.id}`,
    );
    expect(back!.target_id).toBe(ids.dup);
    const [survivor] = await queryRows<{ former_names: string[] }>(
      t.ctx.db,
      sql`SELECT former_names FROM companies WHERE id = ${ids.kavilan}`,
    );
    expect(survivor!.former_names).toEqual([]);
    expect((await match(tax, { type: 'company', name: 'Kavilan Rakennuspalvelu Ab' }))[0]?.id).toBe(ids.dup);
    const history = await t.request({ method: 'GET', url: `/api/targets/companies/${ids.dup}/merges` }, tax);
    expect(history.json().items).toHaveLength(1);
    const splitAgain = await t.request(
      { method: 'POST', url: `/api/targets/companies/${ids.kavilan}/split`, payload: { mergeId: merge.id } },
      tax,
    );
    expect(splitAgain.statusCode).toBe(409);
  });
});
