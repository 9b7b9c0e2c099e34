/**
 * A field action resent from the offline queue with the same Idempotency-Key is recorded once and
 * answered with the first result — findings, referrals and photos, one after the other and at once,
 * and still after execution has ended; a key reused for another action or malformed is refused with
 * nothing changed.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { events } from '../../platform/events/events.table.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { recordAttachments } from '../register/attachments.table.ts';
import { records } from '../register/records.table.ts';
import { fieldRequests, operationRecords, victimReferrals } from './field.tables.ts';
import { type PlanFixture, planBody, setupPlanFixture } from './plan.testing.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe.each(DB_KINDS)('field idempotency on %s', (kind) => {
  let t: TestApp;
  let f: PlanFixture;
  const at = (action: string) => `/api/operations/${f.operationId}/field/targets/${f.targetA}/${action}`;
  const send = async (as: SignedIn, url: string, payload: object, key?: string) => {
    const res = await t.request(
      { method: 'POST', url, payload, headers: key ? { 'idempotency-key': key } : {} },
      as,
    );
    return { status: res.statusCode, body: res.json() };
  };
  const finding = (title: string) => ({
    area: 'wages',
    title,
    body: 'Pickers paid 4 € an hour in cash; no payslips.',
    iloIndicators: ['withholding_of_wages'],
  });
  const findingsTitled = async (title: string) =>
    t.ctx.db.select({ id: records.id }).from(records).where(eq(records.title, title));

  beforeAll(async () => {
    t = await createTestApp(kind);
    f = await setupPlanFixture(t);
    const plan = `/api/operations/${f.operationId}/plan`;
    for (const [method, url, body] of [
      ['PUT', plan, planBody(f)],
      ['POST', `${plan}/approve`, undefined],
      ['POST', `${plan}/share`, {}],
      ['POST', `/api/operations/${f.operationId}/transitions`, { transition: 'start_execution' }],
    ] as const) {
      const res = await t.request({ method, url, ...(body ? { payload: body } : {}) }, f.lead);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    }
  }, 180_000);
  afterAll(() => t.close());

  it('records a repeated finding once and answers the first result', async () => {
    const key = crypto.randomUUID();
    const first = await send(f.osh, at('findings'), finding('Wages in cash'), key);
    expect(first.status).toBe(201);
    const again = await send(f.osh, at('findings'), finding('Wages in cash'), key);
    expect(again).toEqual(first);
    const rows = await findingsTitled('Wages in cash');
    expect(rows).toEqual([{ id: first.body.recordId }]);
    expect(
      await t.ctx.db
        .select()
        .from(operationRecords)
        .where(eq(operationRecords.recordId, first.body.recordId)),
    ).toHaveLength(1);
    const audited = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'operation.field.finding'), eq(auditLog.targetId, f.operationId)));
    expect(audited.filter((a) => JSON.stringify(a.details).includes(first.body.recordId))).toHaveLength(1);
    const announced = await t.ctx.db
      .select()
      .from(events)
      .where(and(eq(events.type, 'operation.finding_recorded'), eq(events.subjectId, f.operationId)));
    expect(announced.filter((e) => JSON.stringify(e.data).includes(first.body.recordId))).toHaveLength(1);

    // Without a key, or with a new key, the same text is a new finding (two findings may read alike).
    expect((await send(f.osh, at('findings'), finding('Wages in cash'))).status).toBe(201);
    expect((await send(f.osh, at('findings'), finding('Wages in cash'), crypto.randomUUID())).status).toBe(
      201,
    );
    expect(await findingsTitled('Wages in cash')).toHaveLength(3);
  });

  it('records one finding when two sends with the same key arrive at once', async () => {
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([
      send(f.osh, at('findings'), finding('Sent twice at once'), key),
      send(f.osh, at('findings'), finding('Sent twice at once'), key),
    ]);
    expect(a.status).toBe(201);
    expect(b).toEqual(a);
    expect(await findingsTitled('Sent twice at once')).toHaveLength(1);
  });

  it('keeps keys per authority: another authority’s key does not answer for it', async () => {
    const key = crypto.randomUUID();
    const osh = await send(f.osh, at('referrals'), { persons: 1 }, key);
    const tax = await send(f.tax, at('referrals'), { persons: 2 }, key);
    expect(osh.status).toBe(201);
    expect(tax.status).toBe(201);
    expect(tax.body).toMatchObject({ authority: 'tax', persons: 2 });
    expect(tax.body.id).not.toBe(osh.body.id);
  });

  it('records a repeated referral and photo once', async () => {
    const key = crypto.randomUUID();
    const before = (await t.ctx.db.select().from(victimReferrals)).length;
    const first = await send(f.osh, at('referrals'), { persons: 4, referredAt: '2027-07-01T09:00:00Z' }, key);
    expect(first.status).toBe(201);
    expect(
      await send(f.osh, at('referrals'), { persons: 4, referredAt: '2027-07-01T09:00:00Z' }, key),
    ).toEqual(first);
    expect(await t.ctx.db.select().from(victimReferrals)).toHaveLength(before + 1);

    const recordId = (await send(f.osh, at('findings'), finding('With a photo'))).body.recordId as string;
    const photoKey = crypto.randomUUID();
    const photo = () =>
      t.request(
        {
          method: 'POST',
          url: `${at('findings')}/${recordId}/photos?filename=payslip.png`,
          headers: { 'content-type': 'image/png', 'idempotency-key': photoKey },
          payload: PNG,
        },
        f.osh,
      );
    const one = await photo();
    expect(one.statusCode).toBe(201);
    const two = await photo();
    expect(two.statusCode).toBe(201);
    expect(two.json()).toEqual(one.json());
    expect(
      await t.ctx.db.select().from(recordAttachments).where(eq(recordAttachments.recordId, recordId)),
    ).toHaveLength(1);
  });

  it('refuses a key reused for another action, and a malformed key, changing nothing', async () => {
    const key = crypto.randomUUID();
    expect((await send(f.osh, at('referrals'), { persons: 1 }, key)).status).toBe(201);
    const reused = await send(f.osh, at('findings'), finding('Reused key'), key);
    expect(reused.status).toBe(409);
    expect(reused.body.details.unmet).toEqual(['idempotency_key_reused']);
    const malformed = await send(f.osh, at('findings'), finding('Bad key'), 'not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(await findingsTitled('Reused key')).toHaveLength(0);
    expect(await findingsTitled('Bad key')).toHaveLength(0);
  });

  it('answers a repeat after execution has ended, while new actions are refused', async () => {
    const key = crypto.randomUUID();
    const first = await send(f.osh, at('findings'), finding('Late answer'), key);
    expect(first.status).toBe(201);
    const stored = await t.ctx.db.select().from(fieldRequests).where(eq(fieldRequests.clientId, key));
    expect(stored).toEqual([expect.objectContaining({ authority: 'osh', action: 'finding' })]);
    expect(JSON.stringify(stored[0]!.result)).not.toContain('cash');

    // Finish both targets so that execution can end.
    await send(f.osh, at('arrival'), {});
    await send(f.osh, at('finish'), { visited: true });
    const b = `/api/operations/${f.operationId}/field/targets/${f.targetB}/finish`;
    expect((await send(f.tax, b, { visited: false, note: 'Closed' })).status).toBe(200);
    const ended = await send(f.lead, `/api/operations/${f.operationId}/transitions`, {
      transition: 'start_follow_up',
    });
    expect(ended.status).toBe(200);

    expect(await send(f.osh, at('findings'), finding('Late answer'), key)).toEqual(first);
    expect((await send(f.osh, at('findings'), finding('Late answer'), crypto.randomUUID())).status).toBe(409);
    expect(await findingsTitled('Late answer')).toHaveLength(1);
  });
});
