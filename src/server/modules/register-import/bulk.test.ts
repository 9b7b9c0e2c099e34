/**
 * The bulk write path of observation imports (COPY into records and record_targets, write.ts +
 * copy.ts): ownership, classification, categories, links and the one audit row per import are right;
 * text that COPY must escape arrives unchanged; a row the database rejects in the middle of the stream
 * leaves nothing behind and the connection usable; the imported rows are visible only as the policy
 * says (the owner sees them, another authority sees a hit).
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { formatBusinessId } from '../demo-data/business-id.ts';
import { companies } from '../register/register.tables.ts';
import { copyField, copyTextArray } from './copy.ts';
import { importFaults, importTuning } from './write.ts';

let serial = 5_700_000;
function bid(): string {
  for (;;) {
    const id = formatBusinessId(serial++);
    if (id) return id;
  }
}

describe('COPY text format', () => {
  it('escapes backslash, tab and line breaks, drops NUL, writes NULL as \\N', () => {
    expect(copyField('a\\b\tc\nd\re\0f')).toBe('a\\\\b\\tc\\nd\\re' + 'f');
    expect(copyField(null)).toBe('\\N');
    expect(copyTextArray(['x', 'a"b', 'c\\d'])).toBe('{"x","a\\\\"b","c\\\\\\\\d"}');
  });
});

describe.each(DB_KINDS)('bulk observation imports on %s', (kind) => {
  let t: TestApp;
  let osh: SignedIn;
  let tax: SignedIn;
  const company = { a: { bid: '', id: '' }, b: { bid: '', id: '' } };

  beforeAll(async () => {
    t = await createTestApp(kind);
    [osh, tax] = await Promise.all([t.signIn('osh.inspector'), t.signIn('tax.officer')]);
    for (const [key, name] of [
      ['a', 'Bulkkirakennus Oy'],
      ['b', 'Massasiivous Ky'],
    ] as const) {
      company[key].bid = bid();
      const [row] = await t.ctx.db
        .insert(companies)
        .values({ businessId: company[key].bid, name, ownerAuthority: 'tax', classification: 'public' })
        .returning({ id: companies.id });
      company[key].id = row!.id;
    }
  });
  afterEach(() => {
    importFaults.failAfterRows = null;
    importFaults.badRowAt = null;
    importTuning.batch = 5_000;
  });
  afterAll(() => t.close());

  /** n observations: every third about company a, every third about b, the rest about no known firm. */
  function csv(n: number, tag: string): string {
    const lines = ['päivämäärä;otsikko;kuvaus;y-tunnus;tietoluokat'];
    for (let i = 0; i < n; i++) {
      const firm = i % 3 === 0 ? company.a.bid : i % 3 === 1 ? company.b.bid : '';
      const cats = i % 2 ? 'employer_data' : '';
      lines.push(`${1 + (i % 28)}.${1 + (i % 12)}.2025;${tag} ${i};Havainto työmaalta ${i};${firm};${cats}`);
    }
    // Text COPY must escape: a tab, a backslash, a quoted line break and a quote.
    lines.push(
      `2025-03-01;${tag} escapes;"tab\there, back\\slash, ""quoted"",\nsecond line";${company.a.bid};`,
    );
    return lines.join('\n');
  }

  async function importFile(body: string, mode = 'all_or_nothing') {
    const up = await t.request(
      {
        method: 'POST',
        url: '/api/imports?kind=observations&fileName=bulk.csv',
        headers: { 'content-type': 'text/csv' },
        payload: Buffer.from(body),
      },
      osh,
    );
    expect(up.statusCode, up.body).toBe(201);
    const created = up.json();
    const v = await t.request(
      {
        method: 'POST',
        url: `/api/imports/${created.id}/validate`,
        payload: {
          mapping: created.suggestedMapping,
          classification: 'restricted',
          secrecyBasis: '621/1999 24 § 1 mom. 8 kohta',
          categories: ['osh_inspection_findings'],
          retentionUntil: '2031-12-31',
        },
      },
      osh,
    );
    expect(v.statusCode, v.body).toBe(200);
    const res = await t.request(
      { method: 'POST', url: `/api/imports/${created.id}/run`, payload: { mode } },
      osh,
    );
    expect(res.statusCode, res.body).toBe(202);
    for (let i = 0; i < 2_400; i++) {
      const got = (await t.request({ method: 'GET', url: `/api/imports/${created.id}` }, osh)).json();
      if (got.status === 'done' || got.status === 'failed') return got;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('import did not finish');
  }

  const imported = (importId: string) =>
    queryRows<{
      id: string;
      kind: string;
      owner_authority: string;
      classification: string;
      secrecy_basis: string;
      categories: string[];
      title: string;
      body: string;
      retention_until: string;
      created_by: string;
      observed_on: string;
      target_id: string | null;
    }>(
      t.ctx.db,
      sql`SELECT r.id, r.kind, r.owner_authority, r.classification, r.secrecy_basis, r.categories, r.title, r.body,
            r.retention_until::text, r.created_by, r.source->>'observedOn' AS observed_on, rt.target_id
          FROM records r LEFT JOIN record_targets rt ON rt.record_id = r.id
          WHERE r.source->>'importId' = ${importId} ORDER BY r.id`,
    );

  it('writes every row with ownership, classification, categories, links and one audit row', async () => {
    importTuning.batch = 40; // several COPY chunks
    const done = await importFile(csv(150, 'Bulk'));
    expect(done.status, done.error).toBe('done');
    expect(done.result).toMatchObject({ created: 151, targetLinks: 101 });
    const rows = await imported(done.id);
    expect(rows).toHaveLength(151);
    const [osUser] = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`SELECT id FROM users WHERE username = 'osh.inspector'`,
    );
    for (const r of rows) {
      expect(r).toMatchObject({
        kind: 'observation',
        owner_authority: 'osh',
        classification: 'restricted',
        secrecy_basis: '621/1999 24 § 1 mom. 8 kohta',
        retention_until: '2031-12-31',
        created_by: osUser!.id,
      });
    }
    const byTitle = new Map(rows.map((r) => [r.title, r]));
    expect(byTitle.get('Bulk 0')).toMatchObject({
      target_id: company.a.id,
      categories: ['osh_inspection_findings'],
      observed_on: '2025-01-01',
    });
    expect(byTitle.get('Bulk 1')).toMatchObject({
      target_id: company.b.id,
      categories: ['osh_inspection_findings', 'employer_data'],
      observed_on: '2025-02-02',
    });
    expect(byTitle.get('Bulk 2')!.target_id).toBeNull();
    expect(byTitle.get('Bulk escapes')).toMatchObject({
      body: 'tab\there, back\\slash, "quoted",\nsecond line',
      target_id: company.a.id,
    });
    // One audit row for the whole import, naming its records by the hash of their ids.
    const audits = await queryRows<{ details: { created: number; recordIdsSha256: string } }>(
      t.ctx.db,
      sql`SELECT details FROM audit_log WHERE action = 'import.run' AND target_id = ${done.id}`,
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details.created).toBe(151);
    const expected = createHash('sha256')
      .update(rows.map((r) => `${r.id}\n`).join(''))
      .digest('hex');
    expect(audits[0]!.details.recordIdsSha256).toBe(expected);
  });

  it('the imported rows are visible only as the policy says: the owner reads them, others see a hit', async () => {
    const done = await importFile(csv(9, 'Visible'));
    expect(done.status, done.error).toBe('done');
    const rows = await imported(done.id);
    const one = rows.find((r) => r.title === 'Visible 0')!;
    expect((await t.request({ method: 'GET', url: `/api/records/${one.id}` }, osh)).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/records/${one.id}` }, tax)).statusCode).toBe(404);
    const taxList = (await t.request({ method: 'GET', url: '/api/records?limit=200' }, tax)).json();
    expect(taxList.items.filter((r: { title: string }) => r.title.startsWith('Visible'))).toEqual([]);
    const taxSearch = (
      await t.request({ method: 'GET', url: `/api/search?type=company&q=${company.b.bid}` }, tax)
    ).json();
    const hit = taxSearch.hits.find(
      (h: { targetId: string; authority: string }) => h.targetId === company.b.id && h.authority === 'osh',
    );
    // Company b: rows 1, 4, 7 of this import and 50 of the first test's, if it ran before.
    expect(hit).toMatchObject({ authority: 'osh', categories: ['employer_data', 'osh_inspection_findings'] });
    const [n] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM record_targets rt JOIN records r ON r.id = rt.record_id
          WHERE rt.target_id = ${company.b.id} AND r.owner_authority = 'osh'`,
    );
    expect(hit.count).toBe(n!.n);
    expect(JSON.stringify(taxSearch)).not.toContain('Havainto');
  });

  it('a row the database rejects mid-stream rolls back the whole import; the next import works', async () => {
    importTuning.batch = 25;
    importFaults.badRowAt = 60; // the third chunk: two chunks are already on the server
    const failed = await importFile(csv(100, 'Rejected'));
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/date/i);
    expect(await imported(failed.id)).toEqual([]);
    const [left] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM records WHERE title LIKE 'Rejected %'`,
    );
    expect(left!.n).toBe(0);
    const audits = await queryRows<{ outcome: string }>(
      t.ctx.db,
      sql`SELECT outcome FROM audit_log WHERE action = 'import.run' AND target_id = ${failed.id}`,
    );
    expect(audits).toEqual([{ outcome: 'failure' }]);

    importFaults.badRowAt = null;
    importFaults.failAfterRows = 50; // thrown by the stream's producer, not the server
    const aborted = await importFile(csv(100, 'Aborted'));
    expect(aborted.status).toBe('failed');
    expect(aborted.error).toContain('injected failure after 50 rows');
    expect(await imported(aborted.id)).toEqual([]);

    importFaults.failAfterRows = null;
    const after = await importFile(csv(20, 'After'));
    expect(after.status, after.error).toBe('done');
    expect(await imported(after.id)).toHaveLength(21);
  });
});
