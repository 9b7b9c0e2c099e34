/** /api/operations: create, list, read, change, transitions (docs/api/OPERATIONS-API.md, "Operations"). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import {
  ZCreateOperation,
  ZListOperations,
  ZOperation,
  ZOperationSummary,
  ZTransitionBody,
  ZUpdateOperation,
} from './operations.schemas.ts';
import {
  createOperation,
  getOperation,
  listOperations,
  transitionOperation,
  updateOperation,
} from './operations.service.ts';
import type { Transition } from './operations.states.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const leads = access.roles('operation_lead');
const ZId = z.object({ id: z.string().uuid() });
const tags = ['operations'];

export async function operationsCrudRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/operations',
    {
      config: { access: leads },
      schema: {
        tags,
        summary: 'Start an operation led by your authority (agenda pre-filled with the seed items)',
        body: ZCreateOperation,
        response: { 201: ZOperation },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOperation(ctx.db, request.actor!, request.body, request.id)),
  );
  r.get(
    '/api/operations',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Operations your authority leads or takes part in',
        querystring: ZListOperations,
        response: { 200: z.object({ items: z.array(ZOperationSummary) }) },
      },
    },
    async (request) => listOperations(ctx.db, request.actor!, request.query.status, request.id),
  );
  r.get(
    '/api/operations/:id',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'One operation (members only) with the transitions possible now',
        params: ZId,
        response: { 200: ZOperation },
      },
    },
    async (request) => getOperation(ctx.db, request.actor!, request.params.id, request.id),
  );
  r.patch(
    '/api/operations/:id',
    {
      config: { access: leads },
      schema: {
        tags,
        summary: 'Change the operation (the lead; not once closed or cancelled)',
        params: ZId,
        body: ZUpdateOperation,
        response: { 200: ZOperation },
      },
    },
    async (request) => updateOperation(ctx.db, request.actor!, request.params.id, request.body, request.id),
  );
  r.post(
    '/api/operations/:id/transitions',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Make a transition (the lead); 409 with details.unmet lists every unmet precondition',
        params: ZId,
        body: ZTransitionBody,
        response: { 200: ZOperation },
      },
    },
    async (request) =>
      transitionOperation(
        ctx.db,
        request.actor!,
        request.params.id,
        request.body.transition as Transition,
        request.body.reason,
        request.id,
      ),
  );
}
