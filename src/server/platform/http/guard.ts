/**
 * The request guard, run on every request before anything else: loads the session, enforces the
 * route's declared access, and checks CSRF on state-changing requests.
 *
 * CSRF defence in depth: SameSite=Strict cookies; every unsafe request must come from our own origin
 * (Sec-Fetch-Site / Origin); and a signed-in unsafe request must carry the session's X-CSRF-Token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { type LoadedSession, loadSession } from '../auth/sessions.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policy/actor.ts';
import { readSessionToken } from './cookies.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: LoadedSession | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function assertSameOrigin(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
    throw new AppError('csrf_failed', 'Cross-site request refused');
  }
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new AppError('csrf_failed', 'Cross-site request refused');
    }
    if (host !== request.headers.host) throw new AppError('csrf_failed', 'Cross-site request refused');
  }
}

/** Installs the guard. Must be registered before the routes. */
export function installGuard(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  const timeouts = { idleMs: ctx.config.sessionIdleMs, absoluteMs: ctx.config.sessionAbsoluteMs };

  app.addHook('onRequest', async (request) => {
    const declared = request.routeOptions.config?.access;
    if (!declared) return; // no route matched: the not-found handler answers
    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe) assertSameOrigin(request);

    const token = readSessionToken(request);
    if (token) {
      const session = await loadSession(ctx.db, token, timeouts);
      if (session?.mfaPassed) {
        request.session = session;
        request.actor = session.actor;
      }
    }
    if (declared.kind === 'public') return;

    const session = request.session;
    if (!session) throw new AppError('unauthenticated', 'Sign in first');
    if (declared.roles && !declared.roles.some((r) => session.actor.roles.includes(r))) {
      throw new AppError('forbidden', 'Your roles do not allow this');
    }
    if (unsafe) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
        throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header');
      }
    }
  });
}
