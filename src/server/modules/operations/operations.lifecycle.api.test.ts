/**
 * The operation's life cycle through the real API on both databases: an operation made of an
 * initiative, invitations and answers, agenda decisions, transitions refused with every unmet
 * precondition, results, follow-ups and investigations, and closing with a follow-up still open.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditLog } from '../../platform/audit/audit.table.ts';
import type { SignedIn, TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { AGENDA_SEED_KEYS } from './agenda.service.ts';
import type { ZFollowUp, ZInvestigations, ZStatistics } from './followup.schemas.ts';
import { targetResults } from './followup.tables.ts';
import type { ZSeat } from './initiatives.schemas.ts';
import { loadOperation } from './operations.access.ts';
import { type OperationsApi, startOperationsApi } from './operations.api.testing.ts';
import type { TOperation, TOperationSummary, ZAgenda } from './operations.schemas.ts';
import { actorOf, selectTarget } from './operations.testing.ts';
import { operationPlans, planShares } from './plan.tables.ts';
import type { Refusal } from './plan.testing.ts';
import { operationTargets } from './selection.tables.ts';
import { applyTransition } from './transitions.service.ts';

type Agenda = z.infer<typeof ZAgenda>;
type FollowUp = z.infer<typeof ZFollowUp>;

describe.each(DB_KINDS)('operations life cycle API on %s', (kind) => {
  let t: TestApp;
  let lead: SignedIn;
  let policeOfficer: SignedIn;
  let osh: SignedIn;
  let tax: SignedIn;
  let call: OperationsApi['call'];
  let newInitiative: OperationsApi['newInitiative'];

  beforeAll(async () => {
    ({ t, lead, policeOfficer, osh, tax, call, newInitiative } = await startOperationsApi(kind));
  });
  afterAll(() => t.close());

  it('runs an operation from initiative to closed, refusing transitions with every unmet precondition', async () => {
    const initiativeId = (await newInitiative('Greenhouse chain')).body.id as string;
    await call(osh, 'POST', `/api/initiatives/${initiativeId}/address`, {
      authorities: ['police'],
      purpose: 'crime_prevention',
    });

    // Create: lead seat, 13 agenda items in the seed's order, the initiative accepted — one transaction.
    const created = await call<TOperation>(lead, 'POST', '/api/operations', {
      title: 'Greenhouse season 2027',
      initiativeId,
      issueAreas: ['wages', 'occupational_safety', 'victims'],
      sectors: ['agriculture'],
      startsOn: '2027-05-01',
      endsOn: '2027-09-30',
    });
    expect(created.status).toBe(201);
    const op = created.body;
    const id = op.id as string;
    expect(op.reference).toMatch(/^OP-\d{4}-\d{4}$/);
    expect(op).toMatchObject({ status: 'planning', leadAuthority: 'police', you: { lead: true } });
    expect(op.participants).toEqual(
      [{ authority: 'police', role: 'lead', status: 'accepted' }].map((p) => expect.objectContaining(p)),
    );
    const agenda = await call<Agenda>(policeOfficer, 'GET', `/api/operations/${id}/agenda`);
    expect(agenda.body.items.map((i: { itemKey: string }) => i.itemKey)).toEqual([...AGENDA_SEED_KEYS]);
    expect((await call(osh, 'GET', `/api/initiatives/${initiativeId}`)).body).toMatchObject({
      status: 'accepted',
      operationId: id,
    });

    // Not yet invited: OSH does not see it.
    expect((await call(osh, 'GET', `/api/operations/${id}`)).status).toBe(404);
    const suggestions = await call<{ seats: z.infer<typeof ZSeat>[] }>(
      lead,
      'GET',
      `/api/operations/${id}/participants/suggestions`,
    );
    const seats = suggestions.body.seats as { authority: string; status: string | null }[];
    expect(seats.find((s) => s.authority === 'police')?.status).toBe('accepted');
    expect(seats.find((s) => s.authority === 'osh')?.status).toBeNull();

    // Invite OSH and Tax; OSH accepts, Tax declines and loses access at once.
    const invited = await call<TOperation>(lead, 'POST', `/api/operations/${id}/participants`, {
      authorities: ['osh', 'tax'],
    });
    expect(invited.status).toBe(200);
    expect(
      invited.body.participants.map((p: { authority: string; status: string }) => [p.authority, p.status]),
    ).toEqual([
      ['police', 'accepted'],
      ['osh', 'invited'],
      ['tax', 'invited'],
    ]);
    expect((await call(osh, 'GET', `/api/operations/${id}`)).status).toBe(200);
    expect(
      (await call<{ items: unknown[] }>(osh, 'GET', '/api/notifications')).body.items.length,
    ).toBeGreaterThan(0);
    expect(
      (await call(tax, 'POST', `/api/operations/${id}/participants/tax/respond`, { accept: false })).status,
    ).toBe(400);
    expect(
      (await call(osh, 'POST', `/api/operations/${id}/participants/tax/respond`, { accept: true })).status,
    ).toBe(403);
    expect(
      (await call(osh, 'POST', `/api/operations/${id}/participants/osh/respond`, { accept: true })).body,
    ).toEqual({ authority: 'osh', status: 'accepted' });
    expect(
      (
        await call(tax, 'POST', `/api/operations/${id}/participants/tax/respond`, {
          accept: false,
          reason: 'No tax angle this season',
        })
      ).status,
    ).toBe(200);
    expect((await call(tax, 'GET', `/api/operations/${id}`)).status).toBe(404);
    expect(
      (await call<{ items: TOperationSummary[] }>(tax, 'GET', '/api/operations')).body.items.map(
        (o: { id: string }) => o.id,
      ),
    ).not.toContain(id);
    expect(
      (
        await call(osh, 'PATCH', `/api/operations/${id}/participants/osh`, {
          supervises: 'Wages and working hours',
        })
      ).status,
    ).toBe(200);
    expect(
      (await call(osh, 'PATCH', `/api/operations/${id}/participants/police`, { contact: 'x' })).status,
    ).toBe(403);

    // Transitions refused with every unmet precondition.
    const early = await call<Refusal>(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'start_execution',
    });
    expect(early.status).toBe(409);
    expect(early.body.details.unmet).toEqual(['wrong_state', 'plan_not_shared']);
    const notLead = await call<Refusal>(osh, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'cancel',
    });
    expect(notLead.status).toBe(409);
    expect(notLead.body.details.unmet).toEqual(['not_lead', 'reason_required']);
    const read = await call<TOperation>(lead, 'GET', `/api/operations/${id}`);
    expect(read.body.transitions.find((x: { name: string }) => x.name === 'approve_plan')).toEqual({
      name: 'approve_plan',
      allowed: false,
      unmet: ['agenda_undecided', 'no_selected_targets', 'no_plan_draft'],
    });
    expect(
      (await call(lead, 'POST', `/api/operations/${id}/transitions`, { transition: 'approve_plan' })).status,
    ).toBe(400);

    // Agenda decisions (the lead only).
    const items = agenda.body.items as { id: string; itemKey: string }[];
    const itemId = (key: string) => items.find((i) => i.itemKey === key)!.id;
    expect(
      (await call(osh, 'PUT', `/api/operations/${id}/agenda/${itemId('main_goal')}`, { decision: 'x' }))
        .status,
    ).toBe(403);
    for (const key of ['lead_authority', 'main_goal', 'participants'])
      expect(
        (
          await call(lead, 'PUT', `/api/operations/${id}/agenda/${itemId(key)}`, {
            decision: `Decided: ${key}`,
          })
        ).status,
      ).toBe(200);
    const added = await call<Agenda>(lead, 'POST', `/api/operations/${id}/agenda`, { title: 'Interpreters' });
    expect(added.status).toBe(201);
    expect(added.body.items.at(-1)).toMatchObject({
      itemKey: 'extra_1',
      position: 14,
      title: 'Interpreters',
    });

    // The selection and plan modules (tested on their own) stand in here through the database and the
    // exported applyTransition, which the plan module calls when it approves a version.
    const otid = await selectTarget(t.ctx.db, id);
    await t.ctx.db.insert(operationPlans).values({ operationId: id, version: 1, sections: { goal: 'x' } });
    const leadActor = await actorOf(t.ctx.db, 'police.lead');
    await t.ctx.db.transaction(async (tx) => {
      const access = await loadOperation(tx, leadActor, id);
      await applyTransition(tx, leadActor, access, 'approve_plan');
      await tx.update(operationPlans).set({ status: 'approved' }).where(eq(operationPlans.operationId, id));
    });
    const unshared = await call<Refusal>(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'start_execution',
    });
    expect(unshared.status).toBe(409);
    expect(unshared.body.details.unmet).toEqual(['plan_not_shared']);
    const [plan] = await t.ctx.db.select().from(operationPlans).where(eq(operationPlans.operationId, id));
    await t.ctx.db
      .insert(planShares)
      .values({ planId: plan!.id, toAuthority: 'osh', legalBasis: 'test', ruleVersions: [] });
    const executing = await call<TOperation>(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'start_execution',
    });
    expect(executing.status).toBe(200);
    expect(executing.body.status).toBe('executing');

    const unfinished = await call<Refusal>(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'start_follow_up',
    });
    expect(unfinished.body.details.unmet).toEqual(['targets_not_finished']);
    await t.ctx.db
      .update(operationTargets)
      .set({ arrivedAt: new Date(), finishedAt: new Date(), visited: true })
      .where(eq(operationTargets.id, otid));
    expect(
      (
        await call<TOperation>(lead, 'POST', `/api/operations/${id}/transitions`, {
          transition: 'start_follow_up',
        })
      ).body.status,
    ).toBe('follow_up');

    // Results, follow-ups, investigations.
    const noResult = await call<Refusal>(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'close',
      reason: 'x',
    });
    expect(noResult.body.details.unmet).toEqual(['results_missing']);
    expect(
      (await call(tax, 'PUT', `/api/operations/${id}/targets/${otid}/results`, { outcome: 'guidance' }))
        .status,
    ).toBe(404);
    expect(
      (await call(osh, 'PUT', `/api/operations/${id}/targets/${otid}/results`, { outcome: 'astonishment' }))
        .status,
    ).toBe(400);
    const result = await call(osh, 'PUT', `/api/operations/${id}/targets/${otid}/results`, {
      outcome: 'improvement_notice',
      summary: 'Overtime unpaid',
    });
    expect(result.status).toBe(200);
    expect(
      (await t.ctx.db.select().from(targetResults).where(eq(targetResults.operationTargetId, otid))).length,
    ).toBe(1);

    expect(
      (
        await call(osh, 'POST', `/api/operations/${id}/follow-ups`, {
          title: 'Police to check',
          authority: 'police',
          dueOn: '2027-12-01',
        })
      ).status,
    ).toBe(403);
    const followUp = await call<FollowUp>(lead, 'POST', `/api/operations/${id}/follow-ups`, {
      title: 'Re-inspect the farm',
      authority: 'osh',
      dueOn: '2027-12-01',
      operationTargetId: otid,
    });
    expect(followUp.status).toBe(201);
    expect(followUp.body).toMatchObject({ status: 'open', authority: 'osh', mayChange: true });
    expect(
      (
        await call(lead, 'POST', `/api/operations/${id}/follow-ups`, {
          title: 'Tax is not at the table',
          authority: 'tax',
          dueOn: '2027-12-01',
        })
      ).status,
    ).toBe(400);

    expect(
      (
        await call(osh, 'POST', `/api/operations/${id}/investigations`, {
          caseReference: '5500/R/123/27',
          crimeTitle: 'extortionate_work_discrimination',
          openedOn: '2027-10-01',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(policeOfficer, 'POST', `/api/operations/${id}/investigations`, {
          caseReference: '5500/R/123/27',
          crimeTitle: 'being_rude',
          openedOn: '2027-10-01',
        })
      ).status,
    ).toBe(400);
    const investigation = await call(policeOfficer, 'POST', `/api/operations/${id}/investigations`, {
      caseReference: '5500/R/123/27',
      crimeTitle: 'extortionate_work_discrimination',
      openedOn: '2027-10-01',
      operationTargetId: otid,
    });
    expect(investigation.status).toBe(201);
    expect(investigation.body).toMatchObject({ crimeSection: 'RL 47:3a', caseReference: '5500/R/123/27' });
    expect(
      (await call<z.infer<typeof ZInvestigations>>(osh, 'GET', `/api/operations/${id}/investigations`)).body
        .items,
    ).toEqual([
      expect.objectContaining({
        authority: 'police',
        caseReference: null,
        crimeTitle: 'extortionate_work_discrimination',
      }),
    ]);

    const stats = await call<z.infer<typeof ZStatistics>>(osh, 'GET', `/api/operations/${id}/statistics`);
    expect(stats.body).toMatchObject({
      targets: { selected: 1, visited: 1, notVisited: 0 },
      followUps: { open: 1, done: 0, cancelled: 0, overdue: 0 },
      investigations: 1,
      outcomes: { improvement_notice: 1 },
    });
    expect(stats.body.byAuthority.map((a: { authority: string }) => a.authority)).toEqual(['police', 'osh']);

    // Closing with an open follow-up needs the lead's reason, which is stored.
    const open = await call<Refusal>(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'close',
    });
    expect(open.status).toBe(409);
    expect(open.body.details.unmet).toEqual(['open_follow_ups']);
    const closed = await call<TOperation>(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'close',
      reason: 'OSH re-inspects within its own programme',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closingReason: 'OSH re-inspects within its own programme',
      openFollowUps: 1,
    });
    expect(closed.body.closedAt).not.toBeNull();
    // The task left open is still done afterwards, by its authority.
    expect(
      (await call(osh, 'PATCH', `/api/operations/${id}/follow-ups/${followUp.body.id}`, { status: 'done' }))
        .body,
    ).toMatchObject({ status: 'done', overdue: false });
    // Closed is final: nothing else changes any more.
    expect((await call(lead, 'PATCH', `/api/operations/${id}`, { goal: 'later' })).status).toBe(409);
    expect(
      (
        await call<Refusal>(lead, 'POST', `/api/operations/${id}/transitions`, {
          transition: 'cancel',
          reason: 'x',
        })
      ).body.details.unmet,
    ).toEqual(['wrong_state']);

    const audited = await t.ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'operation'), eq(auditLog.targetId, id)));
    const actions = new Set(audited.map((a) => a.action));
    for (const action of [
      'operation.create',
      'operation.read',
      'operation.agenda.read',
      'operation.participants.invite',
      'operation.participants.respond',
      'operation.agenda.decide',
      'operation.transition',
      'operation.result.record',
      'operation.follow_up.create',
      'operation.investigation.link',
      'operation.statistics.read',
    ])
      expect(actions).toContain(action);
  });
});
