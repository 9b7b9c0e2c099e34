import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { formatBusinessId } from '../demo-data/business-id.ts';
import { companies } from '../register/register.tables.ts';
import { XLSX_TYPE } from './import.file.ts';
import { importFaults, importTuning } from './write.ts';
import { buildXlsx } from './xlsx.ts';

let serial = 5_300_000;
function bid(): string {
  for (;;) {
    const id = formatBusinessId(serial++);
    if (id) return id;
  }
}

describe.each(DB_KINDS)('register imports on %s', (kind) => {
  let t: TestApp;
  let osh: SignedIn;
  let tax: SignedIn;
  let existingBid: string;
  let existingId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [osh, tax] = await Promise.all([t.signIn('osh.inspector'), t.signIn('tax.officer')]);
    existingBid = bid();
    const [row] = await t.ctx.db
      .insert(companies)
      .values({
        businessId: existingBid,
        name: 'Ritasalo Siivous Oy',
        ownerAuthority: 'tax',
        classification: 'public',
      })
      .returning({ id: companies.id });
    existingId = row!.id;
  });
  afterEach(() => {
    importFaults.failAfterRows = null;
    importTuning.batch = 5_000;
  });
  afterAll(() => t.close());

  const upload = async (as: SignedIn, body: string | Uint8Array, importKind: string, type = 'text/csv') => {
    const res = await t.request(
      {
        method: 'POST',
        url: `/api/imports?kind=${importKind}&fileName=test`,
        headers: { 'content-type': type },
        payload: Buffer.from(body),
      },
      as,
    );
    return res;
  };
  const validate = (id: string, body: object, as = osh) =>
    t.request({ method: 'POST', url: `/api/imports/${id}/validate`, payload: body }, as);
  const run = async (id: string, mode: string) => {
    const res = await t.request({ method: 'POST', url: `/api/imports/${id}/run`, payload: { mode } }, osh);
    expect(res.statusCode, res.body).toBe(202);
    for (let i = 0; i < 2_400; i++) {
      const got = (await t.request({ method: 'GET', url: `/api/imports/${id}` }, osh)).json();
      if (got.status === 'done' || got.status === 'failed') return got;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('import did not finish');
  };
  const count = async (table: string, where = sql`true`) =>
    (
      await queryRows<{ n: number }>(
        t.ctx.db,
        sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE ${where}`,
      )
    )[0]!.n;

  it('previews columns, suggests a mapping, reports problems by row and field, and skips invalid rows', async () => {
    const good1 = bid();
    const good2 = bid();
    const csv = [
      'Y-tunnus;Nimi;Kotipaikka;Tila;Perustettu;Henkilöstö',
      `${good1};Kavila Rakennus Oy;Helsinki;active;1.3.2015;12`,
      `${good2};"Lokoski; Kuljetus Ky";Tampere;;2019-02-28;`,
      '1234567-8;Bad Check Digit Oy;Espoo;;;',
      `${bid()};;Espoo;;;`,
      `${bid()};Wrong Date Oy;Espoo;;31.2.2020;`,
      `${bid()};Odd Status Oy;Espoo;sleeping;;`,
      `${good1};Same ID Again Oy;Espoo;;;`,
      `${existingBid};Ritasalo Siivous;Vantaa;;;`,
    ].join('\r\n');
    const up = await upload(osh, csv, 'companies');
    expect(up.statusCode, up.body).toBe(201);
    const created = up.json();
    expect(created.columns).toEqual(['Y-tunnus', 'Nimi', 'Kotipaikka', 'Tila', 'Perustettu', 'Henkilöstö']);
    expect(created.totalRows).toBe(8);
    expect(created.preview[1][1]).toBe('Lokoski; Kuljetus Ky');
    expect(created.suggestedMapping).toMatchObject({
      businessId: 'Y-tunnus',
      name: 'Nimi',
      municipality: 'Kotipaikka',
      status: 'Tila',
      foundedOn: 'Perustettu',
      employeeCount: 'Henkilöstö',
    });

    const badMapping = await validate(created.id, { mapping: { businessId: 'Y-tunnus' } });
    expect(badMapping.statusCode).toBe(400);

    const v = await validate(created.id, { mapping: created.suggestedMapping });
    expect(v.statusCode, v.body).toBe(200);
    const report = v.json().report;
    expect(report).toMatchObject({ totalRows: 8, validRows: 3, invalidRows: 5, create: 2, link: 1 });
    const problems = report.problems as { row: number; field: string; problem: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 3,
          field: 'businessId',
          problem: expect.stringContaining('check digit'),
        }),
        expect.objectContaining({ row: 4, field: 'name', problem: 'required value is empty' }),
        expect.objectContaining({
          row: 5,
          field: 'foundedOn',
          problem: expect.stringContaining('no such date'),
        }),
        expect.objectContaining({
          row: 6,
          field: 'status',
          problem: expect.stringContaining('unknown status'),
        }),
        expect.objectContaining({ row: 7, field: 'businessId', problem: 'same business ID as row 1' }),
      ]),
    );
    expect(report.matches).toEqual([
      expect.objectContaining({
        row: 8,
        target: { action: 'link', targetId: existingId, via: 'business_id' },
      }),
    ]);

    const auditBefore = await count('audit_log', sql`action = 'import.run'`);
    const done = await run(created.id, 'skip_invalid');
    expect(done.status, done.error).toBe('done');
    expect(done.result).toMatchObject({ created: 2, linked: 1, skippedInvalid: 5 });
    expect(done.rowsDone).toBe(8);
    const [row] = await queryRows<{ owner_authority: string; classification: string; founded_on: string }>(
      t.ctx.db,
      sql`SELECT owner_authority, classification, founded_on::text FROM companies WHERE business_id = ${good1}`,
    );
    expect(row).toEqual({ owner_authority: 'osh', classification: 'public', founded_on: '2015-03-01' });
    expect(await count('companies', sql`name = 'Ritasalo Siivous'`)).toBe(0);
    expect(await count('audit_log', sql`action = 'import.run'`)).toBe(auditBefore + 1);
    expect(await count('events', sql`type = 'import.completed' AND subject_id = ${created.id}`)).toBe(1);
    // Another authority does not see the import at all.
    expect((await t.request({ method: 'GET', url: `/api/imports/${created.id}` }, tax)).statusCode).toBe(404);
  });

  it('all-or-nothing refuses a file with invalid rows and writes nothing', async () => {
    const csv = `businessId,name\n${bid()},Fine Oy\nnot-an-id,Broken Oy\n`;
    const up = (await upload(osh, csv, 'companies')).json();
    expect((await validate(up.id, { mapping: up.suggestedMapping })).statusCode).toBe(200);
    const done = await run(up.id, 'all_or_nothing');
    expect(done.status).toBe('failed');
    expect(done.error).toContain('1 invalid rows');
    expect(await count('companies', sql`name = 'Fine Oy'`)).toBe(0);
  });

  it('rolls back every batch when the write fails half-way (all-or-nothing)', async () => {
    const target = bid();
    const lines = ['date;title;description;y-tunnus;categories'];
    for (let i = 0; i < 10; i++)
      lines.push(
        `2025-0${(i % 9) + 1}-15;Rollback observation ${i};Workers on site;${existingBid};osh_inspection_findings`,
      );
    lines.push(`2025-01-01;Rollback observation x;Other firm;${target};`);
    const up = (await upload(osh, lines.join('\n'), 'observations')).json();
    const v = await validate(up.id, {
      mapping: up.suggestedMapping,
      secrecyBasis: '621/1999 24 § 1 mom. 8 kohta',
      categories: ['osh_inspection_findings'],
    });
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json().report.warnings).toEqual([
      expect.objectContaining({ row: 11, warning: expect.stringContaining('no registered company') }),
    ]);
    importTuning.batch = 3;
    importFaults.failAfterRows = 6;
    const done = await run(up.id, 'all_or_nothing');
    expect(done.status).toBe('failed');
    expect(done.error).toContain('injected failure after 6 rows');
    expect(await count('records', sql`title LIKE 'Rollback observation%'`)).toBe(0);
    expect(
      await count('audit_log', sql`action = 'import.run' AND outcome = 'failure' AND target_id = ${up.id}`),
    ).toBe(1);
  });

  it('imports observations from XLSX with categories, classification and links to matched companies', async () => {
    const sheet = buildXlsx([
      ['Päivämäärä', 'Otsikko', 'Kuvaus', 'Yritys', 'Y-tunnus', 'Tietoluokat'],
      [
        new Date(Date.UTC(2025, 4, 20)),
        'Night shift without breaks',
        'Seen at the warehouse',
        null,
        existingBid,
        'osh_inspection_findings',
      ],
      ['3.6.2025', 'Workers sleep on site', 'Containers behind the hall', 'Ritasalo Siivous', null, null],
      ['2025-06-04', 'Unknown category', 'x', null, null, 'made_up_category'],
      [45_850, 'Serial date without style', 'x', null, null, null],
    ]);
    const up = await upload(osh, sheet, 'observations', XLSX_TYPE);
    expect(up.statusCode, up.body).toBe(201);
    const created = up.json();
    expect(created.columns).toEqual(['Päivämäärä', 'Otsikko', 'Kuvaus', 'Yritys', 'Y-tunnus', 'Tietoluokat']);
    expect(created.preview[0][0]).toBe('2025-05-20');
    const v = await validate(created.id, {
      mapping: created.suggestedMapping,
      classification: 'restricted',
      secrecyBasis: '621/1999 24 § 1 mom. 8 kohta',
      categories: ['osh_inspection_findings'],
    });
    expect(v.statusCode, v.body).toBe(200);
    const report = v.json().report;
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'categories',
        problem: expect.stringContaining('made_up_category'),
      }),
      expect.objectContaining({ row: 4, field: 'observedOn' }),
    ]);
    expect(report.matches).toEqual([
      expect.objectContaining({ row: 1, companyId: existingId, companyVia: 'business_id' }),
      expect.objectContaining({ row: 2, companyId: existingId, companyVia: 'name' }),
    ]);
    const done = await run(created.id, 'skip_invalid');
    expect(done.status, done.error).toBe('done');
    expect(done.result).toMatchObject({ created: 2, targetLinks: 2, skippedInvalid: 2 });
    const rows = await queryRows<{ owner_authority: string; classification: string; categories: string[] }>(
      t.ctx.db,
      sql`SELECT r.owner_authority, r.classification, r.categories FROM records r
          JOIN record_targets rt ON rt.record_id = r.id WHERE rt.target_id = ${existingId} AND r.title LIKE 'Night shift%'`,
    );
    expect(rows).toEqual([
      { owner_authority: 'osh', classification: 'restricted', categories: ['osh_inspection_findings'] },
    ]);
  });

  it('imports worksites: company by business ID or name, an existing site at the same address linked', async () => {
    const [site] = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`INSERT INTO worksites (company_id, name, street_address, postal_code, municipality, owner_authority, classification)
          VALUES (${existingId}, 'Varasto', 'Teollisuuskatu 12', '00510', 'Helsinki', 'osh', 'public') RETURNING id`,
    );
    const csv = [
      'Y-tunnus,Yritys,Kohde,Osoite,Postinumero,Kunta,Tyyppi',
      `${existingBid},,Varasto,Teollisuusk. 12,00510,Helsinki,warehouse`,
      `,Ritasalo Siivous Oy,Uusi työmaa,Marjatie 3,00520,Helsinki,construction_site`,
      `,Nobody Known Oy,Kolmas,Koivutie 1,33100,Tampere,`,
      `${existingBid},,Neljäs,Rantatie 9,00530,Helsinki,spaceship`,
    ].join('\n');
    const up = (await upload(osh, csv, 'worksites')).json();
    expect(up.suggestedMapping).toMatchObject({
      companyBusinessId: 'Y-tunnus',
      companyName: 'Yritys',
      name: 'Kohde',
      streetAddress: 'Osoite',
      municipality: 'Kunta',
      siteType: 'Tyyppi',
    });
    const v = await validate(up.id, { mapping: up.suggestedMapping });
    expect(v.statusCode, v.body).toBe(200);
    const report = v.json().report;
    expect(report.problems).toEqual([expect.objectContaining({ row: 4, field: 'siteType' })]);
    expect(report.matches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 1,
          target: expect.objectContaining({ action: 'link', targetId: site!.id, via: 'address' }),
        }),
        expect.objectContaining({ row: 2, companyId: existingId, companyVia: 'name' }),
      ]),
    );
    expect(report.warnings).toEqual([
      expect.objectContaining({ row: 3, warning: expect.stringContaining('no registered company') }),
    ]);
    const done = await run(up.id, 'skip_invalid');
    expect(done.status, done.error).toBe('done');
    expect(done.result).toMatchObject({ created: 2, linked: 1, skippedInvalid: 1 });
    expect(await count('worksites', sql`company_id = ${existingId}`)).toBe(2);
    expect(
      await count('worksites', sql`name = 'Kolmas' AND company_id IS NULL AND owner_authority = 'osh'`),
    ).toBe(1);
  });

  it('checks the content type and the content', async () => {
    expect((await upload(osh, 'a,b\n1,2', 'companies', XLSX_TYPE)).statusCode).toBe(415);
    expect((await upload(osh, buildXlsx([['a']]), 'companies', 'text/csv')).statusCode).toBe(415);
    expect((await upload(osh, 'a,b\n1,2', 'companies', 'application/pdf')).statusCode).toBe(415);
    const big = await upload(osh, `a\n${'x'.repeat(21 * 1024 * 1024)}`, 'companies');
    expect(big.statusCode).toBe(413);
  });
});
