/** /api/clock: the annual clock (docs/api/OPERATIONS-API.md, "Annual clock"). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { ZClockItem, ZClockQuery, ZCreateClockItem, ZUpdateClockItem } from './clock.schemas.ts';
import { createClockItem, deleteClockItem, listClock, updateClockItem } from './clock.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const planners = access.roles('officer', 'operation_lead');
const ZId = z.object({ id: z.string().uuid() });
const tags = ['operations'];

export async function clockRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/clock',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'The annual clock: items overlapping a year (yearly items projected onto it)',
        querystring: ZClockQuery,
        response: { 200: z.object({ items: z.array(ZClockItem) }) },
      },
    },
    async (request) => listClock(ctx.db, request.actor!, request.query.year),
  );
  r.post(
    '/api/clock',
    {
      config: { access: planners },
      schema: {
        tags,
        summary: 'Add a themed inspection, EMPACT action day or seasonal period (owned by your authority)',
        body: ZCreateClockItem,
        response: { 201: ZClockItem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createClockItem(ctx.db, request.actor!, request.body, request.id)),
  );
  r.patch(
    '/api/clock/:id',
    {
      config: { access: planners },
      schema: {
        tags,
        summary: 'Change a clock item (owner authority only)',
        params: ZId,
        body: ZUpdateClockItem,
        response: { 200: ZClockItem },
      },
    },
    async (request) => updateClockItem(ctx.db, request.actor!, request.params.id, request.body, request.id),
  );
  r.delete(
    '/api/clock/:id',
    {
      config: { access: planners },
      schema: { tags, summary: 'Remove a clock item (owner authority only)', params: ZId },
    },
    async (request, reply) => {
      await deleteClockItem(ctx.db, request.actor!, request.params.id, request.id);
      return reply.status(204).send();
    },
  );
}
