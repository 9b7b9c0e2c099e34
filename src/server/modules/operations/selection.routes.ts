/** Target selection routes (docs/api/OPERATIONS-API.md, "Target selection (risk)"); thin: one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import {
  ZAddTargetBody,
  ZCandidatesOut,
  ZCandidatesQuery,
  ZDecisionBody,
  ZOperationParams,
  ZOperationTarget,
  ZOperationTargetParams,
  ZOperationTargetsOut,
  ZWeightsBody,
  ZWeightsOut,
} from './selection.schemas.ts';
import { addTarget, decideTarget, getCandidates, listTargets, putWeights } from './selection.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const tags = ['operations'];

export async function selectionRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/operations/:id/candidates',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Shortlist of companies by the operation’s risk weights, with per-indicator contributions',
        params: ZOperationParams,
        querystring: ZCandidatesQuery,
        response: { 200: ZCandidatesOut },
      },
    },
    async (req) => getCandidates(ctx.db, req.actor!, req.params.id, req.query.limit, { requestId: req.id }),
  );

  r.put(
    '/api/operations/:id/risk-weights',
    {
      config: { access: access.roles('operation_lead') },
      schema: {
        tags,
        summary: 'Set the operation’s indicator weights (lead); absent indicators keep their default',
        params: ZOperationParams,
        body: ZWeightsBody,
        response: { 200: ZWeightsOut },
      },
    },
    async (req) => putWeights(ctx.db, req.actor!, req.params.id, req.body.weights, { requestId: req.id }),
  );

  r.get(
    '/api/operations/:id/targets',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'The operation’s targets with their selection decisions',
        params: ZOperationParams,
        response: { 200: ZOperationTargetsOut },
      },
    },
    async (req) => listTargets(ctx.db, req.actor!, req.params.id, { requestId: req.id }),
  );

  r.post(
    '/api/operations/:id/targets',
    {
      config: { access: caseworkers },
      schema: {
        tags,
        summary: 'Add a candidate target (a company or worksite the member may see)',
        params: ZOperationParams,
        body: ZAddTargetBody,
        response: { 201: ZOperationTarget },
      },
    },
    async (req, reply) => {
      const target = await addTarget(ctx.db, req.actor!, req.params.id, req.body, { requestId: req.id });
      return reply.code(201).send(target);
    },
  );

  r.put(
    '/api/operations/:id/targets/:otid/decision',
    {
      config: { access: access.roles('operation_lead') },
      schema: {
        tags,
        summary: 'Select or reject a target with a rationale (lead)',
        params: ZOperationTargetParams,
        body: ZDecisionBody,
        response: { 200: ZOperationTarget },
      },
    },
    async (req) =>
      decideTarget(ctx.db, req.actor!, req.params.id, req.params.otid, req.body, { requestId: req.id }),
  );
}
