import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { nextBusinessId } from './register.testing.ts';

type Proposal = {
  id: string;
  to: string;
  mode: string;
  legalBasis: string;
  status: string;
  reason: string | null;
};

describe.each(DB_KINDS)('proactive proposals and the sharing journey on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let osh: SignedIn;
  let tax: SignedIn;

  const call = async (
    as: SignedIn,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
  ) => {
    const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
    return { status: res.statusCode, body: res.json() };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, osh, tax] = await Promise.all([
      t.signIn('police.officer'),
      t.signIn('osh.inspector'),
      t.signIn('tax.officer'),
    ]);
  });
  afterAll(() => t.close());

  it('stores the prompts of an OSH observation, keeps a declined reason, and re-runs them on new categories', async () => {
    const created = await call(osh, 'POST', '/api/records', {
      kind: 'observation',
      title: 'Inspection: no employment contracts',
      body: 'Nine workers without written terms.',
      classification: 'restricted',
      secrecyBasis: '621/1999 24 § 1 mom. 5 kohta',
      categories: ['osh_inspection_findings'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const proposals = created.body.proposals as Proposal[];
    expect(proposals[0]).toMatchObject({ to: 'police', mode: 'duty_to_notify', status: 'open' });
    expect(proposals.map((p) => p.to)).toEqual(expect.arrayContaining(['tax', 'migri']));
    const stored = await call(osh, 'GET', `/api/records/${created.body.id}/proposals`);
    expect(stored.body.items).toHaveLength(proposals.length);
    expect((await call(police, 'GET', `/api/records/${created.body.id}/proposals`)).status).toBe(404);

    const toTax = proposals.find((p) => p.to === 'tax')!;
    expect((await call(osh, 'POST', `/api/proposals/${toTax.id}/decline`, { reason: '' })).status).toBe(400);
    const declined = await call(osh, 'POST', `/api/proposals/${toTax.id}/decline`, {
      reason: 'No tax angle: all wages were paid through payroll.',
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      reason: 'No tax angle: all wages were paid through payroll.',
    });
    expect((await call(osh, 'POST', `/api/proposals/${toTax.id}/accept`, {})).status).toBe(409);

    const recategorised = await call(osh, 'PATCH', `/api/records/${created.body.id}`, {
      categories: ['public_tips'],
    });
    expect(recategorised.status, JSON.stringify(recategorised.body)).toBe(200);
    const after = recategorised.body.proposals as Proposal[];
    expect(after.find((p) => p.id === toTax.id)).toMatchObject({
      status: 'declined',
      reason: expect.stringContaining('payroll'),
    });
    expect(
      after
        .filter((p) => p.status === 'open')
        .map((p) => p.to)
        .sort(),
    ).toEqual(['police', 'prosecution']);
    expect(after.some((p) => p.status === 'obsolete' && p.to === 'migri')).toBe(true);

    const audit = await queryRows<{ details: { reason: string } }>(
      t.ctx.db,
      sql`SELECT details FROM audit_log WHERE action = 'record.proposal.decline' AND target_id = ${created.body.id}`,
    );
    expect(audit[0]!.details.reason).toContain('payroll');
  });

  it('refuses unknown categories and targets the author may not see', async () => {
    const bad = await call(osh, 'POST', '/api/records', {
      kind: 'observation',
      title: 'Bad category',
      body: 'x',
      classification: 'public',
      categories: ['no_such_category'],
    });
    expect(bad.status).toBe(400);
    const hidden = await call(police, 'POST', '/api/targets/persons', {
      givenName: 'Hidden',
      familyName: 'Person',
    });
    const aboutHidden = await call(osh, 'POST', '/api/records', {
      kind: 'observation',
      title: 'About someone',
      body: 'x',
      classification: 'public',
      categories: ['osh_inspection_findings'],
      targets: [{ type: 'person', id: hidden.body.id }],
    });
    expect(aboutHidden.status).toBe(400);
    expect(aboutHidden.body.details.issues[0].field).toBe('body.targets');
  });

  it('journey: police tip → proposal to tell OSH → shared → OSH sees it; tax sees a hit, asks, police grants, tax sees it', async () => {
    // HE 182/2025 (the police's own-initiative disclosures) is only proposed in the shipped map: pass it.
    const admin = await t.signIn('admin');
    const ruleId = 'police-osh-own-he182';
    const { body: current } = await call(admin, 'GET', `/api/competence/rules/${ruleId}`);
    const rule = current.rule;
    const passed = await call(admin, 'PUT', `/api/competence/items/rule/${ruleId}`, {
      data: {
        ...rule,
        status: 'in_force',
        validFrom: '2026-01-01',
        legalBasis: rule.legalBasis.map((b: object) => ({
          ...b,
          status: 'in_force',
          validFrom: '2026-01-01',
        })),
      },
      changeNote: 'HE 182/2025 passed (test)',
    });
    expect(passed.status, JSON.stringify(passed.body)).toBe(200);

    const businessId = nextBusinessId();
    const company = await call(police, 'POST', '/api/targets/companies', {
      businessId,
      name: 'Marjatila Oy',
    });
    const tip = await call(police, 'POST', '/api/records', {
      kind: 'tip',
      title: 'Berry pickers’ passports held by the employer',
      body: 'A caller says the employer keeps the pickers’ passports.',
      classification: 'restricted',
      secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
      categories: ['police_information'],
      targets: [{ type: 'company', id: company.body.id }],
    });
    expect(tip.status, JSON.stringify(tip.body)).toBe(201);
    const toOsh = (tip.body.proposals as Proposal[]).find((p) => p.to === 'osh');
    expect(toOsh).toMatchObject({ mode: 'own_initiative', status: 'open' });
    expect(toOsh!.legalBasis).toContain('HE 182/2025');

    expect((await call(osh, 'GET', `/api/records/${tip.body.id}`)).status).toBe(404);
    const noPurpose = await call(police, 'POST', `/api/proposals/${toOsh!.id}/accept`, {});
    expect(noPurpose.status).toBe(400);
    const accepted = await call(police, 'POST', `/api/proposals/${toOsh!.id}/accept`, {
      purpose: 'foreign_labour_supervision',
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body.proposal.status).toBe('accepted');
    expect(accepted.body.disclosures[0].legalBasis).toContain('HE 182/2025');
    expect((await call(osh, 'GET', `/api/records/${tip.body.id}`)).status).toBe(200);

    const found = await call(tax, 'GET', `/api/search?q=${businessId}`);
    expect(found.body.items[0]).toMatchObject({ id: company.body.id, records: 0 });
    expect(found.body.hits).toEqual([
      {
        targetType: 'company',
        targetId: company.body.id,
        authority: 'police',
        count: 1,
        categories: ['police_information'],
      },
    ]);
    const asked = await call(tax, 'POST', '/api/disclosure-requests', {
      targetId: found.body.hits[0].targetId,
      authority: 'police',
      purpose: 'tax_supervision',
      message: 'Wage audit of the farm.',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const inbox = await call(police, 'GET', '/api/disclosure-requests?box=incoming&status=open');
    const request = inbox.body.items.find((r: { id: string }) => r.id === asked.body.id);
    const detail = await call(police, 'GET', `/api/disclosure-requests/${request.id}`);
    const granted = await call(police, 'POST', `/api/disclosure-requests/${request.id}/grant`, {
      recordIds: detail.body.candidates.map((c: { id: string }) => c.id),
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    expect((await call(tax, 'GET', `/api/records/${tip.body.id}`)).status).toBe(200);
    const after = await call(tax, 'GET', `/api/search?q=${businessId}`);
    expect(after.body.items[0].records).toBe(1);
    expect(after.body.hits).toEqual([]);
  });
});
