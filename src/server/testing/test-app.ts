/**
 * The real Fastify app on a test database, driven through `app.inject` (real routing, hooks,
 * validation, serialisation — no network socket needed). `signIn` returns headers for a user.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { DatabaseKind } from '../platform/db/client.ts';
import type { RouteAccessEntry } from '../platform/http/access.ts';
import { TEST_PASSWORD } from './constants.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

export interface SignedIn {
  headers: Record<string, string>;
  csrfToken: string;
  userId: string;
}

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  routeAccess: RouteAccessEntry[];
  signIn(username: string, password?: string): Promise<SignedIn>;
  request(options: InjectOptions, as?: SignedIn): Promise<LightMyRequestResponse>;
}

export async function createTestApp(kind: DatabaseKind): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  const { app, routeAccess } = await buildApp(database.ctx, { logger: false, serveWeb: false });
  const request = (options: InjectOptions, as?: SignedIn) =>
    app.inject({ ...options, headers: { ...(as?.headers ?? {}), ...(options.headers ?? {}) } });
  return {
    ...database,
    app,
    routeAccess,
    request,
    async signIn(username, password = TEST_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200)
        throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name.endsWith('silta_session'));
      const body = res.json() as { csrfToken: string; id: string };
      return {
        csrfToken: body.csrfToken,
        userId: body.id,
        headers: { cookie: `${cookie?.name}=${cookie?.value}`, 'x-csrf-token': body.csrfToken },
      };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
