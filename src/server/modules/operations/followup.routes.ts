/** Feedback and follow-up: results, follow-up tasks, investigations and statistics (docs/api/OPERATIONS-API.md). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { CRIME_TITLES } from './crime-titles.ts';
import {
  ZCreateFollowUp,
  ZCreateInvestigation,
  ZFollowUp,
  ZFollowUpParam,
  ZFollowUps,
  ZInvestigation,
  ZInvestigations,
  ZResult,
  ZResultBody,
  ZResults,
  ZStatistics,
  ZTargetParam,
  ZUpdateFollowUp,
} from './followup.schemas.ts';
import {
  createFollowUp,
  linkInvestigation,
  listFollowUps,
  listInvestigations,
  listResults,
  recordResult,
  updateFollowUp,
} from './followup.service.ts';
import { operationStatistics } from './statistics.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const ZId = z.object({ id: z.string().uuid() });
const tags = ['operations'];

export async function followupRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.put(
    '/api/operations/:id/targets/:otid/results',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Record your authority’s result at a selected target',
        params: ZTargetParam,
        body: ZResultBody,
        response: { 200: ZResult },
      },
    },
    async (request) =>
      recordResult(ctx.db, request.actor!, request.params.id, request.params.otid, request.body, request.id),
  );
  r.get(
    '/api/operations/:id/results',
    {
      config: { access: caseworkers },
      schema: { tags, summary: 'Results per target and authority', params: ZId, response: { 200: ZResults } },
    },
    async (request) => listResults(ctx.db, request.actor!, request.params.id, request.id),
  );
  r.get(
    '/api/operations/:id/follow-ups',
    {
      config: { access: caseworkers },
      schema: { tags, summary: 'Follow-up tasks', params: ZId, response: { 200: ZFollowUps } },
    },
    async (request) => listFollowUps(ctx.db, request.actor!, request.params.id, request.id),
  );
  r.post(
    '/api/operations/:id/follow-ups',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Add a follow-up task (the lead for anyone at the table, a participant for itself)',
        params: ZId,
        body: ZCreateFollowUp,
        response: { 201: ZFollowUp },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createFollowUp(ctx.db, request.actor!, request.params.id, request.body, request.id)),
  );
  r.patch(
    '/api/operations/:id/follow-ups/:fid',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Mark a follow-up done, cancelled or open again (its authority or the lead)',
        params: ZFollowUpParam,
        body: ZUpdateFollowUp,
        response: { 200: ZFollowUp },
      },
    },
    async (request) =>
      updateFollowUp(ctx.db, request.actor!, request.params.id, request.params.fid, request.body, request.id),
  );
  r.get(
    '/api/operations/:id/investigations',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Pre-trial investigations opened',
        params: ZId,
        response: { 200: ZInvestigations },
      },
    },
    async (request) => listInvestigations(ctx.db, request.actor!, request.params.id, request.id),
  );
  r.post(
    '/api/operations/:id/investigations',
    {
      config: { access: access.roles('officer', 'analyst', 'operation_lead') },
      schema: {
        tags,
        summary: 'Link a pre-trial investigation (police, NBI, Border Guard, Customs)',
        params: ZId,
        body: ZCreateInvestigation,
        response: { 201: ZInvestigation },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await linkInvestigation(ctx.db, request.actor!, request.params.id, request.body, request.id)),
  );
  r.get(
    '/api/operations/crime-titles',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Crime titles an investigation can be linked under (Criminal Code, FACTS §3)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                code: z.string(),
                section: z.string(),
                fi: z.string(),
                en: z.string(),
                verified: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: [...CRIME_TITLES] }),
  );
  r.get(
    '/api/operations/:id/statistics',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'The operation’s statistics (counts only)',
        params: ZId,
        response: { 200: ZStatistics },
      },
    },
    async (request) => operationStatistics(ctx.db, request.actor!, request.params.id, request.id),
  );
}
