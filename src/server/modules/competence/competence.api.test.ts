/**
 * The competence engine over HTTP for everyone signed in, on both databases: "may I tell them?"
 * (and its audit row), the error answers, the matrix and "who should be at the table", all
 * answered from the stored, seeded map.
 */
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { seedCompetenceMap } from './competence.seed.ts';

const AT = '2026-02-01';

describe.each(DB_KINDS)('competence API on %s', (kind) => {
  let t: TestApp;
  let osh: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedCompetenceMap(t.ctx.db);
    osh = await t.signIn('osh.inspector');
  });
  afterAll(() => t.close());

  const decide = (payload: Record<string, unknown>, as: SignedIn = osh) =>
    t.request({ method: 'POST', url: '/api/competence/decide', payload }, as);

  it('OSH must tell the police about suspected unauthorised use of foreign labour (duty to notify)', async () => {
    const res = await decide({
      from: 'osh',
      to: 'police',
      categories: ['osh_inspection_findings'],
      purpose: 'crime_investigation',
      initiative: 'own',
      at: AT,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ allowed: true, mode: 'duty_to_notify', unverified: false });
    const bases = body.legalBases.map(
      (b: { lawNumber: string; section: string }) => `${b.lawNumber} ${b.section}`,
    );
    expect(bases).toEqual(expect.arrayContaining(['44/2006 50 § 1 mom.', '301/2004 85 § 2 mom.']));
    expect(body.ruleVersions).toEqual(
      expect.arrayContaining([
        { id: 'osh-police-duty-50', version: 1 },
        { id: 'osh-police-duty-aliens-85', version: 1 },
      ]),
    );
    expect(body.explanation.fi.length).toBeGreaterThan(10);
  });

  it('records the question and the answer in the audit trail', async () => {
    await decide({
      from: 'osh',
      to: 'police',
      categories: ['osh_inspection_findings'],
      purpose: 'crime_investigation',
      initiative: 'own',
      at: AT,
    });
    const rows = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'competence.decide'), eq(auditLog.actorUsername, 'osh.inspector')))
      .orderBy(asc(auditLog.seq));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.at(-1)?.details).toMatchObject({
      from: 'osh',
      to: 'police',
      categories: ['osh_inspection_findings'],
      purpose: 'crime_investigation',
      initiative: 'own',
      allowed: true,
      mode: 'duty_to_notify',
      ruleVersions: expect.arrayContaining([{ id: 'osh-police-duty-50', version: 1 }]),
    });
    expect(rows.at(-1)?.legalBasis).toContain('44/2006 50 § 1 mom.');
  });

  it('tax may not tell OSH unasked for minimum-terms supervision; HE 198/2025 is only proposed', async () => {
    const res = await decide({
      from: 'tax',
      to: 'osh',
      categories: ['tax_information'],
      purpose: 'minimum_terms_supervision',
      initiative: 'own',
      at: AT,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.allowed).toBe(false);
    expect(body.proposedOnly.map((p: { id: string }) => p.id)).toContain('tax-osh-own-18-1-4-he198');
    const proposed = body.proposedOnly.flatMap((p: { legalBasis: { lawNumber: string }[] }) => p.legalBasis);
    expect(proposed.map((b: { lawNumber: string }) => b.lawNumber)).toContain('HE 198/2025');
  });

  it('the GEIU gives a compliance report to OSH on request', async () => {
    const res = await decide({
      from: 'geiu',
      to: 'osh',
      categories: ['compliance_report'],
      purpose: 'foreign_labour_supervision',
      initiative: 'request',
      at: AT,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ allowed: true, mode: 'on_request' });
  });

  it('answers unknown codes and bad requests with a 400 naming the field, never a 500', async () => {
    const base = {
      from: 'osh',
      to: 'police',
      categories: ['osh_inspection_findings'],
      purpose: 'crime_investigation',
      initiative: 'own',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, from: 'atlantis' }, 'from'],
      [{ ...base, to: 'nobody' }, 'to'],
      [{ ...base, categories: ['gossip'] }, 'categories'],
      [{ ...base, categories: [] }, 'categories'],
      [{ ...base, purpose: 'curiosity' }, 'purpose'],
      [{ ...base, at: '2026-02-30' }, 'at'],
      [{ ...base, confirmed: ['full_moon'] }, 'confirmed'],
    ];
    for (const [payload, field] of cases) {
      const res = await decide(payload);
      expect(res.statusCode, field).toBe(400);
      const body = res.json();
      expect(body.code).toBe('validation_failed');
      expect(body.message).toContain(field);
      expect(body.details.problems[0].path).toBe(field);
    }
    const shape = await decide({ ...base, initiative: 'sometimes' });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().message).toContain('body.initiative');
  });

  it('computes the 13 × 13 matrix with the engine', async () => {
    const url =
      '/api/competence/matrix?category=osh_inspection_findings&purpose=crime_investigation&initiative=own&at=2026-02-01';
    const cold = await t.request({ method: 'GET', url }, osh);
    expect(cold.statusCode).toBe(200);
    const matrix = cold.json();
    expect(matrix.authorities).toHaveLength(13);
    expect(matrix.cells).toHaveLength(169);
    const cell = matrix.cells.find(
      (c: { from: string; to: string }) => c.from === 'osh' && c.to === 'police',
    );
    expect(cell).toMatchObject({
      mode: 'duty_to_notify',
      allowed: true,
      unverified: false,
      proposedOnly: false,
    });
    expect(cell.legalBasis).toContain('44/2006 50 §');
    expect(cell.ruleIds).toEqual(expect.arrayContaining([{ id: 'osh-police-duty-50', version: 1 }]));
    const own = matrix.cells.find((c: { from: string; to: string }) => c.from === 'osh' && c.to === 'osh');
    expect(own.mode).toBe('own_authority');
    const warm = await t.request({ method: 'GET', url }, osh);
    expect(warm.json()).toEqual(matrix);
    const bad = await t.request(
      { method: 'GET', url: '/api/competence/matrix?category=gossip&purpose=crime_investigation' },
      osh,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.problems[0].path).toBe('categories');
  });

  it('seats OSH, Migri and victim assistance for wages, permits and victims', async () => {
    const res = await t.request(
      {
        method: 'POST',
        url: '/api/competence/participants',
        payload: { issueAreas: ['wages', 'permits', 'victims'] },
      },
      osh,
    );
    expect(res.statusCode).toBe(200);
    const seats = res.json().items.map((s: { authority: string }) => s.authority);
    expect(seats).toEqual(expect.arrayContaining(['osh', 'migri', 'nas']));
    const bad = await t.request(
      { method: 'POST', url: '/api/competence/participants', payload: { issueAreas: ['weather'] } },
      osh,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.problems[0].path).toBe('issueAreas');
  });
});
