/** POST /api/auth/login, POST /api/auth/logout, GET /api/me, PUT /api/me/preferences. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../http/access.ts';
import { clearSessionCookie, isSecure, setSessionCookie } from '../http/cookies.ts';
import { ZLoginBody, ZMe, ZPreferencesBody } from './auth.schemas.ts';
import { getMe, login, logout, setLocale } from './auth.service.ts';

export async function authRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const timeouts = { idleMs: ctx.config.sessionIdleMs, absoluteMs: ctx.config.sessionAbsoluteMs };

  r.post(
    '/api/auth/login',
    {
      config: { access: access.public, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password; sets the session cookie',
        body: ZLoginBody,
        response: { 200: ZMe },
      },
    },
    async (request, reply) => {
      const session = await login(
        ctx.db,
        { ...request.body, ip: request.ip, requestId: request.id },
        timeouts,
      );
      const secure = isSecure(request, ctx.config.secureCookies);
      setSessionCookie(reply, session.token, secure, Math.floor(ctx.config.sessionAbsoluteMs / 1000));
      return getMe(ctx.db, session.userId, session.csrfToken);
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { access: access.signedIn },
      schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const session = request.session!;
      await logout(ctx.db, session.actor, session.idHash, request.id);
      clearSessionCookie(reply, isSecure(request, ctx.config.secureCookies));
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/me',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, authority, roles and CSRF token',
        response: { 200: ZMe },
      },
    },
    async (request) => getMe(ctx.db, request.actor!.userId, request.session!.csrfToken),
  );

  r.put(
    '/api/me/preferences',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['auth'],
        summary: 'Set the UI language',
        body: ZPreferencesBody,
        response: { 200: ZMe },
      },
    },
    async (request) => {
      await setLocale(ctx.db, request.actor!, request.body.locale, request.id);
      return getMe(ctx.db, request.actor!.userId, request.session!.csrfToken);
    },
  );
}
