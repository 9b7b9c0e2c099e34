import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { enforceAccessDeclarations, MissingAccessRuleError } from './access.ts';

describe('route access declarations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  it('every registered route declares who may call it', () => {
    expect(t.routeAccess.length).toBeGreaterThan(5);
    for (const entry of t.routeAccess) {
      expect(entry.access, `${entry.method} ${entry.url}`).toBeDefined();
      expect(['public', 'signed_in']).toContain(entry.access.kind);
    }
    // The table is the set Fastify actually routes.
    for (const entry of t.routeAccess) {
      expect(t.app.hasRoute({ method: entry.method as 'GET', url: entry.url })).toBe(true);
    }
  });

  it('only the intended routes are public', () => {
    const publicRoutes = t.routeAccess
      .filter((r) => r.access.kind === 'public' && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(publicRoutes).toEqual(
      [
        'GET /api/docs',
        'GET /api/health',
        'GET /api/openapi.json',
        'POST /api/auth/login',
        // The worker app's anonymous form and reply lookup, and the printable posters (public by design).
        'POST /api/worker-tips',
        'POST /api/worker-tips/reply',
        'GET /api/worker-content/posters/:file',
      ].sort(),
    );
  });

  it('refuses to register a route without an access rule', async () => {
    const app = Fastify();
    enforceAccessDeclarations(app);
    expect(() => app.get('/api/naked', async () => 'hi')).toThrow(MissingAccessRuleError);
    await app.close();
  });
});
