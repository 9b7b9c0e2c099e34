/**
 * /api/targets/match and company merge/split: thin routes over matching.service.ts and
 * merge.service.ts. Also runs the background indexer that keeps the name index current.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../platform/db/client.ts';
import { access } from '../../platform/http/access.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import type { TMatchBody } from './matching.schemas.ts';
import { ZMatchBody, ZMatchResponse, ZMerge, ZMergeBody } from './matching.schemas.ts';
import { matchCompanies, matchPersons, matchWorksites } from './matching.service.ts';
import { listMerges, mergeCompanies, splitMerge } from './merge.service.ts';
import { startMatchIndexer } from './name-index.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');

/** Runs the match for one body and shapes every kind of candidate alike. */
export async function matchTargets(db: Db, actor: Actor, body: TMatchBody) {
  if (body.type === 'company') {
    const found = await matchCompanies(db, body, body.limit);
    return found.map((c) => ({
      id: c.id,
      type: 'company' as const,
      name: c.name,
      businessId: c.businessId,
      address: c.streetAddress,
      municipality: c.municipality,
      score: c.score,
      confidence: c.confidence,
      components: { ...c.components },
    }));
  }
  if (body.type === 'person') {
    const found = await matchPersons(db, actor, body, body.limit);
    return found.map((p) => ({
      id: p.id,
      type: 'person' as const,
      name: `${p.givenName} ${p.familyName}`,
      businessId: null,
      address: null,
      municipality: null,
      score: p.score,
      confidence: p.confidence,
      components: { ...p.components },
    }));
  }
  const found = await matchWorksites(db, body, body.limit);
  return found.map((w) => ({
    id: w.id,
    type: 'worksite' as const,
    name: w.name,
    businessId: null,
    address: w.streetAddress,
    municipality: w.municipality,
    score: w.score,
    confidence: w.confidence,
    components: { ...w.components },
  }));
}

export async function matchingRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const stopIndexer = startMatchIndexer(ctx.db, 1_000, (error) =>
    app.log.error({ err: { message: error instanceof Error ? error.message : 'unknown' } }, 'match indexer'),
  );
  app.addHook('onClose', async () => stopIndexer());

  r.post(
    '/api/targets/match',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['register'],
        summary:
          'Ranked existing targets like the one being entered (business ID, names, address), ' +
          'with the parts of each score; persons only as far as you may see them',
        body: ZMatchBody,
        response: { 200: ZMatchResponse },
      },
    },
    async (request) => ({ candidates: await matchTargets(ctx.db, request.actor!, request.body) }),
  );

  r.post(
    '/api/targets/companies/:id/merge',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Merge duplicate companies into this one (links move, names are kept, history stored)',
        params: z.object({ id: z.string().uuid() }),
        body: ZMergeBody,
        response: { 200: z.object({ survivorId: z.string(), merges: z.array(ZMerge) }) },
      },
    },
    async (request) => mergeCompanies(ctx.db, request.actor!, request.params.id, request.body, request.id),
  );

  r.post(
    '/api/targets/companies/:id/split',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Undo one merge of this company: links, names and the duplicate come back',
        params: z.object({ id: z.string().uuid() }),
        body: z.object({ mergeId: z.string().uuid() }),
        response: { 200: ZMerge },
      },
    },
    async (request) =>
      splitMerge(ctx.db, request.actor!, request.params.id, request.body.mergeId, request.id),
  );

  r.get(
    '/api/targets/companies/:id/merges',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['register'],
        summary: 'Merge history of a company (as survivor or as duplicate), newest first',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: z.object({ items: z.array(ZMerge) }) },
      },
    },
    async (request) => ({ items: await listMerges(ctx.db, request.actor!, request.params.id) }),
  );
}
