import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { queryRows } from '../db/client.ts';
import { loadSession } from './sessions.ts';

describe.each(DB_KINDS)('authentication on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.request({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

  it('signs in, sets a strict HttpOnly cookie and returns the profile with a CSRF token', async () => {
    const res = await login('police.officer', 'silta-test-password');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'silta_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const body = res.json();
    expect(body).toMatchObject({
      username: 'police.officer',
      authority: { code: 'police' },
      roles: ['officer'],
    });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('gives a wrong password and an unknown username the same 401', async () => {
    const wrongPassword = await login('migri.officer', 'nope-nope-nope');
    const unknownUser = await login('no.such.user', 'nope-nope-nope');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownUser.json());
    expect(wrongPassword.json()).toEqual({
      code: 'invalid_credentials',
      message: 'Wrong username or password',
    });
  });

  it('rejects bad input with 400 naming the field', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().message).toContain('body.password');
  });

  it('refuses a text/plain body (CSRF form posts) and a cross-site origin', async () => {
    const plain = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'username=police.officer',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.statusCode).toBe(415);
    const crossSite = await login('police.officer', 'silta-test-password', {
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().code).toBe('csrf_failed');
    const foreignOrigin = await login('police.officer', 'silta-test-password', {
      origin: 'https://evil.example',
    });
    expect(foreignOrigin.statusCode).toBe(403);
  });

  it('requires sign-in for /api/me and the CSRF token for state changes', async () => {
    expect((await t.request({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const user = await t.signIn('tax.officer');
    expect((await t.request({ method: 'GET', url: '/api/me' }, user)).json().username).toBe('tax.officer');
    const noToken = await t.request({
      method: 'PUT',
      url: '/api/me/preferences',
      payload: { locale: 'sv' },
      headers: { cookie: user.headers.cookie! },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_failed');
    const ok = await t.request(
      { method: 'PUT', url: '/api/me/preferences', payload: { locale: 'sv' } },
      user,
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().locale).toBe('sv');
  });

  it('issues a new session id at every login and ends it at logout', async () => {
    const first = await t.signIn('geiu.analyst');
    const second = await t.signIn('geiu.analyst');
    expect(first.headers.cookie).not.toEqual(second.headers.cookie);
    const out = await t.request({ method: 'POST', url: '/api/auth/logout' }, second);
    expect(out.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/me' }, second)).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/me' }, first)).statusCode).toBe(200);
  });

  it('expires a session after the idle timeout and the absolute timeout', async () => {
    const user = await t.signIn('nas.advisor');
    const token = user.headers.cookie!.split('=')[1]!;
    const timeouts = { idleMs: 30 * 60_000, absoluteMs: 10 * 3_600_000 };
    expect(await loadSession(t.ctx.db, token, timeouts)).not.toBeNull();
    const later = new Date(Date.now() + 31 * 60_000);
    expect(await loadSession(t.ctx.db, token, timeouts, later)).toBeNull();
    const other = await t.signIn('nas.advisor');
    const otherToken = other.headers.cookie!.split('=')[1]!;
    const absolute = new Date(Date.now() + 10 * 3_600_000 + 1000);
    expect(
      await loadSession(t.ctx.db, otherToken, { ...timeouts, idleMs: 11 * 3_600_000 }, absolute),
    ).toBeNull();
  });

  it('locks an account after five failures, even for the right password, and audits every attempt', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('enforcement.officer', `wrong-${i}`)).statusCode).toBe(401);
    const locked = await login('enforcement.officer', 'silta-test-password');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('too_many_requests');
    const rows = await queryRows<{ outcome: string }>(
      t.ctx.db,
      sql`SELECT outcome FROM audit_log WHERE action = 'auth.login' AND actor_username = 'enforcement.officer' ORDER BY seq`,
    );
    expect(rows.map((r) => r.outcome)).toEqual([
      'failure',
      'failure',
      'failure',
      'failure',
      'failure',
      'denied',
    ]);
  });

  it('audits a successful login with the authority and no password', async () => {
    await t.signIn('border.officer');
    const [row] = await queryRows<{ outcome: string; authority_code: string; details: unknown }>(
      t.ctx.db,
      sql`SELECT outcome, authority_code, details FROM audit_log
          WHERE action = 'auth.login' AND actor_username = 'border.officer' ORDER BY seq DESC LIMIT 1`,
    );
    expect(row).toMatchObject({ outcome: 'success', authority_code: 'border' });
    expect(JSON.stringify(row)).not.toContain('silta-test-password');
  });
});
