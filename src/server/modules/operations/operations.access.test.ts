/**
 * Who reaches an operation: a non-member (even an operation lead of another authority) gets 404 on
 * every operation route, a declined authority loses access, and live events reach members only —
 * decided at delivery, so a declined authority stops receiving at once.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/auth.tables.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { TEST_PASSWORD } from '../../testing/constants.ts';
import { openSse, type SseClient } from '../../testing/sse-client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { followUps } from './followup.tables.ts';
import { selectTarget } from './operations.testing.ts';

/** Every route this module serves under an operation, with a body that passes validation. */
const OPERATION_ROUTES: { method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; body?: object }[] = [
  { method: 'GET', url: '/api/operations/:id' },
  { method: 'PATCH', url: '/api/operations/:id', body: { goal: 'x' } },
  { method: 'POST', url: '/api/operations/:id/transitions', body: { transition: 'cancel', reason: 'x' } },
  { method: 'GET', url: '/api/operations/:id/participants/suggestions' },
  { method: 'POST', url: '/api/operations/:id/participants', body: { authorities: ['tax'] } },
  { method: 'POST', url: '/api/operations/:id/participants/:authority/respond', body: { accept: true } },
  { method: 'PATCH', url: '/api/operations/:id/participants/:authority', body: { contact: 'x' } },
  { method: 'GET', url: '/api/operations/:id/agenda' },
  { method: 'PUT', url: '/api/operations/:id/agenda/:itemId', body: { decision: 'x' } },
  { method: 'POST', url: '/api/operations/:id/agenda', body: { title: 'Extra item' } },
  { method: 'PUT', url: '/api/operations/:id/targets/:otid/results', body: { outcome: 'guidance' } },
  { method: 'GET', url: '/api/operations/:id/results' },
  { method: 'GET', url: '/api/operations/:id/follow-ups' },
  {
    method: 'POST',
    url: '/api/operations/:id/follow-ups',
    body: { title: 'Follow up', authority: 'enforcement', dueOn: '2027-01-01' },
  },
  { method: 'PATCH', url: '/api/operations/:id/follow-ups/:fid', body: { status: 'done' } },
  { method: 'GET', url: '/api/operations/:id/investigations' },
  {
    method: 'POST',
    url: '/api/operations/:id/investigations',
    body: { caseReference: '1234/R/1/27', crimeTitle: 'usury', openedOn: '2027-01-01' },
  },
  { method: 'GET', url: '/api/operations/:id/statistics' },
];

