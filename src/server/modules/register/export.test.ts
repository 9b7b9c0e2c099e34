import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { formatBusinessId } from '../demo-data/business-id.ts';
import { csvField } from './export.ts';
import { companies } from './register.tables.ts';
import { xlsxStream } from './xlsx.ts';

/** Reads a ZIP the way a spreadsheet program does: from the central directory, checking every CRC. */
function unzip(zip: Buffer): Map<string, string> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zlib.inflateRawSync(zip.subarray(start, start + compressed));
    expect(data.length).toBe(size);
    expect(zlib.crc32(data) >>> 0).toBe(crc);
    files.set(name, data.toString('utf8'));
    at += 46 + nameLength;
  }
  return files;
}

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

describe('export formats', () => {
  it('writes CSV fields safely: quotes, newlines and formula injection', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+358 40')).toBe("'+358 40");
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
  });

  it('writes a valid XLSX package, streaming the sheet', async () => {
    async function* batches() {
      yield [['Kivinen & Co <Oy>', 3, null]];
      yield [['line\u0001break', -1.5, 'ääkköset']];
    }
    const files = unzip(await collect(xlsxStream(['name', 'n', 'note'], batches())));
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain(
      '<row r="2"><c t="inlineStr"><is><t xml:space="preserve">Kivinen &amp; Co &lt;Oy&gt;</t></is></c><c><v>3</v></c><c/></row>',
    );
    expect(sheet).toContain('linebreak');
    expect(sheet).toContain('ääkköset');
    expect(sheet.endsWith('</sheetData></worksheet>')).toBe(true);
  });
});

describe.each(DB_KINDS)('search export on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let tax: SignedIn;
  let hiddenId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, tax] = await Promise.all([t.signIn('police.officer'), t.signIn('tax.officer')]);
    const rows = [];
    for (let base = 4_200_000; rows.length < 1_200; base++) {
      const businessId = formatBusinessId(base);
      if (businessId)
        rows.push({
          businessId,
          name: `Export ${rows.length} Oy`,
          tolCode: '96090',
          ownerAuthority: 'tax',
          classification: 'public' as const,
        });
    }
    await t.ctx.db.insert(companies).values(rows);
    const [hidden] = await t.ctx.db
      .insert(companies)
      .values({
        businessId: '4299999-1',
        name: 'Hidden export Oy',
        tolCode: '96090',
        ownerAuthority: 'police',
        classification: 'restricted',
      })
      .returning({ id: companies.id });
    hiddenId = hidden!.id;
    await t.request(
      {
        method: 'POST',
        url: '/api/records',
        payload: {
          kind: 'tip',
          title: '=cmd|calc',
          body: 'Line one,\nline "two"',
          classification: 'restricted',
          secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
          categories: ['police_information'],
        },
      },
      police,
    );
  });
  afterAll(() => t.close());

  it('streams the whole result as CSV, only what the user may see, audited batch by batch with the ids', async () => {
    const res = await t.request(
      { method: 'GET', url: '/api/search/export.csv?type=company&industry=96090' },
      tax,
    );
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="silta-search-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'type,id,name,business_id,municipality,tol_code,site_type,company_id,under_18,owner_authority,classification,visible_records',
    );
    expect(lines).toHaveLength(1_201);
    expect(res.body).not.toContain(hiddenId);
    const audit = await queryRows<{ details: { ids: string[]; format: string } }>(
      t.ctx.db,
      sql`SELECT details FROM audit_log WHERE action = 'search.export' AND authority_code = 'tax' ORDER BY seq`,
    );
    expect(audit).toHaveLength(3);
    expect(audit.flatMap((a) => a.details.ids)).toHaveLength(1_200);
    expect(audit[0]!.details.format).toBe('csv');
    const own = await t.request(
      { method: 'GET', url: '/api/search/export.csv?type=company&industry=96090' },
      police,
    );
    expect(own.body).toContain(hiddenId);
  });

  it('exports records with their text, defusing formulas', async () => {
    const res = await t.request({ method: 'GET', url: '/api/search/export.csv?type=record' }, police);
    expect(res.body).toContain(",'=cmd|calc,");
    expect(res.body).toContain('"Line one,\nline ""two"""');
    const none = await t.request({ method: 'GET', url: '/api/search/export.csv?type=record' }, tax);
    expect(
      none.body
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n'),
    ).toHaveLength(1);
  });

  it('exports XLSX', async () => {
    const res = await t.request(
      { method: 'GET', url: '/api/search/export.xlsx?type=company&q=export%201' },
      tax,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheet = unzip(res.rawPayload).get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('Export 1 Oy');
    expect(sheet).not.toContain('Hidden export Oy');
  });
});
