/**
 * The operation's life cycle through the real API on both databases: an initiative addressed through
 * the engine, an operation made of it, invitations and answers, agenda decisions, transitions refused
 * with every unmet precondition, results, follow-ups and investigations, closing with and without open
 * follow-ups; bad input changes nothing.
 */
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { AGENDA_SEED_KEYS } from './agenda.service.ts';
import { targetResults } from './followup.tables.ts';
import { initiativeDisclosures, initiatives } from './initiatives.tables.ts';
import { loadOperation } from './operations.access.ts';
import { operations } from './operations.tables.ts';
import { actorOf, selectTarget } from './operations.testing.ts';
import { operationPlans, planShares } from './plan.tables.ts';
import { operationTargets } from './selection.tables.ts';
import { applyTransition } from './transitions.service.ts';

describe.each(DB_KINDS)('operations API on %s', (kind) => {
  let t: TestApp;
  let lead: SignedIn;
  let policeOfficer: SignedIn;
  let osh: SignedIn;
  let tax: SignedIn;
  let migri: SignedIn;

  const call = async (
    as: SignedIn,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => {
    const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
    return { status: res.statusCode, body: res.body ? res.json() : null };
  };
  const rows = async (table: typeof initiatives | typeof operations) =>
    (await t.ctx.db.select({ n: count() }).from(table))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [lead, policeOfficer, osh, tax, migri] = await Promise.all([
      t.signIn('police.lead'),
      t.signIn('police.officer'),
      t.signIn('osh.inspector'),
      t.signIn('tax.officer'),
      t.signIn('migri.officer'),
    ]);
  });
  afterAll(() => t.close());

  const newInitiative = (title = 'Berry farm wages') =>
    call(osh, 'POST', '/api/initiatives', {
      title,
      need: 'Several farms in the same chain pay pickers well below the collective agreement.',
      observations: 'Inspections in 2025 found unpaid overtime.',
      issueAreas: ['wages', 'occupational_safety', 'victims'],
      sectors: ['agriculture'],
      categories: ['osh_inspection_findings'],
      secrecyBasis: '621/1999 24 § 1 mom. 15 kohta',
    });

  it('addresses an initiative through the engine; a recipient never sees the other recipients', async () => {
    const created = await newInitiative();
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ ownerAuthority: 'osh', status: 'open', addressedTo: [] });

    const toTax = await call(osh, 'POST', `/api/initiatives/${id}/address`, {
      authorities: ['tax'],
      purpose: 'tax_supervision',
    });
    expect(toTax.status).toBe(200);
    expect(toTax.body.results).toEqual([expect.objectContaining({ authority: 'tax', allowed: true })]);
    expect(toTax.body.results[0].legalBasis).toContain('44/2006');
    const toOthers = await call(osh, 'POST', `/api/initiatives/${id}/address`, {
      authorities: ['police', 'enforcement'],
      purpose: 'crime_prevention',
    });
    const byAuthority = Object.fromEntries(
      (toOthers.body.results as { authority: string; allowed: boolean }[]).map((r) => [
        r.authority,
        r.allowed,
      ]),
    );
    expect(byAuthority).toEqual({ police: true, enforcement: false });

    const stored = await t.ctx.db
      .select()
      .from(initiativeDisclosures)
      .where(eq(initiativeDisclosures.initiativeId, id));
    expect(stored.map((d) => d.toAuthority).sort()).toEqual(['police', 'tax']);
    for (const d of stored) {
      expect(d.legalBasis).not.toBe('');
      expect(d.ruleVersions.length).toBeGreaterThan(0);
    }

    const asOwner = await call(osh, 'GET', `/api/initiatives/${id}`);
    expect(asOwner.body.addressedTo.map((a: { authority: string }) => a.authority).sort()).toEqual([
      'police',
      'tax',
    ]);
    const asTax = await call(tax, 'GET', `/api/initiatives/${id}`);
    expect(asTax.status).toBe(200);
    expect(asTax.body.addressedTo).toBeUndefined();
    expect(JSON.stringify(asTax.body)).not.toContain('police');
    const taxList = await call(tax, 'GET', '/api/initiatives');
    expect(taxList.body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(JSON.stringify(taxList.body)).not.toContain('police');

    expect((await call(migri, 'GET', `/api/initiatives/${id}`)).status).toBe(404);
    expect(
      (await call(migri, 'GET', '/api/initiatives')).body.items.map((i: { id: string }) => i.id),
    ).not.toContain(id);
    expect((await call(migri, 'GET', `/api/initiatives/${id}/suggested-participants`)).status).toBe(404);
    // A recipient may not address it onwards.
    expect(
      (
        await call(tax, 'POST', `/api/initiatives/${id}/address`, {
          authorities: ['migri'],
          purpose: 'tax_supervision',
        })
      ).status,
    ).toBe(403);

    const seats = await call(tax, 'GET', `/api/initiatives/${id}/suggested-participants`);
    expect(seats.status).toBe(200);
    expect(seats.body.seats.map((s: { authority: string }) => s.authority)).toEqual(
      expect.arrayContaining(['osh', 'police', 'nas']),
    );
  });

  it('lets a recipient decline (it stops seeing the initiative) and the owner withdraw', async () => {
    const id = (await newInitiative('Declined by all')).body.id as string;
    await call(osh, 'POST', `/api/initiatives/${id}/address`, {
      authorities: ['tax'],
      purpose: 'tax_supervision',
    });
    await call(osh, 'POST', `/api/initiatives/${id}/address`, {
      authorities: ['police'],
      purpose: 'crime_prevention',
    });
    expect(
      (await call(migri, 'POST', `/api/initiatives/${id}/decline`, { reason: 'Not addressed' })).status,
    ).toBe(404);
    expect((await call(tax, 'POST', `/api/initiatives/${id}/decline`, { reason: 'No' })).status).toBe(400);
    expect(
      (await call(tax, 'POST', `/api/initiatives/${id}/decline`, { reason: 'Outside our programme' })).body,
    ).toEqual({ id, status: 'declined' });
    expect((await call(tax, 'GET', `/api/initiatives/${id}`)).status).toBe(404);
    const afterTax = await call(osh, 'GET', `/api/initiatives/${id}`);
    expect(afterTax.body).toMatchObject({ status: 'open', statusReason: 'Outside our programme' });
    expect(
      afterTax.body.addressedTo.map((a: { authority: string; declinedAt: string | null }) => [
        a.authority,
        a.declinedAt === null,
      ]),
    ).toEqual([
      ['tax', false],
      ['police', true],
    ]);
    // The other recipient does not learn of the decline or its reason.
    expect((await call(policeOfficer, 'GET', `/api/initiatives/${id}`)).body).toMatchObject({
      status: 'open',
      statusReason: null,
    });
    await call(policeOfficer, 'POST', `/api/initiatives/${id}/decline`, { reason: 'No capacity now' });
    expect((await call(osh, 'GET', `/api/initiatives/${id}`)).body.status).toBe('declined');
    // Addressed anew, it is open again; withdrawn, it is final.
    await call(osh, 'POST', `/api/initiatives/${id}/address`, {
      authorities: ['tax'],
      purpose: 'tax_supervision',
    });
    expect((await call(tax, 'GET', `/api/initiatives/${id}`)).body.status).toBe('open');
    expect(
      (await call(osh, 'POST', `/api/initiatives/${id}/decline`, { reason: 'Handled otherwise' })).body,
    ).toEqual({
      id,
      status: 'withdrawn',
    });
    expect(
      (
        await call(osh, 'POST', `/api/initiatives/${id}/address`, {
          authorities: ['police'],
          purpose: 'crime_prevention',
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call(lead, 'POST', '/api/operations', {
          title: 'From withdrawn',
          initiativeId: id,
          issueAreas: ['wages'],
        })
      ).status,
    ).toBe(404);
  });

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
    const op = (await call(lead, 'POST', '/api/operations', { title: 'Dates', issueAreas: ['wages'] })).body;
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

  it('runs an operation from initiative to closed, refusing transitions with every unmet precondition', async () => {
    const initiativeId = (await newInitiative('Greenhouse chain')).body.id as string;
    await call(osh, 'POST', `/api/initiatives/${initiativeId}/address`, {
      authorities: ['police'],
      purpose: 'crime_prevention',
    });

    // Create: lead seat, 13 agenda items in the seed's order, the initiative accepted — one transaction.
    const created = await call(lead, 'POST', '/api/operations', {
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
    const agenda = await call(policeOfficer, 'GET', `/api/operations/${id}/agenda`);
    expect(agenda.body.items.map((i: { itemKey: string }) => i.itemKey)).toEqual([...AGENDA_SEED_KEYS]);
    expect((await call(osh, 'GET', `/api/initiatives/${initiativeId}`)).body).toMatchObject({
      status: 'accepted',
      operationId: id,
    });

    // Not yet invited: OSH does not see it.
    expect((await call(osh, 'GET', `/api/operations/${id}`)).status).toBe(404);
    const suggestions = await call(lead, 'GET', `/api/operations/${id}/participants/suggestions`);
    const seats = suggestions.body.seats as { authority: string; status: string | null }[];
    expect(seats.find((s) => s.authority === 'police')?.status).toBe('accepted');
    expect(seats.find((s) => s.authority === 'osh')?.status).toBeNull();

    // Invite OSH and Tax; OSH accepts, Tax declines and loses access at once.
    const invited = await call(lead, 'POST', `/api/operations/${id}/participants`, {
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
    expect((await call(osh, 'GET', '/api/notifications')).body.items.length).toBeGreaterThan(0);
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
      (await call(tax, 'GET', '/api/operations')).body.items.map((o: { id: string }) => o.id),
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
    const early = await call(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'start_execution',
    });
    expect(early.status).toBe(409);
    expect(early.body.details.unmet).toEqual(['wrong_state', 'plan_not_shared']);
    const notLead = await call(osh, 'POST', `/api/operations/${id}/transitions`, { transition: 'cancel' });
    expect(notLead.status).toBe(409);
    expect(notLead.body.details.unmet).toEqual(['not_lead', 'reason_required']);
    const read = await call(lead, 'GET', `/api/operations/${id}`);
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
    const added = await call(lead, 'POST', `/api/operations/${id}/agenda`, { title: 'Interpreters' });
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
    const unshared = await call(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'start_execution',
    });
    expect(unshared.status).toBe(409);
    expect(unshared.body.details.unmet).toEqual(['plan_not_shared']);
    const [plan] = await t.ctx.db.select().from(operationPlans).where(eq(operationPlans.operationId, id));
    await t.ctx.db
      .insert(planShares)
      .values({ planId: plan!.id, toAuthority: 'osh', legalBasis: 'test', ruleVersions: [] });
    const executing = await call(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'start_execution',
    });
    expect(executing.status).toBe(200);
    expect(executing.body.status).toBe('executing');

    const unfinished = await call(lead, 'POST', `/api/operations/${id}/transitions`, {
      transition: 'start_follow_up',
    });
    expect(unfinished.body.details.unmet).toEqual(['targets_not_finished']);
    await t.ctx.db
      .update(operationTargets)
      .set({ arrivedAt: new Date(), finishedAt: new Date(), visited: true })
      .where(eq(operationTargets.id, otid));
    expect(
      (await call(lead, 'POST', `/api/operations/${id}/transitions`, { transition: 'start_follow_up' })).body
        .status,
    ).toBe('follow_up');

    // Results, follow-ups, investigations.
    const noResult = await call(lead, 'POST', `/api/operations/${id}/transitions`, {
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
    const followUp = await call(lead, 'POST', `/api/operations/${id}/follow-ups`, {
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
    expect((await call(osh, 'GET', `/api/operations/${id}/investigations`)).body.items).toEqual([
      expect.objectContaining({
        authority: 'police',
        caseReference: null,
        crimeTitle: 'extortionate_work_discrimination',
      }),
    ]);

    const stats = await call(osh, 'GET', `/api/operations/${id}/statistics`);
    expect(stats.body).toMatchObject({
      targets: { selected: 1, visited: 1, notVisited: 0 },
      followUps: { open: 1, done: 0, cancelled: 0, overdue: 0 },
      investigations: 1,
      outcomes: { improvement_notice: 1 },
    });
    expect(stats.body.byAuthority.map((a: { authority: string }) => a.authority)).toEqual(['police', 'osh']);

    // Closing with an open follow-up needs the lead's reason, which is stored.
    const open = await call(lead, 'POST', `/api/operations/${id}/transitions`, { transition: 'close' });
    expect(open.status).toBe(409);
    expect(open.body.details.unmet).toEqual(['open_follow_ups']);
    const closed = await call(lead, 'POST', `/api/operations/${id}/transitions`, {
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
      (await call(lead, 'POST', `/api/operations/${id}/transitions`, { transition: 'cancel', reason: 'x' }))
        .body.details.unmet,
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

  it('closes without a reason when no follow-up is open, and cancels only with a reason', async () => {
    const id = (
      await call(lead, 'POST', '/api/operations', { title: 'Construction season', issueAreas: ['wages'] })
    ).body.id as string;
    const noReason = await call(lead, 'POST', `/api/operations/${id}/transitions`, { transition: 'cancel' });
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
    const task = await call(lead, 'POST', `/api/operations/${id}/follow-ups`, {
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
    const closed = await call(lead, 'POST', `/api/operations/${id}/transitions`, { transition: 'close' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closingReason: null, openFollowUps: 0 });

    const other = (
      await call(lead, 'POST', '/api/operations', { title: 'Called off', issueAreas: ['wages'] })
    ).body.id as string;
    const cancelled = await call(lead, 'POST', `/api/operations/${other}/transitions`, {
      transition: 'cancel',
      reason: 'The season was short',
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', closingReason: 'The season was short' });
  });
});