describe.each(DB_KINDS)('operation access on %s', (kind) => {
  let t: TestApp;
  let base: string;
  let lead: SignedIn;
  let osh: SignedIn;
  let tax: SignedIn;
  let stranger: SignedIn;
  let strangerOfficer: SignedIn;

  const call = async (as: SignedIn, method: string, url: string, payload?: object) => {
    const res = await t.request({ method: method as 'GET', url, ...(payload ? { payload } : {}) }, as);
    return { status: res.statusCode, body: res.body ? res.json() : null };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    // An operation lead of an authority that is not at the table: passes every route's role rule.
    await t.ctx.db.insert(users).values({
      username: 'police.nbi.lead',
      displayName: 'NBI Lead',
      authorityCode: 'nbi',
      roles: ['operation_lead', 'officer'],
      passwordHash: await hashPassword(TEST_PASSWORD),
    });
    [lead, osh, tax, stranger, strangerOfficer] = await Promise.all([
      t.signIn('police.lead'),
      t.signIn('osh.inspector'),
      t.signIn('tax.officer'),
      t.signIn('police.nbi.lead'),
      t.signIn('enforcement.officer'),
    ]);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('answers a non-member 404 on every operation route, and lists nothing', async () => {
    const registered = new Set(t.routeAccess.map((r) => `${r.method} ${r.url}`));
    for (const route of OPERATION_ROUTES)
      expect(registered, route.url).toContain(`${route.method} ${route.url}`);

    const op = await call(lead, 'POST', '/api/operations', { title: 'Members only', issueAreas: ['wages'] });
    const id = op.body.id as string;
    const otid = await selectTarget(t.ctx.db, id);
    const agenda = await call(lead, 'GET', `/api/operations/${id}/agenda`);
    const [fu] = await t.ctx.db
      .insert(followUps)
      .values({ operationId: id, authority: 'police', title: 'x', dueOn: '2027-01-01' })
      .returning();
    const fill = (url: string, authority: string) =>
      url
        .replace(':id', id)
        .replace(':otid', otid)
        .replace(':fid', fu!.id)
        .replace(':itemId', agenda.body.items[0].id)
        .replace(':authority', authority);
    for (const as of [stranger, strangerOfficer]) {
      for (const route of OPERATION_ROUTES) {
        const res = await call(
          as,
          route.method,
          fill(route.url, as === stranger ? 'nbi' : 'enforcement'),
          route.body,
        );
        // Route-level role rules may refuse an officer first (403, it names no operation); the
        // operation itself answers 404 to anyone who may call the route.
        const rule = t.routeAccess.find((r) => r.method === route.method && r.url === route.url)!.access;
        const leadOnly = rule.kind === 'signed_in' && !!rule.roles && !rule.roles.includes('officer');
        const expected = as === strangerOfficer && leadOnly ? 403 : 404;
        expect(res.status, `${route.method} ${route.url}`).toBe(expected);
      }
      expect((await call(as, 'GET', '/api/operations')).body.items).toEqual([]);
    }
    // …and the same 404 for an operation that does not exist at all.
    expect((await call(stranger, 'GET', '/api/operations/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
  });

  it('documents every route in OpenAPI with its schemas', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const extra = [
      { method: 'GET', url: '/api/clock' },
      { method: 'POST', url: '/api/clock' },
      { method: 'PATCH', url: '/api/clock/:id' },
      { method: 'DELETE', url: '/api/clock/:id' },
      { method: 'GET', url: '/api/initiatives' },
      { method: 'POST', url: '/api/initiatives' },
      { method: 'GET', url: '/api/initiatives/:id' },
      { method: 'POST', url: '/api/initiatives/:id/address' },
      { method: 'POST', url: '/api/initiatives/:id/decline' },
      { method: 'GET', url: '/api/initiatives/:id/suggested-participants' },
      { method: 'GET', url: '/api/operations' },
      { method: 'POST', url: '/api/operations' },
      { method: 'GET', url: '/api/operations/crime-titles' },
    ];
    for (const route of [...OPERATION_ROUTES, ...extra]) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
  });

  const stream = (as: SignedIn) => openSse(`${base}/api/events/stream`, { cookie: as.headers.cookie! });
  /** A clock event every caseworker receives: once it arrives, everything before it has been decided. */
  const marker = async (streams: SseClient[]) => {
    const item = await call(lead, 'POST', '/api/clock', {
      kind: 'other',
      title: 'Marker item',
      startsOn: '2027-01-01',
      endsOn: '2027-01-02',
    });
    await Promise.all(
      streams.map((s) => s.waitFor((e) => e.type === 'clock.created' && e.data.subjectId === item.body.id)),
    );
  };
  const operationEvents = (s: SseClient, id: string) =>
    s.events.filter((e) => e.data.subjectType === 'operation' && e.data.subjectId === id).map((e) => e.type);

  it('delivers live events to members only, and stops at a decline', async () => {
    // Streams open first, and a marker after the create: every stream has then decided the create event
    // (events arrive in order), so what follows cannot race with it on PostgreSQL's asynchronous NOTIFY.
    const [leadStream, oshStream, taxStream, strangerStream] = await Promise.all([
      stream(lead),
      stream(osh),
      stream(tax),
      stream(stranger),
    ]);
    try {
      const id = (await call(lead, 'POST', '/api/operations', { title: 'Live', issueAreas: ['wages'] })).body
        .id as string;
      await marker([leadStream, oshStream, taxStream, strangerStream]);
      await call(lead, 'POST', `/api/operations/${id}/participants`, { authorities: ['osh', 'tax'] });
      await call(lead, 'PATCH', `/api/operations/${id}`, { goal: 'First goal' });
      await Promise.all(
        [leadStream, oshStream, taxStream].map((s) =>
          s.waitFor((e) => e.type === 'operation.updated' && e.data.subjectId === id),
        ),
      );
      await call(tax, 'POST', `/api/operations/${id}/participants/tax/respond`, {
        accept: false,
        reason: 'Not ours',
      });
      await call(lead, 'PATCH', `/api/operations/${id}`, { goal: 'Second goal' });
      await marker([leadStream, oshStream, taxStream, strangerStream]);

      expect(operationEvents(leadStream, id)).toEqual([
        'operation.created',
        'operation.participant_invited',
        'operation.participant_invited',
        'operation.updated',
        'operation.participant_responded',
        'operation.updated',
      ]);
      // OSH was not yet a member when the operation was created; from the invitation on it hears what the lead hears.
      expect(operationEvents(oshStream, id)).toEqual(operationEvents(leadStream, id).slice(1));
      // Tax heard everything while invited, nothing after declining (not even its own decline).
      expect(operationEvents(taxStream, id)).toEqual([
        'operation.participant_invited',
        'operation.participant_invited',
        'operation.updated',
      ]);
      expect(operationEvents(strangerStream, id)).toEqual([]);
      // Event data carries ids and states only.
      for (const e of leadStream.events.filter((x) => x.data.subjectId === id)) {
        const data = (e.data as unknown as { data: Record<string, unknown> }).data;
        expect(JSON.stringify(data)).not.toMatch(/First goal|Second goal|Not ours/);
      }
    } finally {
      for (const s of [leadStream, oshStream, taxStream, strangerStream]) s.close();
    }
  });
});
