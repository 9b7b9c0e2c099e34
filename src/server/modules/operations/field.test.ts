import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { events } from '../../platform/events/events.table.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { recordAttachments } from '../register/attachments.table.ts';
import { records } from '../register/records.table.ts';
import type { ZField } from './field.schemas.ts';
import { operationRecords, victimReferrals } from './field.tables.ts';
import { call, type PlanFixture, planBody, type Refusal, setupPlanFixture } from './plan.testing.ts';

type Field = z.infer<typeof ZField>;

/** The smallest valid PNG (1×1, transparent). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe.each(DB_KINDS)('field view on %s', (kind) => {
  let t: TestApp;
  let f: PlanFixture;
  let findingId: string;
  const field = () => `/api/operations/${f.operationId}/field`;
  const at = (otid: string, action: string) => `${field()}/targets/${otid}/${action}`;
  const finding = {
    area: 'occupational_safety',
    title: 'Pickers sleep in a barn',
    body: 'Twelve mattresses on the floor, no heating, one toilet.',
    iloIndicators: ['abusive_working_and_living_conditions', 'retention_of_identity_documents'],
  };
  const transition = (name: string) =>
    call(t, f.lead, 'POST', `/api/operations/${f.operationId}/transitions`, { transition: name });

  beforeAll(async () => {
    t = await createTestApp(kind);
    f = await setupPlanFixture(t);
    const plan = `/api/operations/${f.operationId}/plan`;
    expect((await call(t, f.lead, 'PUT', plan, planBody(f))).status).toBe(201);
    expect((await call(t, f.lead, 'POST', `${plan}/approve`)).status).toBe(200);
    expect((await call(t, f.lead, 'POST', `${plan}/share`, {})).status).toBe(200);
  }, 180_000);
  afterAll(() => t.close());

  it('opens field actions only while the operation is executing', async () => {
    const early = await call<Refusal>(t, f.osh, 'POST', at(f.targetA, 'findings'), finding);
    expect(early.status).toBe(409);
    expect(early.body.details.unmet).toEqual(['wrong_state']);
    expect((await call(t, f.osh, 'POST', at(f.targetA, 'arrival'), {})).status).toBe(409);
    expect((await call<Field>(t, f.osh, 'GET', field())).body.open).toBe(false);
    expect(await t.ctx.db.select().from(operationRecords)).toHaveLength(0);
    const started = await transition('start_execution');
    expect(started.status).toBe(200);
    expect((await call<Field>(t, f.osh, 'GET', field())).body.open).toBe(true);
  });

  it('lists the targets in the plan’s visiting order with a map link', async () => {
    const res = await call<Field>(t, f.osh, 'GET', field());
    expect(res.status).toBe(200);
    expect(res.body.targets.map((x) => x.operationTargetId)).toEqual([f.targetB, f.targetA]);
    const a = res.body.targets[1]!;
    expect(a.name).toBe('Marjatila Korpela Oy');
    expect(a.address).toBe('Marjapolku 9');
    expect(a.mapUrl).toContain('mlat=61.42');
    expect(a.actionPlan).toBe('Police secure the farm first.');
    // Migri takes part but was never shared the plan: the order, not the action plans.
    const migri = await call<Field>(t, f.migri, 'GET', field());
    expect(migri.body.targets[1]!.actionPlan).toBeNull();
    expect((await call(t, f.geiu, 'GET', field())).status).toBe(404);
  });

  it('records the first arrival once', async () => {
    const first = await call<{ arrivedAt: string }>(t, f.osh, 'POST', at(f.targetA, 'arrival'), {
      at: '2027-07-01T06:30:00+03:00',
    });
    expect(first.status).toBe(200);
    expect(first.body.arrivedAt).toBe('2027-07-01T03:30:00.000Z');
    const again = await call<{ arrivedAt: string }>(t, f.lead, 'POST', at(f.targetA, 'arrival'), {});
    expect(again.body.arrivedAt).toBe('2027-07-01T03:30:00.000Z');
    expect((await call(t, f.geiu, 'POST', at(f.targetA, 'arrival'), {})).status).toBe(404);
  });

  it('records a finding as a register record owned by the finder, seen by others only through disclosure', async () => {
    const res = await call<{ recordId: string }>(t, f.osh, 'POST', at(f.targetA, 'findings'), finding);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ownerAuthority: 'osh', categories: ['osh_inspection_findings'] });
    findingId = res.body.recordId;
    const [row] = await t.ctx.db.select().from(records).where(eq(records.id, findingId));
    expect(row).toMatchObject({ kind: 'observation', ownerAuthority: 'osh', classification: 'restricted' });
    expect(row!.secrecyBasis).toContain('621/1999');
    expect((await call(t, f.osh, 'GET', `/api/records/${findingId}`)).status).toBe(200);
    expect((await call(t, f.lead, 'GET', `/api/records/${findingId}`)).status).toBe(404);
    expect((await call(t, f.tax, 'GET', `/api/records/${findingId}`)).status).toBe(404);

    const seenBy = async (as: typeof f.lead) =>
      (await call<Field>(t, as, 'GET', field())).body.targets.find((x) => x.operationTargetId === f.targetA)
        ?.findings[0];
    expect(await seenBy(f.osh)).toMatchObject({
      visible: true,
      area: 'occupational_safety',
      title: 'Pickers sleep in a barn',
    });
    expect(await seenBy(f.lead)).toEqual({
      recordId: findingId,
      ownerAuthority: 'osh',
      visible: false,
      area: null,
      iloIndicators: [],
      title: null,
      createdAt: null,
      attachments: 0,
    });

    const disclosed = await call(t, f.osh, 'POST', '/api/disclosures', {
      recordIds: [findingId],
      to: ['police'],
      purpose: 'crime_prevention',
      initiative: 'own',
    });
    expect(disclosed.status).toBe(201);
    expect(await seenBy(f.lead)).toMatchObject({ visible: true, title: 'Pickers sleep in a barn' });
    expect((await seenBy(f.tax))?.visible).toBe(false);
    expect(
      (await call(t, f.osh, 'POST', at(f.targetA, 'findings'), { ...finding, area: 'nope' })).status,
    ).toBe(400);
  });

  it('attaches photos to one’s own finding only', async () => {
    const photo = (as: typeof f.lead, type = 'image/png', body: Buffer = PNG) =>
      t.request(
        {
          method: 'POST',
          url: `${at(f.targetA, 'findings')}/${findingId}/photos?filename=barn.png`,
          headers: { 'content-type': type },
          payload: body,
        },
        as,
      );
    expect((await photo(f.osh)).statusCode).toBe(201);
    expect((await photo(f.lead)).statusCode).toBe(403); // disclosed to the police, still OSH's record
    expect((await photo(f.osh, 'image/png', Buffer.from('<html>'))).statusCode).toBe(415);
    expect(
      await t.ctx.db.select().from(recordAttachments).where(eq(recordAttachments.recordId, findingId)),
    ).toHaveLength(1);
  });

  it('records possible victims referred to the assistance system, with the time', async () => {
    const res = await call(t, f.osh, 'POST', at(f.targetA, 'referrals'), {
      persons: 3,
      referredAt: '2027-07-01T08:00:00+03:00',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ authority: 'osh', persons: 3, referredTo: 'nas' });
    expect((await call(t, f.osh, 'POST', at(f.targetA, 'referrals'), { persons: 0 })).status).toBe(400);
    expect(await t.ctx.db.select().from(victimReferrals)).toHaveLength(1);
    const lead = (await call<Field>(t, f.lead, 'GET', field())).body.targets[1];
    expect(lead?.referrals).toEqual([
      expect.objectContaining({ persons: 3, referredAt: '2027-07-01T05:00:00.000Z' }),
    ]);
  });

  it('finishes targets as visited or not visited with a note', async () => {
    expect((await call(t, f.tax, 'POST', at(f.targetB, 'finish'), { visited: false })).status).toBe(400);
    expect((await call(t, f.tax, 'POST', at(f.targetB, 'finish'), { visited: true })).status).toBe(409);
    const notVisited = await call(t, f.tax, 'POST', at(f.targetB, 'finish'), {
      visited: false,
      note: 'Office closed; nobody on site.',
    });
    expect(notVisited.status).toBe(200);
    expect((await call(t, f.osh, 'POST', at(f.targetA, 'finish'), { visited: true })).status).toBe(200);
    const targets = (await call<Field>(t, f.lead, 'GET', field())).body.targets;
    expect(targets.map((x) => x.visited)).toEqual([false, true]);
    expect(targets[0]?.note).toBe('Office closed; nobody on site.');
  });

  it('tells the command through operation events carrying ids only', async () => {
    const rows = await t.ctx.db.select().from(events).where(like(events.type, 'operation.%'));
    const types = rows.filter((e) => e.subjectId === f.operationId).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'operation.arrived',
        'operation.finding_recorded',
        'operation.victim_referred',
        'operation.target_finished',
      ]),
    );
    const text = JSON.stringify(rows.map((e) => e.data));
    expect(text).not.toContain('barn');
    expect(text).not.toContain('Office closed');
  });

  it('closes field actions when execution ends', async () => {
    expect((await transition('start_follow_up')).status).toBe(200);
    expect((await call(t, f.osh, 'POST', at(f.targetA, 'findings'), finding)).status).toBe(409);
    expect((await call(t, f.osh, 'POST', at(f.targetA, 'referrals'), { persons: 1 })).status).toBe(409);
  });
});
