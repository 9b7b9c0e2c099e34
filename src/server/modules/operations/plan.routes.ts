/**
 * Routes of the supervision plan (/api/operations/:id/plan…) and, registered with them, the field view
 * (field.routes.ts): thin — access rule, zod schemas, one service call (docs/api/OPERATIONS-API.md).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { getCompetenceConfig } from '../competence/competence.service.ts';
import { fieldRoutes } from './field.routes.ts';
import { renderPlanPdf } from './plan.pdf.ts';
import { authorityName } from './plan.prefill.ts';
import {
  ZPlan,
  ZPlanQuery,
  ZPlanVersion,
  ZSavePlan,
  ZSections,
  ZShareBody,
  ZShareResult,
} from './plan.schemas.ts';
import { approvePlan, savePlan } from './plan.service.ts';
import { sharePlan } from './plan.share.ts';
import { getPlan, listPlanVersions, prefillPlanFor } from './plan.views.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const lead = access.roles('operation_lead');
const ZId = z.object({ id: z.string().uuid() });
const ZVersionSummary = ZPlanVersion.omit({ sharedWith: true });

export async function planRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/operations/:id/plan',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['operations'],
        summary:
          'The supervision plan as you may see it (lead authority: newest version or a pre-filled draft; participants: the newest version shared with them)',
        params: ZId,
        querystring: ZPlanQuery,
        response: { 200: ZPlan },
      },
    },
    async (request) => getPlan(ctx.db, request.actor!, request.params.id, request.query, request.id),
  );

  r.get(
    '/api/operations/:id/plan/versions',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['operations'],
        summary: 'Plan versions you may see, newest first (the lead authority also sees who got each)',
        params: ZId,
        response: { 200: z.object({ items: z.array(ZPlanVersion) }) },
      },
    },
    async (request) => listPlanVersions(ctx.db, request.actor!, request.params.id, request.id),
  );

  r.get(
    '/api/operations/:id/plan/prefill',
    {
      config: { access: lead },
      schema: {
        tags: ['operations'],
        summary:
          'Sections pre-filled from the operation, the meeting’s decisions, participants and the competence map (lead)',
        params: ZId,
        querystring: ZPlanQuery.pick({ locale: true }),
        response: {
          200: z.object({
            sections: ZSections,
            categories: z.array(z.string()),
            targets: z.array(
              z.object({
                operationTargetId: z.string(),
                actionPlan: z.string(),
                interpretation: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (request) =>
      prefillPlanFor(ctx.db, request.actor!, request.params.id, request.query.locale, request.id),
  );

  r.put(
    '/api/operations/:id/plan',
    {
      config: { access: lead },
      schema: {
        tags: ['operations'],
        summary: 'Save a new draft version of the plan (lead, while planning)',
        params: ZId,
        body: ZSavePlan,
        response: { 201: z.object({ id: z.string(), version: z.number(), status: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await savePlan(ctx.db, request.actor!, request.params.id, request.body, request.id)),
  );

  r.post(
    '/api/operations/:id/plan/approve',
    {
      config: { access: lead },
      schema: {
        tags: ['operations'],
        summary: 'Approve the newest draft: the approve_plan transition (409 with every unmet precondition)',
        params: ZId,
        response: { 200: ZVersionSummary },
      },
    },
    async (request) => approvePlan(ctx.db, request.actor!, request.params.id, request.id),
  );

  r.post(
    '/api/operations/:id/plan/share',
    {
      config: { access: lead },
      schema: {
        tags: ['operations'],
        summary:
          'Share the approved plan with every accepted participant the competence engine allows; each answer returned',
        params: ZId,
        body: ZShareBody,
        response: { 200: ZShareResult },
      },
    },
    async (request) => sharePlan(ctx.db, request.actor!, request.params.id, request.body, request.id),
  );

  r.get(
    '/api/operations/:id/plan.pdf',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['operations'],
        summary:
          'The plan as you may see it, as a PDF (classification marking and page numbers on every page)',
        params: ZId,
        querystring: ZPlanQuery,
      },
    },
    async (request, reply) => {
      const plan = await getPlan(
        ctx.db,
        request.actor!,
        request.params.id,
        request.query,
        request.id,
        'operation.plan.pdf',
      );
      const config = await getCompetenceConfig(ctx.db);
      const pdf = await renderPlanPdf(plan, {
        locale: request.query.locale,
        authorityName: (code) => authorityName(config, code, request.query.locale),
        printedAt: new Date(),
      });
      const filename = `${plan.reference}-v${plan.version ?? 0}.pdf`.replace(/[^\w.-]/g, '_');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  await fieldRoutes(app, ctx);
}
