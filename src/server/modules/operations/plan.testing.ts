/**
 * Test fixture for the plan and field tests (not used by the server): a planning operation led by the
 * police with OSH and Tax accepted and Migri invited (GEIU not at the table), the planning meeting's
 * required decisions, and two selected targets built through the register's API — company A with a
 * worksite, workers owned by the police and by OSH, and a record each from the police and OSH; company
 * B with nothing. The operation rows are written directly: building them is another module's job.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { ErrorBody } from '../../../contracts/errors.ts';
import type { SignedIn, TestApp } from '../../testing/test-app.ts';
import { nextBusinessId } from '../register/register.testing.ts';
import { agendaItems, type OperationStatus, operationParticipants, operations } from './operations.tables.ts';
import { operationTargets } from './selection.tables.ts';

export interface PlanFixture {
  lead: SignedIn;
  police: SignedIn;
  osh: SignedIn;
  tax: SignedIn;
  migri: SignedIn;
  geiu: SignedIn;
  operationId: string;
  companyA: string;
  companyB: string;
  targetA: string;
  targetB: string;
  policeRecord: string;
  oshRecord: string;
}

/**
 * One answer as a test reads it. `T` is the JSON body the test expects from the route (its response
 * schema's type, or `Refusal`); it is not checked here — the test's assertions check it.
 */
export interface CallResult<T> {
  status: number;
  body: T;
  raw: Buffer;
  headers: LightMyRequestResponse['headers'];
}

/** A refused transition or field action: the details name the unmet preconditions. */
export type Refusal = ErrorBody & { details: { unmet: string[] } };

/** Sends one request as `as`; the body is the parsed JSON, or the text when the answer is not JSON. */
export async function call<T = unknown>(
  t: TestApp,
  as: SignedIn,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
): Promise<CallResult<T>> {
  const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
  let body: unknown = null;
  try {
    body = res.json();
  } catch {
    body = res.body;
  }
  return { status: res.statusCode, body: body as T, raw: res.rawPayload, headers: res.headers };
}

