/**
 * Risk scoring end to end on a small hand-built register: each indicator contributes as designed,
 * the SQL score equals the JavaScript explanation, an operation's weights change the order, and the
 * explanation lists only records the reader may see (others as "authority X holds N").
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { operationRecords } from '../operations/field.tables.ts';
import { operationParticipants, operations } from '../operations/operations.tables.ts';
import { operationTargets } from '../operations/selection.tables.ts';
import { recordTargets } from '../register/record-targets.table.ts';
import { records } from '../register/records.table.ts';
import { companies, employments, persons, subcontracts } from '../register/register.tables.ts';
import { nextBusinessId } from '../register/register.testing.ts';
import { DEFAULT_WEIGHTS } from './indicators.ts';
import { rescoreAll } from './rescore.ts';

const TOWN = 'Riskilä';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

interface Explained {
  score: number;
  indicators: {
    code: string;
    raw: number | null;
    contribution: number;
    records?: { visible: { id: string; title: string }[]; hidden: { authority: string; count: number }[] };
  }[];
}

describe.each(DB_KINDS)('risk scoring on %s', (kind) => {
  let t: TestApp;
  let lead: SignedIn;
  let tax: SignedIn;
  let police: SignedIn;
  let osh: SignedIn;
  const ids: Record<string, string> = {};
  let operationId: string;

  const call = async (as: SignedIn, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => {
    const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
    return { status: res.statusCode, body: res.json() };
  };
  const explain = async (as: SignedIn, company: string, op?: string) =>
    call(as, 'GET', `/api/risk/companies/${ids[company]}/explanation${op ? `?operationId=${op}` : ''}`);
  const contribution = (e: Explained, code: string) =>
    e.indicators.find((i) => i.code === code)!.contribution;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [lead, tax, police, osh] = await Promise.all([
      t.signIn('police.lead'),
      t.signIn('tax.officer'),
      t.signIn('police.officer'),
      t.signIn('osh.inspector'),
    ]);
    const db = t.ctx.db;
    const company = async (key: string, values: Partial<typeof companies.$inferInsert> = {}) => {
      ids[key] = randomUUID();
      await db.insert(companies).values({
        id: ids[key],
        businessId: nextBusinessId(),
        name: `${key} Oy`,
        tolCode: '62010',
        municipality: TOWN,
        foundedOn: daysAgo(20 * 365),
        ownerAuthority: 'tax',
        classification: 'public',
        ...values,
      });
    };
    await company('plain');
    await company('restaurant', { tolCode: '56101' });
    await company('young', { foundedOn: daysAgo(365) });
    await company('tied');
    await company('main', { tolCode: '70220' });
    await company('sub1', { tolCode: '62010' });
    await company('sub2', { legalForm: 'Tmi' });
    await company('records');
    await company('findings');
    await company('elsewhere', { tolCode: '56101', municipality: 'Muualla' });
    await company('hidden', { ownerAuthority: 'police', classification: 'restricted', tolCode: '56101' });

    // 4 employees at "tied": 3 on employer-tied permits, one a minor.
    const people = Array.from({ length: 4 }, (_, n) => ({
      id: randomUUID(),
      givenName: 'T',
      familyName: `Worker${n}`,
      under18: n === 0,
      ownerAuthority: 'osh' as const,
    }));
    await db.insert(persons).values(people);
    await db.insert(employments).values(
      people.map((p, n) => ({
        personId: p.id,
        companyId: ids.tied!,
        role: 'employee',
        permitType: n < 3 ? 'employer_tied' : 'finnish',
      })),
    );
    await db.insert(subcontracts).values([
      { mainCompanyId: ids.main!, subCompanyId: ids.sub1! },
      { mainCompanyId: ids.sub1!, subCompanyId: ids.sub2! },
    ]);

    const record = async (
      key: string,
      owner: 'tax' | 'osh' | 'police',
      values: Partial<typeof records.$inferInsert>,
      target = ids.records!,
    ) => {
      ids[key] = randomUUID();
      await db.insert(records).values({
        id: ids[key],
        kind: 'observation',
        ownerAuthority: owner,
        classification: 'restricted',
        title: `${key} title`,
        body: 'Synthetic.',
        retentionUntil: '2040-01-01',
        ...values,
      });
      await db.insert(recordTargets).values({ recordId: ids[key]!, targetType: 'company', targetId: target });
    };
    await record('taxRecord', 'tax', { categories: ['targeting_dataset'] });
    await record('oshRecord', 'osh', { categories: ['osh_inspection_findings'] });
    await record('policeTip', 'police', { kind: 'tip', categories: ['public_tips'] });
    await record('secretRecord', 'police', { categories: ['compliance_report'], classification: 'secret' });

    // An earlier operation's finding at "findings": underpayment and debt bondage (worker-app spelling).
    const [earlier] = await db
      .insert(operations)
      .values({
        reference: `OP-T-${randomUUID().slice(0, 8)}`,
        title: 'Earlier',
        leadAuthority: 'osh',
        status: 'closed',
      })
      .returning({ id: operations.id });
    const [ot] = await db
      .insert(operationTargets)
      .values({ operationId: earlier!.id, targetType: 'company', targetId: ids.findings! })
      .returning({ id: operationTargets.id });
    await record('finding', 'osh', { categories: ['osh_inspection_findings'] }, ids.plain!);
    // The finding record is linked to "plain" in the register but counted for "findings" via the operation.
    await db.delete(recordTargets).where(eq(recordTargets.recordId, ids.finding!));
    await db.insert(operationRecords).values({
      operationId: earlier!.id,
      recordId: ids.finding!,
      operationTargetId: ot!.id,
      findingArea: 'wages',
      iloIndicators: ['debt-bondage'],
    });

    const [op] = await db
      .insert(operations)
      .values({
        reference: `OP-T-${randomUUID().slice(0, 8)}`,
        title: 'Restaurants of Riskilä',
        leadAuthority: 'police',
        municipalities: [TOWN],
      })
      .returning({ id: operations.id });
    operationId = op!.id;
    await db.insert(operationParticipants).values([
      { operationId, authority: 'police', role: 'lead', status: 'accepted' },
      { operationId, authority: 'tax', role: 'participant', status: 'accepted' },
    ]);

    const report = await rescoreAll(db);
    expect(report.ran).toBe(true);
  }, 180_000); // the shared 2-core machine is often loaded many times over
  afterAll(() => t.close());

  it('rescoring writes one row per company, with the library version', async () => {
    const [row] = await queryRows<{ n: number; v: string }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n, min(library_version) AS v FROM company_risk_signals`,
    );
    const [all] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM companies`);
    expect(row!.n).toBe(all!.n);
    // Rescoring again replaces the table (swap), it does not add rows.
    await rescoreAll(t.ctx.db);
    const [again] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`SELECT count(*)::int AS n FROM company_risk_signals`,
    );
    expect(again!.n).toBe(all!.n);
  });

  it('each indicator contributes as designed', async () => {
    const e = async (key: string) => (await explain(lead, key)).body as Explained;
    const plain = await e('plain');
    expect(plain.score).toBe(0);
    expect(contribution(await e('restaurant'), 'sector_high_risk')).toBe(DEFAULT_WEIGHTS.sector_high_risk);
    expect(contribution(await e('young'), 'mo_young_company')).toBeCloseTo(3 * (1 - 365 / 1825), 1);
    const tied = await e('tied');
    expect(contribution(tied, 'mo_employer_tied_permits')).toBeCloseTo(6 * 0.75, 6);
    expect(contribution(tied, 'mo_minor_workers')).toBe(3);
    const sub2 = await e('sub2');
    expect(contribution(sub2, 'mo_subcontracting_depth')).toBe(4 * (2 / 4));
    expect(contribution(sub2, 'mo_bogus_self_employment')).toBe(4);
    expect(contribution(await e('sub1'), 'mo_subcontracting_depth')).toBe(1);
    expect(contribution(await e('main'), 'mo_subcontracting_depth')).toBe(0);
    const rec = await e('records');
    expect(contribution(rec, 'tax_debt')).toBe(5);
    expect(contribution(rec, 'earlier_osh_findings')).toBeCloseTo(5 / 3, 6);
    expect(contribution(rec, 'tips_total')).toBeCloseTo(4 / 5, 6);
    expect(contribution(rec, 'tips_recent')).toBeCloseTo(6 / 3, 6);
    // A secret record without the owner's hit opt-in never counts.
    expect(contribution(rec, 'compliance_report_findings')).toBe(0);
    const findings = await e('findings');
    expect(contribution(findings, 'mo_underpayment')).toBe(6);
    expect(contribution(findings, 'ilo_debt_bondage')).toBe(8);
    expect(contribution(findings, 'ilo_deception')).toBe(0);
    for (const x of [rec, findings, tied, sub2]) {
      expect(x.score).toBeCloseTo(
        x.indicators.reduce((s, i) => s + i.contribution, 0),
        9,
      );
    }
  });

  it('the shortlist is ordered by the SQL score, which equals the explanation, and weights change the order', async () => {
    const first = await call(lead, 'GET', `/api/operations/${operationId}/candidates?limit=50`);
    expect(first.status).toBe(200);
    const items = first.body.items as { companyId: string; score: number; name: string }[];
    // Only visible, in the operation's municipality; "hidden" is restricted to police, which lead can see.
    expect(items.map((i) => i.name)).not.toContain('elsewhere Oy');
    const scores = items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const findingsItem = items.find((i) => i.companyId === ids.findings)!;
    expect(findingsItem.score).toBeCloseTo(((await explain(lead, 'findings')).body as Explained).score, 9);
    // findings: 6 + 8 = 14 beats records: 5 + 5/3 + 4/5 + 6/3 ≈ 9.5 with the default weights.
    expect(items.slice(0, 2).map((i) => i.companyId)).toEqual([ids.findings, ids.records]);

    const weighted = await call(lead, 'PUT', `/api/operations/${operationId}/risk-weights`, {
      weights: { sector_high_risk: 100 },
    });
    expect(weighted.status).toBe(200);
    expect(weighted.body.weights.sector_high_risk).toBe(100);
    const second = await call(lead, 'GET', `/api/operations/${operationId}/candidates?limit=2`);
    const top = (second.body.items as { companyId: string }[]).map((i) => i.companyId).sort();
    expect(top).toEqual([ids.restaurant, ids.hidden].sort());

    // tax.officer may not see the restricted police company: it is not on its shortlist.
    const forTax = await call(tax, 'GET', `/api/operations/${operationId}/candidates?limit=2`);
    expect((forTax.body.items as { companyId: string }[]).map((i) => i.companyId)).not.toContain(ids.hidden);
    await call(lead, 'PUT', `/api/operations/${operationId}/risk-weights`, { weights: {} });
  });

  it('the explanation lists only records the reader may see; the rest only as hit-style counts', async () => {
    const forTax = (await explain(tax, 'records')).body as Explained;
    const taxDebt = forTax.indicators.find((i) => i.code === 'tax_debt')!;
    expect(taxDebt.records!.visible.map((r) => r.id)).toEqual([ids.taxRecord]);
    const tips = forTax.indicators.find((i) => i.code === 'tips_total')!;
    expect(tips.records).toEqual({ visible: [], hidden: [{ authority: 'police', count: 1 }] });
    const oshFindings = forTax.indicators.find((i) => i.code === 'earlier_osh_findings')!;
    expect(oshFindings.records).toEqual({ visible: [], hidden: [{ authority: 'osh', count: 1 }] });
    const compliance = forTax.indicators.find((i) => i.code === 'compliance_report_findings')!;
    expect(compliance.records).toEqual({ visible: [], hidden: [] });
    const taxText = JSON.stringify(forTax);
    expect(taxText).not.toContain('policeTip title');
    expect(taxText).not.toContain('secretRecord');

    const forPolice = (await explain(police, 'records')).body as Explained;
    const policeText = JSON.stringify(forPolice);
    expect(policeText).toContain('policeTip title');
    expect(policeText).not.toContain('taxRecord title');
    expect(forPolice.indicators.find((i) => i.code === 'tax_debt')!.records).toEqual({
      visible: [],
      hidden: [{ authority: 'tax', count: 1 }],
    });

    const findingForTax = ((await explain(tax, 'findings')).body as Explained).indicators.find(
      (i) => i.code === 'ilo_debt_bondage',
    )!;
    expect(findingForTax.records).toEqual({ visible: [], hidden: [{ authority: 'osh', count: 1 }] });
    const findingForOsh = ((await explain(osh, 'findings')).body as Explained).indicators.find(
      (i) => i.code === 'ilo_debt_bondage',
    )!;
    expect(findingForOsh.records!.visible.map((r) => r.id)).toEqual([ids.finding]);

    // The read is audited with the ids shown.
    const audits = await queryRows<{ details: { recordIds: string[] } }>(
      t.ctx.db,
      sql`SELECT details FROM audit_log WHERE action = 'risk.explanation_read' AND target_id = ${ids.records}
          AND actor_user_id = ${tax.userId}`,
    );
    expect(audits.at(-1)!.details.recordIds).toEqual([ids.taxRecord]);
  });

  it('a company created since the last rescoring is explained as not yet scored', async () => {
    const id = randomUUID();
    await t.ctx.db.insert(companies).values({
      id,
      businessId: nextBusinessId(),
      name: 'Uusi Oy',
      tolCode: '56101',
      foundedOn: daysAgo(1),
      ownerAuthority: 'tax',
      classification: 'public',
    });
    const res = await call(lead, 'GET', `/api/risk/companies/${id}/explanation`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ score: 0, computedAt: null });
    expect((res.body as Explained).indicators.every((i) => i.raw === null && i.contribution === 0)).toBe(
      true,
    );
  });

  it('a company the reader may not see, or an operation it is not in, answers 404', async () => {
    expect((await explain(tax, 'hidden')).status).toBe(404);
    expect((await explain(lead, 'hidden')).status).toBe(200);
    expect((await explain(osh, 'plain', operationId)).status).toBe(404);
    expect((await call(osh, 'GET', `/api/operations/${operationId}/candidates`)).status).toBe(404);
  });
});
