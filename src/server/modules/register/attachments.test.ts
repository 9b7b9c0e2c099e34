import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { acceptedType, contentMatches, safeFilename } from './attachments.service.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('attachment checks', () => {
  it('accepts the four types, text only as UTF-8, and checks content signatures', () => {
    expect(acceptedType('application/pdf')).toBe('application/pdf');
    expect(acceptedType('text/plain; charset=UTF-8')).toBe('text/plain');
    expect(acceptedType('text/plain; charset=iso-8859-1')).toBeNull();
    expect(acceptedType('text/html')).toBeNull();
    expect(contentMatches('application/pdf', PDF)).toBe(true);
    expect(contentMatches('application/pdf', Buffer.from('<html>'))).toBe(false);
    expect(contentMatches('image/png', PNG)).toBe(true);
    expect(contentMatches('image/jpeg', PNG)).toBe(false);
    expect(contentMatches('text/plain', Buffer.from('hyvä teksti'))).toBe(true);
    expect(contentMatches('text/plain', Buffer.from([0xff, 0xfe, 0x00]))).toBe(false);
    expect(safeFilename('../../etc/passwd', 'text/plain')).toBe('passwd');
    expect(safeFilename('a"b\u0001.pdf', 'application/pdf')).toBe('ab.pdf');
    expect(safeFilename(undefined, 'image/png')).toBe('attachment.png');
  });
});

describe.each(DB_KINDS)('attachments on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let osh: SignedIn;
  let recordId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, osh] = await Promise.all([t.signIn('police.officer'), t.signIn('osh.inspector')]);
    const res = await t.request(
      {
        method: 'POST',
        url: '/api/records',
        payload: {
          kind: 'observation',
          title: 'Photos of the accommodation',
          body: 'See attachments.',
          classification: 'restricted',
          secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
          categories: ['police_information'],
        },
      },
      police,
    );
    recordId = res.json().id;
  });
  afterAll(() => t.close());

  const upload = (as: SignedIn, body: Buffer | string, contentType: string, filename = 'file') =>
    t.request(
      {
        method: 'POST',
        url: `/api/records/${recordId}/attachments?filename=${encodeURIComponent(filename)}`,
        headers: { 'content-type': contentType },
        payload: body,
      },
      as,
    );

  it('stores a PDF with its SHA-256 and serves it back as a download, audited', async () => {
    const res = await upload(police, PDF, 'application/pdf', 'Pöytäkirja 1.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const sha = createHash('sha256').update(PDF).digest('hex');
    expect(res.json()).toMatchObject({
      filename: 'Pöytäkirja 1.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha,
    });
    const list = await t.request({ method: 'GET', url: `/api/records/${recordId}/attachments` }, police);
    expect(list.json().items).toHaveLength(1);

    const down = await t.request(
      { method: 'GET', url: `/api/records/${recordId}/attachments/${res.json().id}` },
      police,
    );
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="P_yt_kirja 1.pdf"; filename*=UTF-8''${encodeURIComponent('Pöytäkirja 1.pdf')}`,
    );
    expect(down.headers.digest).toBe(`sha-256=${Buffer.from(sha, 'hex').toString('base64')}`);
    const audit = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'record.attachment.download' AND target_id = ${recordId}`,
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('refuses other types, content that is not what it claims, and files over 10 MB', async () => {
    expect((await upload(police, PNG, 'image/png')).statusCode).toBe(201);
    expect((await upload(police, 'plain words', 'text/plain; charset=utf-8')).statusCode).toBe(201);
    const zip = await upload(police, Buffer.from('PK\u0003\u0004'), 'application/zip');
    expect(zip.statusCode).toBe(415);
    expect(zip.json().code).toBe('unsupported_media_type');
    expect((await upload(police, '<script>alert(1)</script>', 'text/html')).statusCode).toBe(415);
    expect((await upload(police, '<html></html>', 'application/pdf')).statusCode).toBe(415);
    expect((await upload(police, PNG, 'image/jpeg')).statusCode).toBe(415);
    expect((await upload(police, JSON.stringify({ a: 1 }), 'application/json')).statusCode).toBe(415);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    PDF.copy(big);
    const tooBig = await upload(police, big, 'application/pdf');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().code).toBe('payload_too_large');
    const exact = Buffer.alloc(10 * 1024 * 1024, 0x20);
    PDF.copy(exact);
    expect((await upload(police, exact, 'application/pdf')).statusCode).toBe(201);
  }, 120_000);

  it('follows the record decision: others get 404, a recipient downloads, only the owner uploads or deletes', async () => {
    const [first] = (
      await t.request({ method: 'GET', url: `/api/records/${recordId}/attachments` }, police)
    ).json().items;
    const url = `/api/records/${recordId}/attachments/${first.id}`;
    expect((await t.request({ method: 'GET', url }, osh)).statusCode).toBe(404);
    expect((await upload(osh, PDF, 'application/pdf')).statusCode).toBe(404);
    const shared = await t.request(
      {
        method: 'POST',
        url: '/api/disclosures',
        payload: {
          recordIds: [recordId],
          to: ['osh'],
          purpose: 'foreign_labour_supervision',
          initiative: 'request',
        },
      },
      police,
    );
    expect(shared.statusCode, shared.body).toBe(201);
    expect((await t.request({ method: 'GET', url }, osh)).statusCode).toBe(200);
    expect((await upload(osh, PDF, 'application/pdf')).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url }, osh)).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url }, police)).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url }, police)).statusCode).toBe(404);
  });
});
