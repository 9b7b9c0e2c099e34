/**
 * Supervision initiatives through the real API on both databases: addressed through the competence
 * engine (a recipient never sees the other recipients), declined by a recipient, withdrawn by the owner.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { SignedIn, TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import type { TInitiative, ZAddressResults, ZInitiativeSummary, ZSeat } from './initiatives.schemas.ts';
import { initiativeDisclosures } from './initiatives.tables.ts';
import { type OperationsApi, startOperationsApi } from './operations.api.testing.ts';

type AddressResults = z.infer<typeof ZAddressResults>;
type InitiativeList = { items: z.infer<typeof ZInitiativeSummary>[] };

describe.each(DB_KINDS)('initiatives API on %s', (kind) => {
  let t: TestApp;
  let lead: SignedIn;
  let policeOfficer: SignedIn;
  let osh: SignedIn;
  let tax: SignedIn;
  let migri: SignedIn;
  let call: OperationsApi['call'];
  let newInitiative: OperationsApi['newInitiative'];

  beforeAll(async () => {
    ({ t, lead, policeOfficer, osh, tax, migri, call, newInitiative } = await startOperationsApi(kind));
  });
  afterAll(() => t.close());

  it('addresses an initiative through the engine; a recipient never sees the other recipients', async () => {
    const created = await newInitiative();
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ ownerAuthority: 'osh', status: 'open', addressedTo: [] });

    const toTax = await call<AddressResults>(osh, 'POST', `/api/initiatives/${id}/address`, {
      authorities: ['tax'],
      purpose: 'tax_supervision',
    });
    expect(toTax.status).toBe(200);
    expect(toTax.body.results).toEqual([expect.objectContaining({ authority: 'tax', allowed: true })]);
    expect(toTax.body.results[0]!.legalBasis).toContain('44/2006');
    const toOthers = await call<AddressResults>(osh, 'POST', `/api/initiatives/${id}/address`, {
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

    const asOwner = await call<TInitiative>(osh, 'GET', `/api/initiatives/${id}`);
    expect(asOwner.body.addressedTo!.map((a: { authority: string }) => a.authority).sort()).toEqual([
      'police',
      'tax',
    ]);
    const asTax = await call<TInitiative>(tax, 'GET', `/api/initiatives/${id}`);
    expect(asTax.status).toBe(200);
    expect(asTax.body.addressedTo).toBeUndefined();
    expect(JSON.stringify(asTax.body)).not.toContain('police');
    const taxList = await call<InitiativeList>(tax, 'GET', '/api/initiatives');
    expect(taxList.body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(JSON.stringify(taxList.body)).not.toContain('police');

    expect((await call(migri, 'GET', `/api/initiatives/${id}`)).status).toBe(404);
    expect(
      (await call<InitiativeList>(migri, 'GET', '/api/initiatives')).body.items.map(
        (i: { id: string }) => i.id,
      ),
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

    const seats = await call<{ seats: z.infer<typeof ZSeat>[] }>(
      tax,
      'GET',
      `/api/initiatives/${id}/suggested-participants`,
    );
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
    const afterTax = await call<TInitiative>(osh, 'GET', `/api/initiatives/${id}`);
    expect(afterTax.body).toMatchObject({ status: 'open', statusReason: 'Outside our programme' });
    expect(
      afterTax.body.addressedTo!.map((a: { authority: string; declinedAt: string | null }) => [
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
    expect((await call<TInitiative>(osh, 'GET', `/api/initiatives/${id}`)).body.status).toBe('declined');
    // Addressed anew, it is open again; withdrawn, it is final.
    await call(osh, 'POST', `/api/initiatives/${id}/address`, {
      authorities: ['tax'],
      purpose: 'tax_supervision',
    });
    expect((await call<TInitiative>(tax, 'GET', `/api/initiatives/${id}`)).body.status).toBe('open');
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
});
