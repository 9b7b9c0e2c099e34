/** Bad input to the initiatives and operations API, on both databases: answered with 400 (or 403/404), nothing written. */
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedIn, TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { initiatives } from './initiatives.tables.ts';
import { type OperationsApi, startOperationsApi } from './operations.api.testing.ts';
import type { TOperation } from './operations.schemas.ts';
import { operations } from './operations.tables.ts';

describe.each(DB_KINDS)('operations API input on %s', (kind) => {
  let t: TestApp;
  let lead: SignedIn;
  let policeOfficer: SignedIn;
  let osh: SignedIn;
  let call: OperationsApi['call'];

  const rows = async (table: typeof initiatives | typeof operations) =>
    (await t.ctx.db.select({ n: count() }).from(table))[0]!.n;

  beforeAll(async () => {
    ({ t, lead, policeOfficer, osh, call } = await startOperationsApi(kind));
  });
  afterAll(() => t.close());

  it('answers bad input with 400 and writes nothing', async () => {
    const before = await rows(initiatives);
    const missingNeed = await call(osh, 'POST', '/api/initiatives', {
      title: 'No need',
      issueAreas: ['wages'],
      secrecyBasis: 'x',
    });
    expect(missingNeed.status).toBe(400);
    const badArea = await call(osh, 'POST', '/api/initiatives', {
      title: 'Bad area',
      need: 'x',
      issueAreas: ['astrology'],
      secrecyBasis: 'x',
    });
    expect(badArea.status).toBe(400);
    const unseenRecord = await call(osh, 'POST', '/api/initiatives', {
      title: 'Unseen record',
      need: 'x',
      issueAreas: ['wages'],
      secrecyBasis: 'x',
      recordIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unseenRecord.status).toBe(404);
    expect(await rows(initiatives)).toBe(before);

    const opsBefore = await rows(operations);
    expect((await call(lead, 'POST', '/api/operations', { title: 'No areas', issueAreas: [] })).status).toBe(
      400,
    );
    expect(
      (
        await call(lead, 'POST', '/api/operations', {
          title: 'Backwards',
          issueAreas: ['wages'],
          startsOn: '2027-06-10',
          endsOn: '2027-06-01',
        })
      ).status,
    ).toBe(400);
    // Only an operation lead starts an operation.
    expect(
      (await call(policeOfficer, 'POST', '/api/operations', { title: 'Officer', issueAreas: ['wages'] }))
        .status,
    ).toBe(403);
    expect(await rows(operations)).toBe(opsBefore);
    const op = (
      await call<TOperation>(lead, 'POST', '/api/operations', { title: 'Dates', issueAreas: ['wages'] })
    ).body;
    const backwards = await call(lead, 'PATCH', `/api/operations/${op.id}`, {
      startsOn: '2027-06-10',
      endsOn: '2027-06-01',
    });
    expect(backwards.status).toBe(400);
    expect((await call(lead, 'PATCH', `/api/operations/${op.id}`, {})).status).toBe(400);
    expect((await call(lead, 'GET', `/api/operations/${op.id}`)).body).toMatchObject({
      startsOn: null,
      endsOn: null,
    });
  });
});
