/**
 * Who may do what with the competence map: everyone signed in reads, only platform admins edit. An
 * OSH inspector gets 403 on every admin route and nothing changes; the route table says the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { readRevision } from './competence.repository.ts';
import { seedCompetenceMap } from './competence.seed.ts';
import { competenceItems } from './competence.tables.ts';

const RULE = 'osh-police-duty-50';
const ADMIN_ROUTES: { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: Record<string, unknown> }[] = [
  {
    method: 'PUT',
    url: `/api/competence/items/rule/${RULE}`,
    payload: { data: { id: RULE }, changeNote: 'x' },
  },
  {
    method: 'POST',
    url: '/api/competence/items/rule',
    payload: { data: { id: 'new-rule' }, changeNote: 'x' },
  },
  { method: 'POST', url: `/api/competence/items/rule/${RULE}/verify`, payload: { note: 'x' } },
  {
    method: 'POST',
    url: `/api/competence/rules/${RULE}/retire`,
    payload: { validTo: '2026-01-01', changeNote: 'x' },
  },
  { method: 'GET', url: '/api/competence/export' },
  { method: 'POST', url: '/api/competence/import', payload: { schemaVersion: 1 } },
];

describe.each(DB_KINDS)('competence access on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedCompetenceMap(t.ctx.db);
  });
  afterAll(() => t.close());

  it('refuses every admin route to an OSH inspector and a police lead, changing nothing', async () => {
    const rows = (await t.ctx.db.select({ v: competenceItems.version }).from(competenceItems)).length;
    for (const username of ['osh.inspector', 'police.lead']) {
      const who = await t.signIn(username);
      for (const route of ADMIN_ROUTES) {
        const res = await t.request(route, who);
        expect(res.statusCode, `${username} ${route.method} ${route.url}`).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
    }
    expect((await t.ctx.db.select({ v: competenceItems.version }).from(competenceItems)).length).toBe(rows);
    expect((await readRevision(t.ctx.db))?.revision).toBe(1);
  });

  it('lets every signed-in user read the map', async () => {
    const who: SignedIn = await t.signIn('migri.officer');
    for (const url of [
      '/api/competence/config',
      '/api/competence/rules',
      `/api/competence/rules/${RULE}`,
      '/api/competence/authorities/geiu',
      `/api/competence/items/rule/${RULE}/history`,
      `/api/competence/items/rule/${RULE}/diff?from=1&to=1`,
      '/api/competence/matrix?category=tax_information&purpose=tax_supervision',
    ]) {
      expect((await t.request({ method: 'GET', url }, who)).statusCode, url).toBe(200);
    }
  });

  it('declares the admin routes for platform admins and the rest for signed-in users', () => {
    const adminRoutes = new Set([
      'PUT /api/competence/items/:kind/:id',
      'POST /api/competence/items/:kind',
      'POST /api/competence/items/:kind/:id/verify',
      'POST /api/competence/rules/:id/retire',
      'GET /api/competence/export',
      'POST /api/competence/import',
    ]);
    const routes = t.routeAccess.filter((r) => r.url.startsWith('/api/competence') && r.method !== 'HEAD');
    expect(routes).toHaveLength(16);
    for (const route of routes) {
      const name = `${route.method} ${route.url}`;
      expect(route.access, name).toEqual(
        adminRoutes.has(name) ? { kind: 'signed_in', roles: ['platform_admin'] } : { kind: 'signed_in' },
      );
    }
  });

  it('publishes every competence route in OpenAPI with its access rule', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = Object.keys(doc.paths).filter((p) => p.startsWith('/api/competence'));
    expect(paths).toHaveLength(16);
    expect(doc.paths['/api/competence/import'].post['x-access']).toEqual({
      kind: 'signed_in',
      roles: ['platform_admin'],
    });
    expect(doc.paths['/api/competence/decide'].post['x-access']).toEqual({ kind: 'signed_in' });
  });
});
