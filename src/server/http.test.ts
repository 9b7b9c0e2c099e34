import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { TEST_PASSWORD } from './testing/constants.ts';
import { createTestDatabase, DB_KINDS, type TestDatabase } from './testing/test-db.ts';

/** The same app over a real TCP socket and fetch(): cookies, headers and CSRF as a browser sees them. */
describe.each(DB_KINDS)('real HTTP on %s', (kind) => {
  let db: TestDatabase;
  let base: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const { app } = await buildApp(db.ctx, { logger: false, serveWeb: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = async () => {
      await app.close();
      await db.close();
    };
  });
  afterAll(() => close());

  it('signs in, uses the session cookie and the CSRF token, and signs out', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'police.officer', password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/silta_session=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    const me = await fetch(`${base}/api/me`, { headers: { cookie } });
    expect(((await me.json()) as { username: string }).username).toBe('police.officer');

    const noCsrf = await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(noCsrf.status).toBe(403);
    const out = await fetch(`${base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(204);
    expect((await fetch(`${base}/api/me`, { headers: { cookie } })).status).toBe(401);
  });
});
