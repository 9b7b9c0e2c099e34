import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/client.ts';
import { mayReceive, subjectKey } from '../../platform/events/bus.ts';
import { events } from '../../platform/events/events.table.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { resolveSubjects } from '../notifications/subjects.ts';
import { nextBusinessId } from './register.testing.ts';

describe.each(DB_KINDS)('disclosure requests on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let tax: SignedIn;
  let osh: SignedIn;
  let companyId: string;
  let otherCompanyId: string;
  const recordIds: string[] = [];
  let strayRecordId: string;

  const call = async (as: SignedIn, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
    return { status: res.statusCode, body: res.json() };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, tax, osh] = await Promise.all([
      t.signIn('police.officer'),
      t.signIn('tax.officer'),
      t.signIn('osh.inspector'),
    ]);
    companyId = (
      await call(police, 'POST', '/api/targets/companies', {
        businessId: nextBusinessId(),
        name: 'Pyramid Oy',
      })
    ).body.id;
    otherCompanyId = (
      await call(police, 'POST', '/api/targets/companies', {
        businessId: nextBusinessId(),
        name: 'Elsewhere Oy',
      })
    ).body.id;
    const tip = (title: string, id: string) =>
      call(police, 'POST', '/api/records', {
        kind: 'tip',
        title,
        body: 'Cash wages.',
        classification: 'restricted',
        secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
        categories: ['police_information'],
        targets: [{ type: 'company', id }],
      });
    for (const title of ['First tip', 'Second tip']) recordIds.push((await tip(title, companyId)).body.id);
    strayRecordId = (await tip('Unrelated', otherCompanyId)).body.id;
  });
  afterAll(() => t.close());

  const ask = (payload: object = {}) =>
    call(tax, 'POST', '/api/disclosure-requests', {
      targetId: companyId,
      authority: 'police',
      purpose: 'tax_supervision',
      message: 'We audit this employer and need what you hold.',
      ...payload,
    });

  it('asks only where there is a hit', async () => {
    const nothing = await call(tax, 'POST', '/api/disclosure-requests', {
      targetId: companyId,
      authority: 'osh',
      purpose: 'tax_supervision',
      message: 'Anything?',
    });
    expect(nothing.status).toBe(404);
    expect((await ask({ targetId: '00000000-0000-4000-8000-00000000ffff' })).status).toBe(404);
    expect((await ask({ authority: 'tax' })).status).toBe(400);
    expect((await ask({ purpose: 'no_such_purpose' })).status).toBe(400);
  });

  it('request → grant → the requester sees the granted record (and only that one), told by a notification', async () => {
    const created = await ask();
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      status: 'open',
      fromAuthority: 'tax',
      toAuthority: 'police',
      categories: ['police_information'],
      target: { type: 'company', id: companyId, name: 'Pyramid Oy' },
      engine: { allowed: true },
    });
    const id = created.body.id as string;

    const incoming = await call(police, 'GET', '/api/disclosure-requests?box=incoming&status=open');
    expect(incoming.body.items.map((r: { id: string }) => r.id)).toContain(id);
    const outgoing = await call(tax, 'GET', '/api/disclosure-requests?box=outgoing');
    expect(outgoing.body.items.map((r: { id: string }) => r.id)).toContain(id);
    const detail = await call(police, 'GET', `/api/disclosure-requests/${id}`);
    expect(detail.body.candidates.map((c: { id: string }) => c.id).sort()).toEqual([...recordIds].sort());
    expect((await call(tax, 'GET', `/api/disclosure-requests/${id}`)).body.candidates).toBeUndefined();
    expect((await call(osh, 'GET', `/api/disclosure-requests/${id}`)).status).toBe(404);
    const policeNotes = await call(police, 'GET', '/api/notifications');
    expect(policeNotes.body.items.map((n: { type: string }) => n.type)).toContain(
      'disclosure_request.created',
    );

    expect((await call(tax, 'POST', `/api/disclosure-requests/${id}/grant`, { recordIds })).status).toBe(403);
    const stray = await call(police, 'POST', `/api/disclosure-requests/${id}/grant`, {
      recordIds: [strayRecordId],
    });
    expect(stray.status).toBe(400);
    expect((await call(tax, 'GET', `/api/records/${recordIds[0]}`)).status).toBe(404);

    const granted = await call(police, 'POST', `/api/disclosure-requests/${id}/grant`, {
      recordIds: [recordIds[0]],
    });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    expect(granted.body.request).toMatchObject({ status: 'granted', grantedRecordIds: [recordIds[0]] });
    expect(granted.body.disclosures[0]).toMatchObject({ recordId: recordIds[0], to: 'tax' });
    expect(granted.body.disclosures[0].legalBasis).not.toBe('');
    expect((await call(tax, 'GET', `/api/records/${recordIds[0]}`)).status).toBe(200);
    expect((await call(tax, 'GET', `/api/records/${recordIds[1]}`)).status).toBe(404);
    expect((await call(police, 'POST', `/api/disclosure-requests/${id}/grant`, { recordIds })).status).toBe(
      409,
    );

    const taxNotes = await call(tax, 'GET', '/api/notifications');
    const note = taxNotes.body.items.find((n: { type: string }) => n.type === 'disclosure_request.granted');
    expect(note).toMatchObject({ subjectType: 'disclosure_request', subjectId: id });
    expect(
      (await call(osh, 'GET', '/api/notifications')).body.items.map(
        (n: { subjectId: string }) => n.subjectId,
      ),
    ).not.toContain(id);

    const audit = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`SELECT action FROM audit_log WHERE target_id = ${id} ORDER BY seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(['disclosure_request.create', 'disclosure_request.grant']);
  });

  it('decline with a reason → the requester is told and the reason is kept', async () => {
    const created = await ask({ message: 'Once more, the rest please.' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const short = await call(police, 'POST', `/api/disclosure-requests/${id}/decline`, { reason: '' });
    expect(short.status).toBe(400);
    const declined = await call(police, 'POST', `/api/disclosure-requests/${id}/decline`, {
      reason: 'A pre-trial investigation is ongoing.',
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      status: 'declined',
      reason: 'A pre-trial investigation is ongoing.',
    });
    const seen = await call(tax, 'GET', `/api/disclosure-requests/${id}`);
    expect(seen.body.reason).toBe('A pre-trial investigation is ongoing.');
    const notes = await call(tax, 'GET', '/api/notifications');
    expect(
      notes.body.items.some(
        (n: { type: string; subjectId: string }) =>
          n.type === 'disclosure_request.declined' && n.subjectId === id,
      ),
    ).toBe(true);
    expect(
      (await call(police, 'POST', `/api/disclosure-requests/${id}/decline`, { reason: 'again' })).status,
    ).toBe(409);
  });

  it('delivers request events on the live stream to the two authorities only', async () => {
    const rows = await t.ctx.db.select().from(events);
    const requestEvents = rows.filter((e) => e.subjectType === 'disclosure_request');
    expect(requestEvents.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'disclosure_request.created',
        'disclosure_request.granted',
        'disclosure_request.declined',
      ]),
    );
    const access = await resolveSubjects(t.ctx.db, requestEvents);
    const actor = (authority: Actor['authority'], role: Actor['roles'][number] = 'officer'): Actor => ({
      userId: 'u',
      username: 'u',
      displayName: 'u',
      authority,
      unitId: null,
      roles: [role],
    });
    for (const e of requestEvents) {
      const rule = access.get(subjectKey(e.subjectType, e.subjectId)) ?? null;
      expect(mayReceive(actor('police'), rule)).toBe(true);
      expect(mayReceive(actor('tax'), rule)).toBe(true);
      expect(mayReceive(actor('osh'), rule)).toBe(false);
      expect(mayReceive(actor('police', 'platform_admin'), rule)).toBe(false);
    }
  });
});