async function created(t: TestApp, as: SignedIn, url: string, payload: object): Promise<string> {
  const res = await call<{ id: string }>(t, as, 'POST', url, payload);
  if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function setupPlanFixture(t: TestApp): Promise<PlanFixture> {
  const [lead, police, osh, tax, migri, geiu] = await Promise.all([
    t.signIn('police.lead'),
    t.signIn('police.officer'),
    t.signIn('osh.inspector'),
    t.signIn('tax.officer'),
    t.signIn('migri.officer'),
    t.signIn('geiu.analyst'),
  ]);
  const companyA = await created(t, lead, '/api/targets/companies', {
    businessId: nextBusinessId(),
    name: 'Marjatila Korpela Oy',
    streetAddress: 'Peltotie 4',
    postalCode: '52700',
    municipality: 'Mäntyharju',
    tolCode: '01250',
  });
  const companyB = await created(t, lead, '/api/targets/companies', {
    businessId: nextBusinessId(),
    name: 'Rakennus Tähti Oy',
    streetAddress: 'Satamakatu 1',
    municipality: 'Kotka',
  });
  const worksite = await created(t, osh, '/api/targets/worksites', {
    name: 'Korpela berry farm',
    companyId: companyA,
    streetAddress: 'Marjapolku 9',
    municipality: 'Mäntyharju',
    lat: 61.42,
    lon: 26.88,
  });
  for (const [as, person] of [
    [lead, { givenName: 'Van', familyName: 'Nguyen', nationality: 'VN', languages: ['vi'] }],
    [lead, { givenName: 'Ivan', familyName: 'Petrov', nationality: 'UA', languages: ['uk', 'ru'] }],
    [osh, { givenName: 'Somchai', familyName: 'Boonmee', nationality: 'TH', languages: ['th'] }],
  ] as const) {
    const personId = await created(t, as, '/api/targets/persons', person);
    const link = await call(t, as, 'POST', '/api/targets/employments', {
      personId,
      companyId: companyA,
      role: 'employee',
    });
    if (link.status !== 201) throw new Error(`employment: ${link.status} ${JSON.stringify(link.body)}`);
  }
  const policeRecord = await created(t, lead, '/api/records', {
    kind: 'observation',
    title: 'Police tip: passports held by the employer',
    body: 'Workers’ passports reportedly kept in the office safe.',
    classification: 'restricted',
    secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
    categories: ['police_information'],
    targets: [{ type: 'company', id: companyA }],
  });
  const oshRecord = await created(t, osh, '/api/records', {
    kind: 'observation',
    title: 'OSH: housing in a barn',
    body: 'Earlier inspection: twelve beds in an unheated barn.',
    classification: 'restricted',
    secrecyBasis: '621/1999 24 § 1 mom. 25 kohta',
    categories: ['osh_inspection_findings'],
    targets: [{ type: 'company', id: companyA }],
  });
  const db = t.ctx.db;
  const leadUser = lead.userId;
  const [operation] = await db
    .insert(operations)
    .values({
      reference: `OP-T-${randomUUID().slice(0, 8)}`,
      title: 'Berry season joint supervision',
      leadAuthority: 'police',
      goal: 'Find exploitation of seasonal berry pickers.',
      issueAreas: ['victims', 'wages'],
      startsOn: '2027-07-01',
      endsOn: '2027-07-03',
      createdBy: leadUser,
    })
    .returning();
  const operationId = operation!.id;
  await db.insert(operationParticipants).values([
    {
      operationId,
      authority: 'police',
      role: 'lead',
      status: 'accepted',
      contact: 'Jari Mäkinen 0295 000 001',
    },
    {
      operationId,
      authority: 'osh',
      status: 'accepted',
      supervises: 'working hours, housing, occupational safety',
      contact: 'Laura Nieminen',
      resources: 'two inspectors',
    },
    { operationId, authority: 'tax', status: 'accepted', supervises: 'employer obligations' },
    { operationId, authority: 'migri', status: 'invited' },
  ]);
  await db.insert(agendaItems).values(
    [
      ['lead_authority', 'The police lead the operation.'],
      ['main_goal', 'Identify possible victims of trafficking among berry pickers.'],
      ['participants', 'Police, OSH and Tax take part.'],
      ['command_system', 'Command post at Mäntyharju police station.'],
    ].map(([itemKey, decision], position) => ({
      operationId,
      itemKey: itemKey!,
      position,
      decision: decision!,
      decidedBy: leadUser,
      decidedAt: new Date(),
    })),
  );
  // One insert each, so that A is older than B (the order before any plan fixes one).
  const [targetA] = await db
    .insert(operationTargets)
    .values({
      operationId,
      targetType: 'company',
      targetId: companyA,
      worksiteId: worksite,
      decision: 'selected',
      score: 7.5,
      rationale: 'Many tips; employer-tied permits.',
    })
    .returning();
  const [targetB] = await db
    .insert(operationTargets)
    .values({ operationId, targetType: 'company', targetId: companyB, decision: 'selected', score: 4 })
    .returning();
  return {
    lead,
    police,
    osh,
    tax,
    migri,
    geiu,
    operationId,
    companyA,
    companyB,
    targetA: targetA!.id,
    targetB: targetB!.id,
    policeRecord,
    oshRecord,
  };
}

/** Moves the operation's status directly (the transitions route belongs to the operations core). */
export async function setStatus(t: TestApp, operationId: string, status: OperationStatus) {
  await t.ctx.db.update(operations).set({ status }).where(eq(operations.id, operationId));
}

/** A minimal valid plan body for the fixture's two targets. */
export const planBody = (f: PlanFixture, goal = 'Find exploitation.') => ({
  sections: {
    goal,
    organisation: 'Police lead; command post at the station.',
    responsibilities: 'OSH: working hours. Tax: employer obligations.',
    occupational_safety: 'Nobody enters alone.',
    interpretation: 'Vietnamese and Ukrainian interpreters booked.',
  },
  targets: [
    { operationTargetId: f.targetB, actionPlan: 'Tax visits the office.', interpretation: [] },
    {
      operationTargetId: f.targetA,
      actionPlan: 'Police secure the farm first.',
      interpretation: ['vi', 'uk'],
    },
  ],
});
