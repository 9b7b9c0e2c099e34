/**
 * Target selection over HTTP: members see, only the lead weights and decides, a rationale is required,
 * bad weights change nothing, non-members get the 404 of a missing operation, and decisions are
 * audited and announced as operation events.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { companies } from '../register/register.tables.ts';
import { nextBusinessId } from '../register/register.testing.ts';
import { rescoreAll } from '../risk/rescore.ts';
import { operationParticipants, operations } from './operations.tables.ts';

describe.each(DB_KINDS)('operation target selection on %s', (kind) => {
  let t: TestApp;
  let lead: SignedIn;
  let officer: SignedIn;
  let tax: SignedIn;
  let osh: SignedIn;
  let operationId: string;
  const companyIds: string[] = [];
  let policeOnlyCompany: string;

  const call = async (as: SignedIn, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => {
    const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
    return { status: res.statusCode, body: res.json() };
  };
  const base = () => `/api/operations/${operationId}`;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [lead, officer, tax, osh] = await Promise.all([
      t.signIn('police.lead'),
      t.signIn('police.officer'),
      t.signIn('tax.officer'),
      t.signIn('osh.inspector'),
    ]);
    const db = t.ctx.db;
    for (const tolCode of ['56101', '81210', '62010']) {
      const id = randomUUID();
      companyIds.push(id);
      await db.insert(companies).values({
        id,
        businessId: nextBusinessId(),
        name: `Valinta ${tolCode} Oy`,
        tolCode,
        municipality: 'Valintala',
        ownerAuthority: 'tax',
        classification: 'public',
      });
    }
    policeOnlyCompany = randomUUID();
    await db.insert(companies).values({
      id: policeOnlyCompany,
      businessId: nextBusinessId(),
      name: 'Poliisin tiedossa Oy',
      tolCode: '56101',
      municipality: 'Valintala',
      ownerAuthority: 'police',
      classification: 'restricted',
    });
    const [op] = await db
      .insert(operations)
      .values({
        reference: `OP-S-${randomUUID().slice(0, 8)}`,
        title: 'Valintala restaurants and cleaning',
        leadAuthority: 'police',
        sectors: ['restaurant', '812'],
        municipalities: ['valintala'],
      })
      .returning({ id: operations.id });
    operationId = op!.id;
    await db.insert(operationParticipants).values([
      { operationId, authority: 'police', role: 'lead', status: 'accepted' },
      { operationId, authority: 'tax', role: 'participant', status: 'accepted' },
    ]);
    await rescoreAll(db);
  }, 180_000); // the shared 2-core machine is often loaded many times over
  afterAll(() => t.close());

  it('filters the shortlist by the operation’s sectors (named or TOL prefix) and municipalities', async () => {
    const res = await call(tax, 'GET', `${base()}/candidates`);
    expect(res.status).toBe(200);
    const ids = (res.body.items as { companyId: string }[]).map((i) => i.companyId).sort();
    expect(ids).toEqual([companyIds[0], companyIds[1]].sort());
    expect(res.body.filter.tolPrefixes).toContain('812');
    expect(res.body.filter.unknownSectors).toEqual([]);
  });

  it('answers 404 to a non-member and 403 to a member who is not the lead', async () => {
    expect((await call(osh, 'GET', `${base()}/candidates`)).status).toBe(404);
    expect((await call(osh, 'GET', `${base()}/targets`)).status).toBe(404);
    expect(
      (await call(osh, 'POST', `${base()}/targets`, { targetType: 'company', targetId: companyIds[0] }))
        .status,
    ).toBe(404);
    expect((await call(tax, 'PUT', `${base()}/risk-weights`, { weights: { tips_total: 1 } })).status).toBe(
      403,
    );
    expect((await call(lead, 'GET', `/api/operations/${randomUUID()}/candidates`)).status).toBe(404);
  });

  it('refuses bad weights with 400 and changes nothing', async () => {
    const before = (await call(lead, 'GET', `${base()}/candidates`)).body.weights;
    for (const weights of [
      { no_such_indicator: 5 },
      { sector_high_risk: -1 },
      { sector_high_risk: 101 },
      { tips_total: 'x' },
    ]) {
      const res = await call(lead, 'PUT', `${base()}/risk-weights`, { weights });
      expect(res.status).toBe(400);
    }
    expect((await call(lead, 'PUT', `${base()}/risk-weights`, {})).status).toBe(400);
    expect((await call(lead, 'GET', `${base()}/candidates`)).body.weights).toEqual(before);
    const ok = await call(lead, 'PUT', `${base()}/risk-weights`, { weights: { sector_high_risk: 0 } });
    expect(ok.status).toBe(200);
    expect(ok.body.custom).toEqual({ sector_high_risk: 0 });
    expect((await call(tax, 'GET', `${base()}/candidates`)).body.weights.sector_high_risk).toBe(0);
  });

  it('members add candidates they may see; the lead decides with a required rationale', async () => {
    const added = await call(tax, 'POST', `${base()}/targets`, {
      targetType: 'company',
      targetId: companyIds[0],
    });
    expect(added.status).toBe(201);
    expect(added.body.decision).toBe('candidate');
    expect(
      (await call(tax, 'POST', `${base()}/targets`, { targetType: 'company', targetId: companyIds[0] }))
        .status,
    ).toBe(409);
    // tax.officer may not see the police's restricted company: the same 404 as a missing one.
    expect(
      (await call(tax, 'POST', `${base()}/targets`, { targetType: 'company', targetId: policeOnlyCompany }))
        .status,
    ).toBe(404);
    const policeAdded = await call(officer, 'POST', `${base()}/targets`, {
      targetType: 'company',
      targetId: policeOnlyCompany,
    });
    expect(policeAdded.status).toBe(201);

    const otid = added.body.id as string;
    const decide = (as: SignedIn, payload: object) =>
      call(as, 'PUT', `${base()}/targets/${otid}/decision`, payload);
    expect((await decide(lead, { decision: 'selected' })).status).toBe(400);
    expect((await decide(lead, { decision: 'selected', rationale: '   ' })).status).toBe(400);
    expect((await decide(lead, { decision: 'maybe', rationale: 'Because.' })).status).toBe(400);
    expect((await decide(officer, { decision: 'selected', rationale: 'Tips and sector.' })).status).toBe(403);
    expect((await decide(tax, { decision: 'selected', rationale: 'Tips and sector.' })).status).toBe(403);
    const unchanged = await call(tax, 'GET', `${base()}/targets`);
    expect(unchanged.body.items.find((i: { id: string }) => i.id === otid).decision).toBe('candidate');

    const decided = await decide(lead, { decision: 'selected', rationale: 'Restaurant with recent tips.' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      decision: 'selected',
      rationale: 'Restaurant with recent tips.',
      decidedBy: lead.userId,
      decidedByName: expect.any(String),
    });
    expect(decided.body.decidedAt).toEqual(expect.any(String));

    // tax sees the decision but not the name of the police's restricted company.
    const list = await call(tax, 'GET', `${base()}/targets`);
    const hidden = list.body.items.find((i: { targetId: string }) => i.targetId === policeOnlyCompany);
    expect(hidden).toMatchObject({ name: null, businessId: null });
    const forLead = await call(lead, 'GET', `${base()}/targets`);
    expect(forLead.body.items.find((i: { targetId: string }) => i.targetId === policeOnlyCompany).name).toBe(
      'Poliisin tiedossa Oy',
    );

    const audit = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`SELECT action FROM audit_log WHERE target_id = ${operationId} AND action = 'operation.target_decided'`,
    );
    expect(audit).toHaveLength(1);
    const events = await queryRows<{ type: string; data: { decision: string } }>(
      t.ctx.db,
      sql`SELECT type, data FROM events WHERE subject_type = 'operation' AND subject_id = ${operationId}
          AND type = 'operation.target_decided' ORDER BY id`,
    );
    expect(events.map((e) => e.data.decision)).toEqual(['candidate', 'candidate', 'selected']);
    expect(JSON.stringify(events)).not.toContain('Restaurant with recent tips');
  });

  it('decides only while planning', async () => {
    const list = await call(lead, 'GET', `${base()}/targets`);
    const otid = list.body.items[0].id as string;
    await t.ctx.db.execute(sql`UPDATE operations SET status = 'executing' WHERE id = ${operationId}`);
    const res = await call(lead, 'PUT', `${base()}/targets/${otid}/decision`, {
      decision: 'rejected',
      rationale: 'Too late.',
    });
    expect(res.status).toBe(409);
    await t.ctx.db.execute(sql`UPDATE operations SET status = 'planning' WHERE id = ${operationId}`);
  });
});
