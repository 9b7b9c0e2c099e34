/** Proactive proposals of a record: list (owner), accept (→ disclosure, initiative 'own'), decline. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { ZAcceptProposal, ZDeclineProposal, ZProposal } from './proposals.schemas.ts';
import { acceptProposal, declineProposal, listProposals } from './proposals.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const ZId = z.object({ id: z.string().uuid() });

export async function proposalsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/records/:id/proposals',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: "A record's proactive proposals: who may or must be told, on which legal basis",
        params: ZId,
        response: { 200: z.object({ items: z.array(ZProposal) }) },
      },
    },
    async (request) => ({ items: await listProposals(ctx.db, request.actor!, request.params.id) }),
  );
  r.post(
    '/api/proposals/:id/accept',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Accept: disclose the record to the proposed authority (own initiative, through the engine)',
        params: ZId,
        body: ZAcceptProposal,
        response: {
          201: z.object({
            proposal: ZProposal,
            disclosures: z.array(
              z.object({ id: z.string(), recordId: z.string(), to: z.string(), legalBasis: z.string() }),
            ),
          }),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await acceptProposal(ctx.db, request.actor!, request.params.id, request.body, request.id)),
  );
  r.post(
    '/api/proposals/:id/decline',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Decline a proposal with a reason (kept)',
        params: ZId,
        body: ZDeclineProposal,
        response: { 200: ZProposal },
      },
    },
    async (request) =>
      declineProposal(ctx.db, request.actor!, request.params.id, request.body.reason, request.id),
  );
}
