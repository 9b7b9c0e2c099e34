/**
 * Risk routes, registered from app.ts in one call together with the operations' target-selection
 * routes (operations/selection.routes.ts), and the rescoring schedule: at start-up and every
 * RESCORE_INTERVAL_MS in a server (tests rescore explicitly).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { selectionRoutes } from '../operations/selection.routes.ts';
import { explainForReader, indicatorLibrary, rescoreNow, scheduleRescoring } from './risk.service.ts';

const ZText = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

const ZRecordShown = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  ownerAuthority: z.string(),
  createdAt: z.string(),
});

const ZExplanation = z.object({
  company: z.object({
    id: z.string(),
    name: z.string(),
    businessId: z.string(),
    tolCode: z.string().nullable(),
    municipality: z.string().nullable(),
  }),
  score: z.number(),
  computedAt: z.string().nullable(),
  libraryVersion: z.string(),
  indicators: z.array(
    z.object({
      code: z.string(),
      group: z.string(),
      basis: z.string(),
      title: ZText,
      source: z.string(),
      unverified: z.boolean(),
      raw: z.number().nullable(),
      strength: z.number(),
      weight: z.number(),
      contribution: z.number(),
      records: z
        .object({
          visible: z.array(ZRecordShown),
          hidden: z.array(z.object({ authority: z.string(), count: z.number() })),
        })
        .optional(),
    }),
  ),
});

const ZLibrary = z.object({
  version: z.string(),
  date: z.string(),
  indicators: z.array(
    z.object({
      code: z.string(),
      group: z.string(),
      basis: z.string(),
      recordBased: z.boolean(),
      title: ZText,
      description: ZText,
      source: z.string(),
      unverified: z.boolean(),
      defaultWeight: z.number(),
      computation: z.string(),
      since: z.string(),
    }),
  ),
  sectors: z.array(
    z.object({ prefix: z.string(), what: z.string(), source: z.string(), unverified: z.boolean() }),
  ),
});

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');

export async function riskRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  if (ctx.config.env !== 'test') {
    const stop = scheduleRescoring(ctx.db, app.log, {
      onRun: (report) => app.log.info({ rescore: report }, 'risk rescoring'),
    });
    app.addHook('onClose', async () => stop());
  }
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/risk/indicators',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['risk'],
        summary: 'The risk indicator library (version, sources, default weights, how each is computed)',
        response: { 200: ZLibrary },
      },
    },
    async () => indicatorLibrary(),
  );

  r.get(
    '/api/risk/companies/:id/explanation',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['risk'],
        summary:
          'A company’s score explained; records only where the reader may see them, else hit-style counts',
        params: z.object({ id: z.string().uuid() }),
        querystring: z.object({ operationId: z.string().uuid().optional() }),
        response: { 200: ZExplanation },
      },
    },
    async (req) => explainForReader(ctx.db, req.actor!, req.params.id, req.query.operationId, req.id),
  );

  r.post(
    '/api/risk/rescore',
    {
      config: { access: access.roles('operation_lead', 'analyst', 'platform_admin') },
      schema: {
        tags: ['risk'],
        summary: 'Recompute every company’s risk signals now (also runs on a schedule)',
        response: {
          200: z.object({
            companies: z.number(),
            ms: z.number(),
            libraryVersion: z.string(),
            ran: z.boolean(),
          }),
        },
      },
    },
    async (req) => rescoreNow(ctx.db, req.actor!),
  );

  await selectionRoutes(app, ctx);
}
