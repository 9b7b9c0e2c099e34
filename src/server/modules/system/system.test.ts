import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';

describe.each(DB_KINDS)('system routes on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('reports health with the database kind', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: kind });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('publishes OpenAPI 3 with every API route and its access rule', async () => {
    const res = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/login'].post['x-access']).toEqual({ kind: 'public' });
    expect(doc.paths['/api/audit/verify'].get['x-access']).toEqual({
      kind: 'signed_in',
      roles: ['platform_admin'],
    });
    const docs = await t.request({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('POST /api/auth/login');
    expect(docs.body).not.toContain('<script');
  });

  it('answers unknown API routes and broken JSON with JSON errors, never 500', async () => {
    const missing = await t.request({ method: 'GET', url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
    const broken = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('bad_request');
  });

  it('lists the authorities for signed-in users only', async () => {
    expect((await t.request({ method: 'GET', url: '/api/authorities' })).statusCode).toBe(401);
    const user = await t.signIn('osh.inspector');
    const res = await t.request({ method: 'GET', url: '/api/authorities' }, user);
    const codes = res.json().items.map((a: { code: string }) => a.code);
    expect(codes).toEqual([
      'border',
      'customs',
      'enforcement',
      'etk',
      'geiu',
      'migri',
      'nas',
      'nbi',
      'ombudsman',
      'osh',
      'police',
      'prosecution',
      'tax',
    ]);
    const osh = res.json().items.find((a: { code: string }) => a.code === 'osh');
    expect(osh.name.fi).toContain('Lupa- ja valvontavirasto');
    expect(osh.verified).toBe(false);
  });
});
