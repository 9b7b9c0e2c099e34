/**
 * /api/saved-searches — a caseworker's saved register searches (list, create, rename, mute, delete),
 * owner-only (anyone else's is a 404). Also starts this node's saved-search matcher, woken by the bus.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import { access } from '../../platform/http/access.ts';
import { ZSearchFilters } from '../register/search.schemas.ts';
import { SavedSearchMatcher } from './saved-searches.matcher.ts';
import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  updateSavedSearch,
} from './saved-searches.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');

const ZName = z.string().trim().min(1, 'a name is required').max(100);
const ZSavedSearch = z.object({
  id: z.string(),
  name: z.string(),
  filters: z.record(z.string(), z.string()),
  muted: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const ZParams = z.object({ id: z.string().uuid() });

export async function savedSearchRoutes(app: FastifyInstance, ctx: AppContext, bus: EventBus): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const matcher = new SavedSearchMatcher(ctx.db);
  matcher.onError = (error) =>
    app.log.error(
      { err: { message: error instanceof Error ? error.message : 'unknown' } },
      'saved-search matcher failed',
    );
  const unsubscribe = bus.subscribe((batch) => matcher.onBatch(batch));
  matcher.start();
  app.addHook('onClose', async () => {
    unsubscribe();
    await matcher.stop();
  });

  r.get(
    '/api/saved-searches',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['events'],
        summary: 'Your saved searches, newest first',
        response: { 200: z.object({ items: z.array(ZSavedSearch) }) },
      },
    },
    async (request) => ({ items: await listSavedSearches(ctx.db, request.actor!) }),
  );

  r.post(
    '/api/saved-searches',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['events'],
        summary:
          'Save a register search (the filters of /api/search) and be notified of new records and targets in its result',
        body: z.object({ name: ZName, filters: ZSearchFilters }),
        response: { 201: ZSavedSearch },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSavedSearch(ctx.db, request.actor!, request.body, request.id)),
  );

  r.patch(
    '/api/saved-searches/:id',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['events'],
        summary: 'Rename a saved search, or mute / unmute its notifications',
        params: ZParams,
        body: z
          .object({ name: ZName.optional(), muted: z.boolean().optional() })
          .refine((b) => b.name !== undefined || b.muted !== undefined, {
            message: 'name or muted is required',
          }),
        response: { 200: ZSavedSearch },
      },
    },
    async (request) => updateSavedSearch(ctx.db, request.actor!, request.params.id, request.body, request.id),
  );

  r.delete(
    '/api/saved-searches/:id',
    {
      config: { access: caseworkers },
      schema: { tags: ['events'], summary: 'Delete a saved search and its notifications', params: ZParams },
    },
    async (request, reply) => {
      await deleteSavedSearch(ctx.db, request.actor!, request.params.id, request.id);
      return reply.status(204).send();
    },
  );
}
