/** GET /api/health, GET /api/openapi.json and the browsable API docs at /api/docs. */

import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { renderApiDocs } from './api-docs.ts';

const startedAt = Date.now();

export async function systemRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/health',
    {
      config: { access: access.public, rateLimit: false },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            uptimeSeconds: z.number(),
            version: z.string(),
          }),
        },
      },
    },
    async () => {
      await ctx.db.execute(sql`SELECT 1`);
      return {
        status: 'ok' as const,
        database: ctx.database.kind,
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        version: '0.1.0',
      };
    },
  );

  app.get('/api/openapi.json', { config: { access: access.public }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  app.get(
    '/api/docs',
    { config: { access: access.public }, schema: { hide: true } },
    async (_request, reply) => {
      reply.type('text/html; charset=utf-8');
      return renderApiDocs(app.swagger() as unknown as Parameters<typeof renderApiDocs>[0]);
    },
  );
}
