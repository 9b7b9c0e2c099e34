/** Participants and the planning meeting's agenda (docs/api/OPERATIONS-API.md). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { addAgendaItem, decideAgendaItem, getAgenda } from './agenda.service.ts';
import { ZSeat } from './initiatives.schemas.ts';
import {
  ZAddAgendaItem,
  ZAgenda,
  ZAgendaParam,
  ZAuthorityParam,
  ZDecide,
  ZInvite,
  ZOperation,
  ZRespond,
  ZUpdateParticipant,
} from './operations.schemas.ts';
import {
  inviteParticipants,
  respondToInvitation,
  suggestParticipants,
  updateParticipant,
} from './participants.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const leads = access.roles('operation_lead');
const ZId = z.object({ id: z.string().uuid() });
const tags = ['operations'];

export async function participantsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/operations/:id/participants/suggestions',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Who should be at the table (the competence map), with each seat’s invitation status',
        params: ZId,
        response: { 200: z.object({ seats: z.array(ZSeat) }) },
      },
    },
    async (request) => suggestParticipants(ctx.db, request.actor!, request.params.id, request.id),
  );
  r.post(
    '/api/operations/:id/participants',
    {
      config: { access: leads },
      schema: {
        tags,
        summary: 'Invite authorities (the lead); their caseworkers are notified',
        params: ZId,
        body: ZInvite,
        response: { 200: ZOperation },
      },
    },
    async (request) =>
      inviteParticipants(ctx.db, request.actor!, request.params.id, request.body.authorities, request.id),
  );
  r.post(
    '/api/operations/:id/participants/:authority/respond',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Accept or decline an invitation for your authority',
        params: ZAuthorityParam,
        body: ZRespond,
        response: { 200: z.object({ authority: z.string(), status: z.enum(['accepted', 'declined']) }) },
      },
    },
    async (request) =>
      respondToInvitation(
        ctx.db,
        request.actor!,
        request.params.id,
        request.params.authority,
        request.body.accept,
        request.body.reason,
        request.id,
      ),
  );
  r.patch(
    '/api/operations/:id/participants/:authority',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'What an authority supervises, its contact and resources (the lead or that authority)',
        params: ZAuthorityParam,
        body: ZUpdateParticipant,
        response: { 200: ZOperation },
      },
    },
    async (request) =>
      updateParticipant(
        ctx.db,
        request.actor!,
        request.params.id,
        request.params.authority,
        request.body,
        request.id,
      ),
  );
  r.get(
    '/api/operations/:id/agenda',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'The planning meeting’s agenda with the decisions',
        params: ZId,
        response: { 200: ZAgenda },
      },
    },
    async (request) => getAgenda(ctx.db, request.actor!, request.params.id, request.id),
  );
  r.put(
    '/api/operations/:id/agenda/:itemId',
    {
      config: { access: leads },
      schema: {
        tags,
        summary: 'Record the decision on an agenda item (the lead; empty text clears it)',
        params: ZAgendaParam,
        body: ZDecide,
        response: { 200: ZAgenda },
      },
    },
    async (request) =>
      decideAgendaItem(
        ctx.db,
        request.actor!,
        request.params.id,
        request.params.itemId,
        request.body.decision,
        request.id,
      ),
  );
  r.post(
    '/api/operations/:id/agenda',
    {
      config: { access: leads },
      schema: {
        tags,
        summary: 'Add an agenda item (the lead)',
        params: ZId,
        body: ZAddAgendaItem,
        response: { 201: ZAgenda },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addAgendaItem(ctx.db, request.actor!, request.params.id, request.body.title, request.id)),
  );
}
