import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { agendaItems, operations } from './operations.tables.ts';
import { extractPdfText } from './plan.pdf-text.testing.ts';
import type { TPlan, TShareResult } from './plan.schemas.ts';
import { planShares } from './plan.tables.ts';
import {
  call,
  type PlanFixture,
  planBody,
  type Refusal,
  setStatus,
  setupPlanFixture,
} from './plan.testing.ts';

/** The versions list, as far as these tests read it. */
type Versions = { items: { version: number; status: string }[] };
/** A saved draft's answer. */
type Saved = { id: string; version: number; status: string };

describe.each(DB_KINDS)('supervision plan on %s', (kind) => {
  let t: TestApp;
  let f: PlanFixture;
  const url = () => `/api/operations/${f.operationId}/plan`;

  beforeAll(async () => {
    t = await createTestApp(kind);
    f = await setupPlanFixture(t);
  }, 180_000);
  afterAll(() => t.close());

  const auditCount = async (action: string, userId: string) =>
    (
      await queryRows<{ n: number }>(
        t.ctx.db,
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND actor_user_id = ${userId}::uuid`,
      )
    )[0]!.n;

  it('pre-fills a new draft for the lead from the operation, the meeting and the competence map', async () => {
    const res = await call<TPlan>(t, f.lead, 'GET', `${url()}?locale=en`);
    expect(res.status).toBe(200);
    const plan = res.body;
    expect(plan.status).toBe('unsaved');
    expect(plan.version).toBeNull();
    expect(plan.sections.goal).toBe('Identify possible victims of trafficking among berry pickers.');
    expect(plan.sections.organisation).toContain('Command post at Mäntyharju police station.');
    expect(plan.sections.organisation).toContain('Laura Nieminen');
    // What each participant may disclose to the others, decided by the engine with its legal basis.
    expect(plan.sections.responsibilities).toMatch(/Police information — on request \(.*616\/2019/);
    expect(plan.sections.responsibilities).toContain('working hours, housing, occupational safety');
    expect(plan.categories).toEqual(['police_information']);
    expect(plan.targets.map((c) => c.name)).toEqual(['Marjatila Korpela Oy', 'Rakennus Tähti Oy']);
    // Languages of the workers the lead may see: the police's two, not OSH's Thai worker.
    const languages = plan.targets[0]!.suggestedLanguages.map((l) => l.language);
    expect(languages.sort()).toEqual(['ru', 'uk', 'vi']);
    expect(plan.targets[0]!.interpretation.sort()).toEqual(['ru', 'uk', 'vi']);
    expect(plan.you).toEqual({ authority: 'police', lead: true, mayEdit: true });
    // The period as its readers write dates.
    expect(plan.sections.organisation).toContain('1 July 2027 – 3 July 2027');
    const fi = await call<TPlan>(t, f.lead, 'GET', `${url()}?locale=fi`);
    expect(fi.body.sections.organisation).toContain('Valvonta-aika: 1.7.2027 – 3.7.2027');
  });

  it('lists a sector-limited competence only when the operation names that sector', async () => {
    const responsibilities = async () =>
      (await call<TPlan>(t, f.lead, 'GET', `${url()}?locale=en`)).body.sections.responsibilities;
    expect(await responsibilities()).toContain('Supervises driving and rest times');
    await t.ctx.db
      .update(operations)
      .set({ sectors: ['agriculture'] })
      .where(eq(operations.id, f.operationId));
    const berries = await responsibilities();
    expect(berries).not.toContain('Supervises driving and rest times');
    expect(berries).toContain('Supervises minimum terms and work discrimination');
    await t.ctx.db
      .update(operations)
      .set({ sectors: ['agriculture', 'road_transport'] })
      .where(eq(operations.id, f.operationId));
    expect(await responsibilities()).toContain('Supervises driving and rest times');
    await t.ctx.db.update(operations).set({ sectors: [] }).where(eq(operations.id, f.operationId));
  });

  it('shows no plan to participants before it is shared, nor to non-members', async () => {
    for (const as of [f.osh, f.tax, f.migri, f.geiu]) {
      expect((await call(t, as, 'GET', url())).status).toBe(404);
      expect((await call(t, as, 'GET', `${url()}.pdf`)).status).toBe(404);
    }
    expect((await call(t, f.geiu, 'GET', `${url()}/versions`)).status).toBe(404);
  });

  it('saves each PUT as a new draft version, lead only, and refuses bad input whole', async () => {
    const first = await call<Saved>(t, f.lead, 'PUT', url(), {
      ...planBody(f, 'Version one.'),
      categories: ['police_information', 'tax_information'],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ version: 1, status: 'draft' });
    const second = await call<Saved>(t, f.lead, 'PUT', url(), {
      ...planBody(f, 'Version two.'),
      categories: ['police_information', 'tax_information'],
    });
    expect(second.body).toMatchObject({ version: 2, status: 'draft' });
    expect((await call(t, f.osh, 'PUT', url(), planBody(f))).status).toBe(403);
    expect((await call(t, f.police, 'PUT', url(), planBody(f))).status).toBe(403);
    const stray = planBody(f);
    stray.targets.push({ operationTargetId: f.policeRecord, actionPlan: 'x', interpretation: [] });
    expect((await call(t, f.lead, 'PUT', url(), stray)).status).toBe(400);
    expect((await call(t, f.lead, 'PUT', url(), { ...planBody(f), categories: ['no_such'] })).status).toBe(
      400,
    );
    const versions = await call<Versions>(t, f.lead, 'GET', `${url()}/versions`);
    expect(versions.body.items.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'draft'],
    ]);
    const plan = (await call<TPlan>(t, f.lead, 'GET', url())).body;
    expect(plan.version).toBe(2);
    expect(plan.sections.goal).toBe('Version two.');
    // The visiting order and the per-target entries are the body's.
    expect(plan.targets.map((c) => c.operationTargetId)).toEqual([f.targetB, f.targetA]);
    expect(plan.targets[1]!.actionPlan).toBe('Police secure the farm first.');
    expect(plan.targets[1]!.interpretation).toEqual(['vi', 'uk']);
    const v1 = (await call<TPlan>(t, f.lead, 'GET', `${url()}?version=1`)).body;
    expect(v1.sections.goal).toBe('Version one.');
  });

  it('refuses to share before approval', async () => {
    const res = await call(t, f.lead, 'POST', `${url()}/share`, {});
    expect(res.status).toBe(409);
    expect(await t.ctx.db.select().from(planShares)).toHaveLength(0);
  });

  it('approves only through the approve_plan transition and its preconditions', async () => {
    const participants = and(
      eq(agendaItems.operationId, f.operationId),
      eq(agendaItems.itemKey, 'participants'),
    );
    await t.ctx.db.update(agendaItems).set({ decision: ' ' }).where(participants);
    const refused = await call<Refusal>(t, f.lead, 'POST', `${url()}/approve`);
    expect(refused.status).toBe(409);
    expect(refused.body.details.unmet).toEqual(['agenda_undecided']);
    expect((await call(t, f.osh, 'POST', `${url()}/approve`)).status).toBe(403);
    await t.ctx.db.update(agendaItems).set({ decision: 'Police, OSH and Tax.' }).where(participants);
    const approved = await call(t, f.lead, 'POST', `${url()}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ version: 2, status: 'approved' });
    const [op] = await t.ctx.db.select().from(operations).where(eq(operations.id, f.operationId));
    expect(op!.status).toBe('plan_approved');
    const versions = (await call<Versions>(t, f.lead, 'GET', `${url()}/versions`)).body.items;
    expect(versions.map((v) => v.status)).toEqual(['approved', 'superseded']);
    const again = await call<Refusal>(t, f.lead, 'POST', `${url()}/approve`);
    expect(again.status).toBe(409);
    expect(again.body.details.unmet).toEqual(expect.arrayContaining(['wrong_state', 'no_plan_draft']));
    expect((await call(t, f.lead, 'PUT', url(), planBody(f))).status).toBe(409);
  });

  it('gives a refused participant nothing and tells the lead why', async () => {
    // Version 2 carries tax information, which the police may not pass on: every share is refused.
    const res = await call<TShareResult>(t, f.lead, 'POST', `${url()}/share`, {});
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.authority).sort()).toEqual(['osh', 'tax']);
    for (const r of res.body.results) {
      expect(r.allowed).toBe(false);
      expect(r.legalBasis).toBeNull();
      expect(r.explanation.en.length).toBeGreaterThan(0);
    }
    expect(await t.ctx.db.select().from(planShares)).toHaveLength(0);
    expect((await call(t, f.osh, 'GET', url())).status).toBe(404);
  });

  it('shares a new approved version through the engine, with the legal basis stored', async () => {
    await setStatus(t, f.operationId, 'planning'); // the core's reopen_planning
    const body = { ...planBody(f, 'Version three.'), categories: ['police_information'] };
    expect((await call<Saved>(t, f.lead, 'PUT', url(), body)).body.version).toBe(3);
    expect((await call(t, f.lead, 'POST', `${url()}/approve`)).status).toBe(200);
    const res = await call<TShareResult>(t, f.lead, 'POST', `${url()}/share`, {});
    expect(res.status).toBe(200);
    const byAuthority = Object.fromEntries(res.body.results.map((r) => [r.authority, r]));
    expect(byAuthority.osh).toMatchObject({
      allowed: true,
      alreadyShared: false,
      legalBasis: '616/2019 22 § 3 mom.',
    });
    expect(byAuthority.tax).toMatchObject({ allowed: true, purpose: 'tax_supervision' });
    expect(byAuthority.migri).toBeUndefined(); // invited, not accepted
    const shares = await t.ctx.db.select().from(planShares);
    expect(shares.map((s) => s.toAuthority).sort()).toEqual(['osh', 'tax']);
    expect(shares[0]!.ruleVersions.length).toBeGreaterThan(0);
    const again = await call<TShareResult>(t, f.lead, 'POST', `${url()}/share`, {});
    expect(again.body.results.every((r) => r.alreadyShared)).toBe(true);
    expect(await t.ctx.db.select().from(planShares)).toHaveLength(2);
  });

  it('assembles each reader’s plan from what that reader may see', async () => {
    const read = async (as: typeof f.lead) => {
      const res = await call<TPlan>(t, as, 'GET', url());
      expect(res.status).toBe(200);
      const card = res.body.targets.find((c) => c.operationTargetId === f.targetA);
      expect(card).toBeDefined();
      return card!;
    };
    const lead = await read(f.lead);
    expect(lead.records.map((r) => r.id)).toEqual([f.policeRecord]);
    expect(lead.hits).toEqual([{ authority: 'osh', count: 1, categories: ['osh_inspection_findings'] }]);
    expect(lead.suggestedLanguages.map((l) => l.language).sort()).toEqual(['ru', 'uk', 'vi']);

    const osh = await read(f.osh);
    expect(osh.name).toBe('Marjatila Korpela Oy');
    expect(osh.records.map((r) => r.id)).toEqual([f.oshRecord]);
    expect(osh.hits).toEqual([{ authority: 'police', count: 1, categories: ['police_information'] }]);
    expect(osh.suggestedLanguages).toEqual([{ language: 'th', persons: 1 }]);
    expect(osh.actionPlan).toBe('Police secure the farm first.');

    const tax = await read(f.tax);
    expect(tax.records).toEqual([]);
    expect(tax.hits.map((h) => h.authority)).toEqual(['osh', 'police']);
    expect(tax.employees.visible).toBe(0);

    const oshPlan = (await call<TPlan>(t, f.osh, 'GET', url())).body;
    expect(oshPlan.sections.goal).toBe('Version three.');
    expect(oshPlan.shares).toBeNull();
    expect(oshPlan.sharedWithYou?.legalBasis).toBe('616/2019 22 § 3 mom.');
    expect(oshPlan.you).toEqual({ authority: 'osh', lead: false, mayEdit: false });
    // Versions never shared with OSH stay invisible to it.
    expect((await call(t, f.osh, 'GET', `${url()}?version=2`)).status).toBe(404);
    expect(
      (await call<Versions>(t, f.osh, 'GET', `${url()}/versions`)).body.items.map((v) => v.version),
    ).toEqual([3]);
    // A member the plan was not shared with, and a non-member, still get nothing.
    expect((await call(t, f.migri, 'GET', url())).status).toBe(404);
    expect((await call(t, f.geiu, 'GET', url())).status).toBe(404);
    expect(await auditCount('operation.plan.read', f.osh.userId)).toBeGreaterThanOrEqual(2);
    expect(await auditCount('record.list', f.osh.userId)).toBeGreaterThanOrEqual(1);
  });

  it('prints the plan as the reader may see it, every section on marked, numbered pages', async () => {
    const pdfOf = async (as: typeof f.lead) => {
      const res = await call(t, as, 'GET', `${url()}.pdf?locale=en`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.raw.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      return extractPdfText(res.raw);
    };
    const pages = await pdfOf(f.osh);
    // Text wraps where the page ends a line: compare with the line breaks folded into spaces.
    const all = pages.join('\n').replace(/\s+/g, ' ');
    for (const heading of [
      'Supervision plan',
      '1. Goal of supervision',
      '2. Organisation and command system',
      '3. Responsibilities and tasks',
      '4. Occupational safety',
      '5. Target cards',
      '6. Action plan at the targets',
      '7. Interpretation practice',
    ])
      expect(all).toContain(heading);
    for (const text of [
      'Version three.',
      'Nobody enters alone.',
      'Marjatila Korpela Oy',
      'Police secure the farm first.',
    ])
      expect(all).toContain(text);
    expect(all).toContain('OSH: housing in a barn');
    expect(all).not.toContain('passports held by the employer');
    expect(all).toMatch(/Police.* holds 1 records you may not see/);
    pages.forEach((page, i) => {
      expect(page).toContain('RESTRICTED');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toMatch(/Version 3 · Approved \d{4}-\d{2}-\d{2}/);
    });
    const lead = (await pdfOf(f.lead)).join('\n').replace(/\s+/g, ' ');
    expect(lead).toContain('Police tip: passports held by the employer');
    expect(lead).not.toContain('OSH: housing in a barn');
    expect(await auditCount('operation.plan.pdf', f.osh.userId)).toBe(1);
  });
});
