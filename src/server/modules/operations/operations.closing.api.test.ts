/**
 * Ending an operation through the real API on both databases: closing without a reason when no
 * follow-up is open, and cancelling only with a reason.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { SignedIn, TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import type { ZFollowUp } from './followup.schemas.ts';
import { type OperationsApi, startOperationsApi } from './operations.api.testing.ts';
import type { TOperation } from './operations.schemas.ts';
import { operations } from './operations.tables.ts';
import { selectTarget } from './operations.testing.ts';
import type { Refusal } from './plan.testing.ts';
import { operationTargets } from './selection.tables.ts';

type FollowUp = z.infer<typeof ZFollowUp>;

describe.each(DB_KINDS)('operations closing API on %s', (kind) => {
  let t: TestApp;
  let lead: SignedIn;
  let call: OperationsApi['call'];

  beforeAll(async () => {
    ({ t, lead, call } = await startOperationsApi(kind));
  });
  afterAll(() => t.close());

  it('closes without a reason when no follow-up is open, and cancels only with a reason', async () => {
    const id = (
      await call<TOperation>(lead, 'POST', '/api/operations', {
        title: 'Construction season',
        issueAreas: ['wages'],
      })
    ).body.id as string;
    const noReason = await call<Refusal>(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'cancel',
    });
    expect(noReason.body.details.unmet).toEqual(['reason_required']);
    const otid = await selectTarget(t.ctx.db, id);
    await t.ctx.db.update(operations).set({ status: 'follow_up' }).where(eq(operations.id, id));
    await t.ctx.db
      .update(operationTargets)
      .set({ arrivedAt: new Date(), finishedAt: new Date(), visited: true })
      .where(eq(operationTargets.id, otid));
    expect(
      (await call(lead, 'PUT', `/api/operations/${id}/targets/${otid}/results`, { outcome: 'no_findings' }))
        .status,
    ).toBe(200);
    const task = await call<FollowUp>(lead, 'POST', `/api/operations/${id}/follow-ups`, {
      title: 'Send the summary',
      authority: 'police',
      dueOn: '2027-01-15',
    });
    expect(
      (
        await call(lead, 'PATCH', `/api/operations/${id}/follow-ups/${task.body.id}`, {
          status: 'done',
          outcome: 'Sent',
        })
      ).body,
    ).toMatchObject({ status: 'done', outcome: 'Sent' });
    const closed = await call<TOperation>(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'close',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closingReason: null, openFollowUps: 0 });

    const other = (
      await call<TOperation>(lead, 'POST', '/api/operations', { title: 'Called off', issueAreas: ['wages'] })
    ).body.id as string;
    const cancelled = await call(lead, 'POST', `/api/operations/${other}/transitions`, {
      transition: 'cancel',
      reason: 'The season was short',
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', closingReason: 'The season was short' });
  });
});
