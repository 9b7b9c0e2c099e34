/**
 * A test app for the worker-content and worker-tips tests: like testing/test-app.ts, but with its own
 * data folder (published files are written there) and configuration overrides such as
 * `workerTips.enabled`. Not a test file itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { DatabaseKind } from '../../platform/db/client.ts';
import { TEST_PASSWORD } from '../../testing/constants.ts';
import type { SignedIn, TestApp } from '../../testing/test-app.ts';
import { createTestDatabase } from '../../testing/test-db.ts';

export interface WorkerTestApp extends TestApp {
  dataDir: string;
  publishedDir: string;
  config: Config;
}

export async function createWorkerTestApp(
  kind: DatabaseKind,
  overrides: Partial<Config> = {},
): Promise<WorkerTestApp> {
  const database = await createTestDatabase(kind);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'silta-worker-'));
  database.ctx.config = { ...database.ctx.config, dataDir, ...overrides };
  const { app, routeAccess } = await buildApp(database.ctx, { logger: false, serveWeb: false });
  const request = (options: InjectOptions, as?: SignedIn) =>
    app.inject({ ...options, headers: { ...(as?.headers ?? {}), ...(options.headers ?? {}) } });
  return {
    ...database,
    app,
    routeAccess,
    request,
    dataDir,
    publishedDir: path.join(dataDir, 'published'),
    config: database.ctx.config,
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
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
