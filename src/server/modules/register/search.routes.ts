/** /api/search and its export: thin over search.service.ts and export.ts. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { ZSearchQuery, ZSearchResult } from './search.schemas.ts';
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
}
