/** The annual clock: yearly projection (pure), the API on both databases, and the demo clock. */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOperations } from '../../seed/demo-operations.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { moveToYear, projectYearly } from './clock.service.ts';
import { clockItems } from './clock.tables.ts';
import { initiatives } from './initiatives.tables.ts';

describe('yearly projection', () => {
  it('moves an item to the year asked for, keeping its length', () => {
    expect(projectYearly({ startsOn: '2026-07-15', endsOn: '2026-09-30' }, 2029)).toEqual({
      startsOn: '2029-07-15',
      endsOn: '2029-09-30',
    });
  });
  it('shows an item running over New Year in both years', () => {
    const item = { startsOn: '2026-12-20', endsOn: '2027-01-10' };
    expect(projectYearly(item, 2027)).toEqual({ startsOn: '2027-12-20', endsOn: '2028-01-10' });
    expect(projectYearly(item, 2026)).toEqual({ startsOn: '2026-12-20', endsOn: '2027-01-10' });
  });
  it('does not project into years before the item began', () => {
    expect(projectYearly({ startsOn: '2027-03-01', endsOn: '2027-10-31' }, 2026)).toBeNull();
  });
  it('turns 29 February into 28 February in a common year', () => {
    expect(moveToYear('2028-02-29', 2029)).toBe('2029-02-28');
    expect(moveToYear('2028-02-29', 2032)).toBe('2032-02-29');
  });
});

describe.each(DB_KINDS)('annual clock on %s', (kind) => {
  let t: TestApp;
  let osh: SignedIn;
  let police: SignedIn;
  let analyst: SignedIn;
  let editor: SignedIn;
  const call = async (
    as: SignedIn,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => {
    const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
    return { status: res.statusCode, body: res.body ? res.json() : null };
  };
  const itemCount = async () => (await t.ctx.db.select({ n: count() }).from(clockItems))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [osh, police, analyst, editor] = await Promise.all([
      t.signIn('osh.inspector'),
      t.signIn('police.officer'),
      t.signIn('police.analyst'),
      t.signIn('editor'),
    ]);
  });
  afterAll(() => t.close());

  it('seeds the demo clock once, every item citing its source', async () => {
    expect(await seedDemoOperations(t.ctx.db, 2027)).toBe(6);
    expect(await seedDemoOperations(t.ctx.db, 2027)).toBe(0);
    const rows = await t.ctx.db.select().from(clockItems);
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['empact_action_day', 'seasonal_work', 'theme_inspection']),
    );
    for (const r of rows) expect(r.source).toMatch(/FACTS\.md §[57]/);
    const [initiative] = await t.ctx.db.select().from(initiatives);
    expect(initiative?.clockItemId).not.toBeNull();
  });

  it('lists items overlapping a year, yearly ones projected, to every caseworker', async () => {
    const y2027 = await call(analyst, 'GET', '/api/clock?year=2027');
    expect(y2027.status).toBe(200);
    expect(y2027.body.items).toHaveLength(6);
    expect(y2027.body.items.map((i: { startsOn: string }) => i.startsOn)).toEqual(
      [...y2027.body.items.map((i: { startsOn: string }) => i.startsOn)].sort(),
    );
    const y2030 = await call(analyst, 'GET', '/api/clock?year=2030');
    expect(y2030.body.items.map((i: { title: string; startsOn: string }) => [i.title, i.startsOn])).toEqual([
      ['Kasvihuonekausi', '2030-03-01'],
      ['Rakennuskausi', '2030-04-01'],
      ['Luonnonmarjojen poimintakausi', '2030-07-15'],
    ]);
    expect((await call(editor, 'GET', '/api/clock?year=2027')).status).toBe(403);
    expect((await call(analyst, 'GET', '/api/clock?year=twenty')).status).toBe(400);
  });

  it('lets the owner authority change its items, and nobody else', async () => {
    const created = await call(police, 'POST', '/api/clock', {
      kind: 'theme_inspection',
      title: 'Car wash inspections',
      sectors: ['car_service'],
      startsOn: '2027-05-01',
      endsOn: '2027-05-31',
      authorities: ['police', 'osh'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ownerAuthority: 'police',
      recurring: 'once',
      mayEdit: true,
      source: null,
    });
    const id = created.body.id as string;
    expect(
      (await call(osh, 'GET', '/api/clock?year=2027')).body.items.find((i: { id: string }) => i.id === id)
        ?.mayEdit,
    ).toBe(false);
    expect((await call(osh, 'PATCH', `/api/clock/${id}`, { title: 'Mine now' })).status).toBe(403);
    expect((await call(osh, 'DELETE', `/api/clock/${id}`)).status).toBe(403);
    expect(
      (
        await call(analyst, 'POST', '/api/clock', {
          kind: 'other',
          title: 'Analyst',
          startsOn: '2027-01-01',
          endsOn: '2027-01-02',
        })
      ).status,
    ).toBe(403);
    const moved = await call(police, 'PATCH', `/api/clock/${id}`, { endsOn: '2027-06-15' });
    expect(moved.body.endsOn).toBe('2027-06-15');
    expect((await call(police, 'PATCH', `/api/clock/${id}`, { endsOn: '2027-04-01' })).status).toBe(400);
    expect((await call(police, 'DELETE', `/api/clock/${id}`)).status).toBe(204);
    expect((await t.ctx.db.select().from(clockItems).where(eq(clockItems.id, id))).length).toBe(0);
  });

  it('refuses bad input with 400 and writes nothing; keeps an item an initiative refers to', async () => {
    const before = await itemCount();
    const bad = [
      { kind: 'party', title: 'Bad kind', startsOn: '2027-01-01', endsOn: '2027-01-02' },
      { kind: 'other', title: 'Backwards', startsOn: '2027-02-01', endsOn: '2027-01-02' },
      { kind: 'other', title: 'Not a date', startsOn: '2027-13-01', endsOn: '2027-12-02' },
      { kind: 'other', title: 'Too long', startsOn: '2027-01-01', endsOn: '2028-06-01', recurring: 'yearly' },
      { kind: 'other', title: 'x', startsOn: '2027-01-01', endsOn: '2027-01-02' },
    ];
    for (const body of bad)
      expect((await call(osh, 'POST', '/api/clock', body)).status, body.title).toBe(400);
    expect(await itemCount()).toBe(before);
    const [initiative] = await t.ctx.db.select().from(initiatives);
    expect((await call(osh, 'DELETE', `/api/clock/${initiative!.clockItemId}`)).status).toBe(409);
  });
});
