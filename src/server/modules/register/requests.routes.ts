/** /api/disclosure-requests: ask a holder for records behind a hit; the holder grants or declines. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import {
  ZCreateRequest,
  ZDeclineRequest,
  ZDisclosureRequest,
  ZGrantRequest,
  ZListRequests,
} from './requests.schemas.ts';
import { createRequest, declineRequest, getRequest, grantRequest, listRequests } from './requests.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const ZId = z.object({ id: z.string().uuid() });
const ZDisclosures = z.array(
  z.object({ id: z.string(), recordId: z.string(), to: z.string(), legalBasis: z.string() }),
);

export async function requestsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/disclosure-requests',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Ask the holder named by a hit to disclose its records on the target',
        body: ZCreateRequest,
        response: { 201: ZDisclosureRequest },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRequest(ctx.db, request.actor!, request.body, request.id)),
  );
  r.get(
    '/api/disclosure-requests',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Requests to your authority (incoming) or from it (outgoing), newest first',
        querystring: ZListRequests,
        response: {
          200: z.object({ items: z.array(ZDisclosureRequest), nextCursor: z.string().nullable() }),
        },
      },
    },
    async (request) => listRequests(ctx.db, request.actor!, request.query),
  );
  r.get(
    '/api/disclosure-requests/:id',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'One request (its two authorities only); for the holder with its candidate records',
        params: ZId,
        response: { 200: ZDisclosureRequest },
      },
    },
    async (request) => getRequest(ctx.db, request.actor!, request.params.id),
  );
  r.post(
    '/api/disclosure-requests/:id/grant',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Grant: disclose the chosen records to the requester, as the competence engine allows',
        params: ZId,
        body: ZGrantRequest,
        response: { 200: z.object({ request: ZDisclosureRequest, disclosures: ZDisclosures }) },
      },
    },
    async (request) => grantRequest(ctx.db, request.actor!, request.params.id, request.body, request.id),
  );
  r.post(
    '/api/disclosure-requests/:id/decline',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Decline with a reason; the requester is told',
        params: ZId,
        body: ZDeclineRequest,
        response: { 200: ZDisclosureRequest },
      },
    },
    async (request) =>
      declineRequest(ctx.db, request.actor!, request.params.id, request.body.reason, request.id),
  );
}
