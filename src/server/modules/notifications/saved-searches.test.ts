import type { AddressInfo } from 'node:net';
import { eq, inArray, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitEvent } from '../../platform/events/emit.ts';
import { events } from '../../platform/events/events.table.ts';
import { openSse } from '../../testing/sse-client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { emitOperationEvent } from '../operations/operations.events.ts';
import { operationParticipants, operations } from '../operations/operations.tables.ts';
import { nextBusinessId } from '../register/register.testing.ts';
import { MATCH_EVENT_TYPES } from './saved-searches.matcher.ts';
import { savedSearchCursor } from './saved-searches.tables.ts';

interface Notification {
  id: string;
  type: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
}

describe.each(DB_KINDS)('saved searches on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let osh: SignedIn;
  let tax: SignedIn;
  let companyId: string;

  const call = async (
    as: SignedIn,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => {
    const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
    return { status: res.statusCode, body: res.body ? res.json() : null };
  };

  /** Waits until the matcher has read every event it cares about (its cursor commits with the matches). */
  const matched = async () => {
    const [last] = await t.ctx.db
      .select({ id: max(events.id) })
      .from(events)
      .where(inArray(events.type, [...MATCH_EVENT_TYPES]));
    const target = Number(last?.id ?? 0);
    for (let i = 0; i < 600; i++) {
      const [cur] = await t.ctx.db
        .select()
        .from(savedSearchCursor)
        .where(eq(savedSearchCursor.id, 'saved-searches'));
      if (cur && cur.lastEventId >= target) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the saved-search matcher did not catch up');
  };

  const notificationsOf = async (as: SignedIn) =>
    (await call(as, 'GET', '/api/notifications?limit=100')).body.items as Notification[];
  const matchesOf = async (as: SignedIn, savedSearchId: string) =>
    (await notificationsOf(as)).filter(
      (n) => n.type === 'saved_search.matched' && n.data.savedSearchId === savedSearchId,
    );

  const record = (title: string, extra: object = {}) =>
    call(police, 'POST', '/api/records', {
      kind: 'tip',
      title,
      body: 'Workers are paid in cash.',
      classification: 'restricted',
      secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
      categories: ['police_information'],
      ...extra,
    });
  const save = (as: SignedIn, name: string, filters: object) =>
    call(as, 'POST', '/api/saved-searches', { name, filters });

  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, osh, tax] = await Promise.all([
      t.signIn('police.officer'),
      t.signIn('osh.inspector'),
      t.signIn('tax.officer'),
    ]);
    companyId = (
      await call(police, 'POST', '/api/targets/companies', {
        businessId: nextBusinessId(),
        name: 'Marjapojat Oy',
        municipality: 'Kerava',
        classification: 'public',
      })
    ).body.id;
  });
  afterAll(() => t.close());

  it('tells of a hit, then of the record once it is disclosed — never of what the watcher may not see', async () => {
    const saved = await save(osh, 'Marjapojat', { q: 'Marjapojat' });
    expect(saved.status).toBe(201);
    const id = saved.body.id as string;

    const tip = await record('Passports kept by the employer', {
      targets: [{ type: 'company', id: companyId }],
    });
    await matched();
    // osh may not see the record: only a hit (who holds records on the target the search names).
    let found = await matchesOf(osh, id);
    expect(found).toHaveLength(1);
    expect(found[0]!.data).toEqual({
      savedSearchId: id,
      match: 'hit',
      authority: 'police',
      targetType: 'company',
      targetId: companyId,
    });
    expect(JSON.stringify(found[0])).not.toContain(tip.body.id);

    const disclosed = await call(police, 'POST', '/api/disclosures', {
      recordIds: [tip.body.id],
      to: ['osh'],
      purpose: 'foreign_labour_supervision',
      initiative: 'request',
    });
    expect(disclosed.status).toBe(201);
    await matched();
    found = await matchesOf(osh, id);
    expect(found.map((n) => n.data.match).sort()).toEqual(['hit', 'item']);
    expect(found.find((n) => n.data.match === 'item')!.data).toMatchObject({
      entityType: 'record',
      entityId: tip.body.id,
    });

    // A new target in the search's result is news too.
    const newCompany = await call(police, 'POST', '/api/targets/companies', {
      businessId: nextBusinessId(),
      name: 'Marjapojat Kiinteistöpalvelu Oy',
      classification: 'public',
    });
    await matched();
    expect(
      (await matchesOf(osh, id)).some(
        (n) => n.data.entityType === 'company' && n.data.entityId === newCompany.body.id,
      ),
    ).toBe(true);

    // Deleting the search takes its notifications with it, and nothing new arrives.
    expect((await call(osh, 'DELETE', `/api/saved-searches/${id}`)).status).toBe(204);
    await record('Marjapojat again', { classification: 'public', secrecyBasis: undefined });
    await matched();
    expect(await matchesOf(osh, id)).toHaveLength(0);
  });

  it('fires for a visible record matching the filters, not for an invisible one, and not while muted', async () => {
    const saved = await save(tax, 'Police tips', { category: 'police_information', type: 'record' });
    expect(saved.status).toBe(201);
    const id = saved.body.id as string;

    const hidden = await record('Restricted tip');
    const open = await record('Open tip', { classification: 'public', secrecyBasis: undefined });
    await matched();
    const ids = (await matchesOf(tax, id)).map((n) => n.data.entityId);
    expect(ids).toContain(open.body.id);
    expect(ids).not.toContain(hidden.body.id);
    // No q: no hits either (filters alone never say who holds what).
    expect((await matchesOf(tax, id)).every((n) => n.data.match === 'item')).toBe(true);

    const muted = await call(tax, 'PATCH', `/api/saved-searches/${id}`, { muted: true });
    expect(muted.status).toBe(200);
    expect(muted.body.muted).toBe(true);
    const whileMuted = await record('Open tip while muted', {
      classification: 'public',
      secrecyBasis: undefined,
    });
    await matched();
    expect((await matchesOf(tax, id)).map((n) => n.data.entityId)).not.toContain(whileMuted.body.id);

    // The author is not told about their own record.
    const own = await save(police, 'Own tips', { category: 'police_information', type: 'record' });
    await record('Written by the watcher', { classification: 'public', secrecyBasis: undefined });
    await matched();
    expect(await matchesOf(police, own.body.id)).toHaveLength(0);
  });

  it('delivers a match live on the stream to its owner only', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const analyst = await t.signIn('police.analyst');
    const saved = await save(osh, 'Kerava', { municipality: 'kerava' });
    const oshStream = await openSse(`${base}/api/events/stream`, { cookie: osh.headers.cookie! });
    const analystStream = await openSse(`${base}/api/events/stream`, { cookie: analyst.headers.cookie! });
    try {
      const tip = await record('Seen in Kerava', {
        classification: 'public',
        secrecyBasis: undefined,
        targets: [{ type: 'company', id: companyId }],
      });
      const event = await oshStream.waitFor(
        (e) =>
          e.type === 'saved_search.matched' &&
          (e.data as { data?: { savedSearchId?: string } }).data?.savedSearchId === saved.body.id,
      );
      expect((event.data as unknown as { data: { entityId: string } }).data.entityId).toBe(tip.body.id);
      // The analyst gets the record's own event and a later one, but never the watcher's match.
      const later = await t.ctx.db.transaction((tx) =>
        emitEvent(tx, {
          type: 'competence.changed',
          subjectType: 'competence',
          subjectId: 'after-the-match',
        }),
      );
      expect(later).toBeGreaterThan(event.id);
      await analystStream.waitFor((e) => e.id === later);
      expect(analystStream.events.some((e) => e.data.subjectId === tip.body.id)).toBe(true);
      expect(analystStream.events.some((e) => e.type === 'saved_search.matched')).toBe(false);
    } finally {
      oshStream.close();
      analystStream.close();
    }
  });

  it('tells of a record once it is linked to a target the search finds: once, and only what the watcher may see', async () => {
    const company = async (name: string, municipality: string) => {
      const businessId = nextBusinessId();
      const res = await call(police, 'POST', '/api/targets/companies', {
        businessId,
        name,
        municipality,
        classification: 'public',
      });
      expect(res.status).toBe(201);
      return { id: res.body.id as string, businessId };
    };
    const merge = async (survivorId: string, duplicateId: string) => {
      const res = await call(police, 'POST', `/api/targets/companies/${survivorId}/merge`, {
        duplicateIds: [duplicateId],
      });
      expect(res.status).toBe(200);
      return res.body.merges[0].id as string;
    };
    const a = await company('Hyvinkään Kivityö Oy', 'Hyvinkää');
    const b = await company('Lohjan Puhdistus Oy', 'Lohja');
    // tax sees the public tip, osh neither tip; osh names company B by its business ID.
    const byPlace = (await save(tax, 'Lohja tips', { municipality: 'lohja', type: 'record' })).body
      .id as string;
    const hiddenByPlace = (await save(osh, 'Lohja tips', { municipality: 'lohja', type: 'record' })).body
      .id as string;
    const byName = (await save(osh, 'Lohjan Puhdistus', { q: b.businessId })).body.id as string;

    const open = await record('Cash wages at a quarry', {
      classification: 'public',
      secrecyBasis: undefined,
      targets: [{ type: 'company', id: a.id }],
    });
    const hidden = await record('Passports kept at a quarry', { targets: [{ type: 'company', id: a.id }] });
    await matched();
    // About company A, in Hyvinkää: not in any of the results yet.
    expect(await matchesOf(tax, byPlace)).toHaveLength(0);
    expect(await matchesOf(osh, byName)).toHaveLength(0);

    // A turns out to be B registered twice: the tips are now about B, in Lohja.
    const firstMerge = await merge(b.id, a.id);
    await matched();
    const told = await matchesOf(tax, byPlace);
    expect(told.map((n) => n.data)).toEqual([
      { savedSearchId: byPlace, match: 'item', entityType: 'record', entityId: open.body.id },
    ]);
    // osh may see the public tip; of the restricted one only a hit on the target its search names.
    const named = await matchesOf(osh, byName);
    expect(named.map((n) => n.data.match).sort()).toEqual(['hit', 'item']);
    expect(named.find((n) => n.data.match === 'item')!.data.entityId).toBe(open.body.id);
    expect(named.find((n) => n.data.match === 'hit')!.data).toEqual({
      savedSearchId: byName,
      match: 'hit',
      authority: 'police',
      targetType: 'company',
      targetId: b.id,
    });
    expect(JSON.stringify(named)).not.toContain(hidden.body.id);
    // No q, so no hit: the filters alone never say who holds what.
    expect((await matchesOf(osh, hiddenByPlace)).map((n) => n.data.entityId)).toEqual([open.body.id]);

    // Linked again — to another matching company, and back by a split: nothing new for anyone.
    const c = await company('Lohjan Kiinteistöhuolto Oy', 'Lohja');
    const secondMerge = await merge(c.id, b.id);
    await matched();
    const split = await call(police, 'POST', `/api/targets/companies/${c.id}/split`, {
      mergeId: secondMerge,
    });
    expect(split.status).toBe(200);
    await matched();
    expect(await matchesOf(tax, byPlace)).toHaveLength(1);
    expect(await matchesOf(osh, byName)).toHaveLength(2);
    expect(await matchesOf(osh, hiddenByPlace)).toHaveLength(1);
    expect(firstMerge).not.toBe(secondMerge);
  });

  it('is owner-only: another user’s saved search is a 404, and lists only their own', async () => {
    const mine = await save(osh, 'Mine', { q: 'Siivous' });
    expect(mine.status).toBe(201);
    const url = `/api/saved-searches/${mine.body.id}`;
    expect((await call(tax, 'PATCH', url, { name: 'Stolen' })).status).toBe(404);
    expect((await call(tax, 'DELETE', url)).status).toBe(404);
    expect(
      ((await call(tax, 'GET', '/api/saved-searches')).body.items as { id: string }[]).map((s) => s.id),
    ).not.toContain(mine.body.id);
    const renamed = await call(osh, 'PATCH', url, { name: 'Cleaning firms' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Cleaning firms');
    expect(renamed.body.filters).toEqual({ q: 'Siivous' });
    const list = (await call(osh, 'GET', '/api/saved-searches')).body.items as { id: string; name: string }[];
    expect(list.find((s) => s.id === mine.body.id)?.name).toBe('Cleaning firms');
    // Only caseworkers save searches (the search itself is theirs).
    const editor = await t.signIn('editor');
    expect((await call(editor, 'GET', '/api/saved-searches')).status).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/saved-searches' })).statusCode).toBe(401);
  });

  it('refuses bad input with a 400 and changes nothing', async () => {
    const before = (await call(osh, 'GET', '/api/saved-searches')).body.items.length;
    for (const body of [
      { name: 'Nothing to watch', filters: {} },
      { name: 'Only a type', filters: { type: 'company' } },
      { name: '', filters: { q: 'Marjapojat' } },
      { name: 'Too short', filters: { q: 'a' } },
      { name: 'Bad industry', filters: { industry: 'cleaning' } },
      { name: 'Dates backwards', filters: { q: 'Marjapojat', from: '2026-02-01', to: '2026-01-01' } },
      { filters: { q: 'Marjapojat' } },
    ]) {
      expect((await call(osh, 'POST', '/api/saved-searches', body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await call(osh, 'GET', '/api/saved-searches')).body.items.length).toBe(before);
    const one = await save(osh, 'One', { q: 'Marjapojat' });
    expect((await call(osh, 'PATCH', `/api/saved-searches/${one.body.id}`, {})).status).toBe(400);
    expect((await call(osh, 'PATCH', '/api/saved-searches/not-a-uuid', { muted: true })).status).toBe(400);
  });

  it('is in OpenAPI with its access rule', async () => {
    const spec = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { 'x-access'?: unknown }>>;
    };
    for (const [path, methods] of [
      ['/api/saved-searches', ['get', 'post']],
      ['/api/saved-searches/{id}', ['patch', 'delete']],
    ] as const) {
      for (const m of methods) expect(spec.paths[path]?.[m]?.['x-access'], `${m} ${path}`).toBeDefined();
    }
  });
});

describe.each(DB_KINDS)('following an operation on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('a member follows an operation and is notified of its events; a non-member may not follow it', async () => {
    const osh = await t.signIn('osh.inspector');
    const tax = await t.signIn('tax.officer');
    const [op] = await t.ctx.db
      .insert(operations)
      .values({ reference: 'OP-2026-9001', title: 'Berry farms', leadAuthority: 'police' })
      .returning();
    await t.ctx.db
      .insert(operationParticipants)
      .values({ operationId: op!.id, authority: 'osh', status: 'accepted' });
    const follow = (as: SignedIn) =>
      t.request(
        { method: 'POST', url: '/api/watches', payload: { subjectType: 'operation', subjectId: op!.id } },
        as,
      );
    expect((await follow(osh)).statusCode).toBe(201);
    expect((await follow(tax)).statusCode).toBe(404);

    const eventId = await t.ctx.db.transaction((tx) =>
      emitOperationEvent(tx, null, op!.id, 'operation.updated'),
    );
    const list = async () =>
      (
        (await t.request({ method: 'GET', url: '/api/notifications' }, osh)).json() as {
          items: Notification[];
        }
      ).items;
    expect((await list()).some((n) => n.subjectType === 'operation' && n.subjectId === op!.id)).toBe(true);

    // Membership is decided when the notification is read: once osh declines, it is gone.
    await t.ctx.db
      .update(operationParticipants)
      .set({ status: 'declined' })
      .where(eq(operationParticipants.operationId, op!.id));
    expect((await list()).some((n) => (n as unknown as { eventId: number }).eventId === eventId)).toBe(false);
  });
});
