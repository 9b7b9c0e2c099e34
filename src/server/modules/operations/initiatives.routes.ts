/** /api/initiatives: supervision initiatives (docs/api/OPERATIONS-API.md, "Supervision initiatives"). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { addressInitiative } from './initiatives.address.ts';
import {
  ZAddressInitiative,
  ZAddressResults,
  ZCreateInitiative,
  ZDeclineInitiative,
  ZInitiative,
  ZSeat,
} from './initiatives.schemas.ts';
import { createInitiative, declineInitiative } from './initiatives.service.ts';
import { getInitiative, initiativeSuggestions, listInitiatives } from './initiatives.views.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const ZId = z.object({ id: z.string().uuid() });
const tags = ['operations'];

export async function initiativesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/initiatives',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Raise a supervision initiative (owned by your authority)',
        body: ZCreateInitiative,
        response: { 201: ZInitiative },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInitiative(ctx.db, request.actor!, request.body, request.id)),
  );
  r.get(
    '/api/initiatives',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: "Your authority's initiatives and those addressed to it",
        response: { 200: z.object({ items: z.array(ZInitiative) }) },
      },
    },
    async (request) => listInitiatives(ctx.db, request.actor!, request.id),
  );
  r.get(
    '/api/initiatives/:id',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'One initiative (recipients only for the owner; records only those you may see)',
        params: ZId,
        response: { 200: ZInitiative },
      },
    },
    async (request) => getInitiative(ctx.db, request.actor!, request.params.id, request.id),
  );
  r.post(
    '/api/initiatives/:id/address',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Address the initiative to authorities; the competence engine decides each',
        params: ZId,
        body: ZAddressInitiative,
        response: { 200: ZAddressResults },
      },
    },
    async (request) => addressInitiative(ctx.db, request.actor!, request.params.id, request.body, request.id),
  );
  r.post(
    '/api/initiatives/:id/decline',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Decline an initiative addressed to you (you stop seeing it), or withdraw your own',
        params: ZId,
        body: ZDeclineInitiative,
        response: { 200: z.object({ id: z.string(), status: z.enum(['declined', 'withdrawn']) }) },
      },
    },
    async (request) =>
      declineInitiative(ctx.db, request.actor!, request.params.id, request.body.reason, request.id),
  );
  r.get(
    '/api/initiatives/:id/suggested-participants',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Who should be at the table for this initiative (the competence map)',
        params: ZId,
        response: { 200: z.object({ seats: z.array(ZSeat) }) },
      },
    },
    async (request) => initiativeSuggestions(ctx.db, request.actor!, request.params.id, request.id),
  );
}
