/** /api/search and its export: thin over search.service.ts and export.ts. */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { exportSearch } from './export.ts';
import { ZSearchFilters, ZSearchQuery, ZSearchResult } from './search.schemas.ts';
import { search } from './search.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');

export async function searchRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/search',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary:
          'Search targets or records you may see (fuzzy, keyset paging), with hits: who else holds records on the targets matched',
        querystring: ZSearchQuery,
        response: { 200: ZSearchResult },
      },
    },
    async (request) => search(ctx.db, request.actor!, request.query, request.id),
  );

  for (const format of ['csv', 'xlsx'] as const) {
    r.get(
      `/api/search/export.${format}`,
      {
        config: { access: caseworkers },
        schema: {
          tags: ['register'],
          summary: `The whole search result as ${format.toUpperCase()} (streamed; only what you may see; audited)`,
          querystring: ZSearchFilters,
        },
      },
      async (request, reply) => {
        const file = exportSearch(ctx.db, request.actor!, request.query, format, request.id);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(Readable.from(file.body));
      },
    );
  }
}
