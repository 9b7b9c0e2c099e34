import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';

/** The register's routes are documented in OpenAPI, each with its access rule (caseworkers only). */
describe.each(DB_KINDS)('register API in OpenAPI on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('lists every register route with x-access for the casework roles', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<
        string,
        Record<string, { 'x-access'?: { kind: string; roles?: string[] }; tags?: string[] }>
      >;
    };
    const expected = [
      ['post', '/api/targets/companies'],
      ['get', '/api/targets/companies'],
      ['patch', '/api/targets/persons/{id}'],
      ['get', '/api/targets/{type}/{id}/card'],
      ['post', '/api/targets/subcontracts'],
      ['delete', '/api/targets/employments/{personId}/{companyId}/{role}'],
      ['get', '/api/search'],
      ['get', '/api/search/export.csv'],
      ['get', '/api/search/export.xlsx'],
      ['post', '/api/disclosure-requests'],
      ['post', '/api/disclosure-requests/{id}/grant'],
      ['post', '/api/disclosure-requests/{id}/decline'],
      ['get', '/api/records/{id}/proposals'],
      ['post', '/api/proposals/{id}/accept'],
      ['post', '/api/proposals/{id}/decline'],
      ['patch', '/api/records/{id}'],
      ['put', '/api/records/{id}/hit-opt-in'],
      ['post', '/api/records/{id}/attachments'],
      ['get', '/api/records/{id}/attachments/{aid}'],
    ];
    for (const [method, path] of expected) {
      const op = doc.paths[path!]?.[method!];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op!.tags).toContain('register');
      expect(op!['x-access']).toEqual({ kind: 'signed_in', roles: ['officer', 'analyst', 'operation_lead'] });
    }
  });
});
