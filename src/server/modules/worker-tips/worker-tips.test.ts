import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.table.ts';
import type { SignedIn } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { records } from '../register/records.table.ts';
import { createWorkerTestApp, type WorkerTestApp } from '../worker-content/worker-content.test-app.ts';
import { normaliseReferenceCode } from './reference-code.ts';

const MESSAGE = 'The employer keeps our passports and we work 14 hours a day on the farm.';
const SENDER_IP = '198.51.100.7';
const FORWARDED_IP = '203.0.113.9';
const USER_AGENT = 'TipSender/1.0 (unique-agent-marker)';

describe.each(DB_KINDS)('worker tips on %s', (kind) => {
  let t: WorkerTestApp;
  let osh: SignedIn;
  let police: SignedIn;
  let tax: SignedIn;
  let editor: SignedIn;
  let tipId: string;
  let code: string;

  const send = (payload: object, remoteAddress = SENDER_IP) =>
    t.request({
      method: 'POST',
      url: '/api/worker-tips',
      payload,
      remoteAddress,
      headers: { 'user-agent': USER_AGENT, 'x-forwarded-for': FORWARDED_IP },
    });
  const lookup = (referenceCode: string, remoteAddress = SENDER_IP) =>
    t.request({ method: 'POST', url: '/api/worker-tips/reply', payload: { referenceCode }, remoteAddress });
  const tipCount = async () =>
    Number(
      (await t.ctx.db.select({ n: sql<number>`count(*)` }).from(records).where(eq(records.kind, 'tip')))[0]!
        .n,
    );

  beforeAll(async () => {
    t = await createWorkerTestApp(kind);
    [osh, police, tax, editor] = [
      await t.signIn('osh.inspector'),
      await t.signIn('police.officer'),
      await t.signIn('tax.officer'),
      await t.signIn('editor'),
    ];
  });
  afterAll(() => t.close());

  it('turns the form into a restricted tip owned by the configured authority, with a reference code', async () => {
    const res = await send({
      language: 'vi',
      sector: 'agriculture',
      municipality: 'Suonenjoki',
      message: MESSAGE,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['set-cookie']).toBeUndefined();
    code = (res.json() as { referenceCode: string }).referenceCode;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    const [row] = await t.ctx.db.select().from(records).where(eq(records.kind, 'tip'));
    tipId = row!.id;
    expect(row).toMatchObject({
      ownerAuthority: 'osh',
      classification: 'restricted',
      categories: ['public_tips'],
      body: MESSAGE,
      source: {
        channel: 'worker_app',
        anonymous: true,
        language: 'vi',
        sector: 'agriculture',
        municipality: 'Suonenjoki',
      },
      createdBy: null,
    });
    expect(row!.referenceCodeHash).toBe(
      createHash('sha256').update(normaliseReferenceCode(code)!).digest('hex'),
    );
    const days = (Date.parse(row!.retentionUntil) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(728);
    expect(days).toBeLessThan(731);
  });

  it('stores no address and no user agent: not in the record, not in the audit log', async () => {
    const stored = JSON.stringify(await t.ctx.db.select().from(records).where(eq(records.id, tipId)));
    const audit = JSON.stringify(await t.ctx.db.select().from(auditLog));
    for (const secret of [SENDER_IP, FORWARDED_IP, USER_AGENT, 'unique-agent-marker', code]) {
      expect(stored).not.toContain(secret);
      expect(audit).not.toContain(secret);
    }
    const [received] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'worker_tip.received'));
    expect(received).toMatchObject({ actorUserId: null, authorityCode: 'osh', targetId: tipId });
  });

  it('only the owner authority’s caseworkers see it: 404 and absent lists for the others', async () => {
    const list = async (who: SignedIn) =>
      (
        (await t.request({ method: 'GET', url: '/api/worker-tips' }, who)).json() as {
          items: { id: string }[];
        }
      ).items.map((i) => i.id);
    expect(await list(osh)).toContain(tipId);
    expect(await list(police)).not.toContain(tipId);
    expect(await list(tax)).not.toContain(tipId);
    expect(await list(editor)).toEqual([]);

    const read = (who: SignedIn) => t.request({ method: 'GET', url: `/api/worker-tips/${tipId}` }, who);
    const mine = await read(osh);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ body: MESSAGE, language: 'vi', contact: null, replies: [] });
    expect((await read(police)).statusCode).toBe(404);
    expect((await read(tax)).statusCode).toBe(404);
    const missing = await t.request(
      { method: 'GET', url: '/api/worker-tips/00000000-0000-4000-8000-000000000000' },
      osh,
    );
    expect(missing.statusCode).toBe(404);
    expect((await read(police)).json()).toEqual(missing.json());
    expect((await t.request({ method: 'GET', url: '/api/worker-tips' })).statusCode).toBe(401);
  });

  it('audits reading the tip and the refused attempts', async () => {
    const rows = await t.ctx.db.select().from(auditLog).where(eq(auditLog.targetId, tipId));
    const reads = rows.filter((r) => r.action === 'worker_tip.read');
    expect(reads.map((r) => [r.actorUsername, r.outcome])).toEqual(
      expect.arrayContaining([
        ['osh.inspector', 'success'],
        ['police.officer', 'denied'],
        ['tax.officer', 'denied'],
      ]),
    );
    const [list] = await t.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'worker_tip.list'));
    expect(list).toMatchObject({ actorUsername: 'osh.inspector', details: { ids: [tipId] } });
  });

  it('round trip: the owner replies, the sender reads it with the code; unknown codes look the same', async () => {
    expect((await lookup(code)).json()).toEqual({ replies: [] });
    const refused = await t.request(
      { method: 'POST', url: `/api/worker-tips/${tipId}/replies`, payload: { body: 'Not yours' } },
      police,
    );
    expect(refused.statusCode).toBe(404);
    const replied = await t.request(
      {
        method: 'POST',
        url: `/api/worker-tips/${tipId}/replies`,
        payload: { body: 'Thank you. We will inspect the farm. Call the OSH telephone service if you can.' },
      },
      osh,
    );
    expect(replied.statusCode).toBe(201);

    const typed = code.toLowerCase().replaceAll('-', ' ');
    const answer = (await lookup(typed)).json() as { replies: { body: string; createdAt: string }[] };
    expect(answer.replies.map((r) => r.body)).toEqual([
      'Thank you. We will inspect the farm. Call the OSH telephone service if you can.',
    ]);
    expect(Object.keys(answer.replies[0]!).sort()).toEqual(['body', 'createdAt']);
    for (const unknown of ['AAAA-BBBB-CCCC', 'not a code']) {
      const res = await lookup(unknown);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ replies: [] });
    }
  });

  it('refuses bad input with 400 and stores nothing', async () => {
    const before = await tipCount();
    for (const payload of [
      { language: 'vi', message: 'too short' },
      { language: 'xx', message: MESSAGE },
      { language: 'vi', sector: 'mining', message: MESSAGE },
      { language: 'vi', message: 'x'.repeat(4001) },
    ]) {
      expect((await send(payload, '192.0.2.1')).statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
    }
    expect(await tipCount()).toBe(before);
  });

  it('rate-limits sending (5 per 10 minutes) and looking up (10 per 10 minutes) per address', async () => {
    for (let i = 0; i < 5; i++)
      expect((await send({ language: 'en', message: MESSAGE }, '192.0.2.77')).statusCode).toBe(201);
    const limited = await send({ language: 'en', message: MESSAGE }, '192.0.2.77');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'too_many_requests' });
    expect((await send({ language: 'en', message: MESSAGE }, '192.0.2.78')).statusCode).toBe(201);

    for (let i = 0; i < 10; i++) expect((await lookup('AAAA-BBBB-CCCC', '192.0.2.79')).statusCode).toBe(200);
    expect((await lookup('AAAA-BBBB-CCCC', '192.0.2.79')).statusCode).toBe(429);
  });
});

describe('worker tips switched off', () => {
  it('has no form route, and the published manifest tells the app', async () => {
    const t = await createWorkerTestApp('pglite');
    t.ctx.config = { ...t.ctx.config, workerTips: { ...t.ctx.config.workerTips, enabled: false } };
    await t.app.close();
    const { buildApp } = await import('../../app.ts');
    const { app } = await buildApp(t.ctx, { logger: false, serveWeb: false });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/worker-tips',
        payload: { language: 'en', message: MESSAGE },
      });
      expect(res.statusCode).toBe(404);
      const { publishDatabaseContent } = await import('../worker-content/worker-content.publisher.ts');
      const publication = await publishDatabaseContent(t.ctx);
      expect(publication.input.features).toMatchObject({ tips: false });
    } finally {
      await app.close();
      await t.close();
    }
  });
});
