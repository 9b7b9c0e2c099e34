/**
 * The worker app's "tell the authorities" form (public, rate-limited, switchable off with
 * SILTA_WORKER_TIPS=off), the reply lookup by reference code (public, rate-limited), and the receiving
 * authority's inbox (signed in; what an official sees is decided per record by platform/policy).
 *
 * The rate limiter keys on the client address in memory only, for its window; nothing here stores or
 * logs an address, and the worker app sends no cookies (credentials: 'omit').
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import {
  ZPublicReplies,
  ZReplyBody,
  ZReplyLookup,
  ZTip,
  ZTipBody,
  ZTipReply,
  ZTipSummary,
} from './worker-tips.schemas.ts';
import { getTip, listTips, receiveTip, repliesFor, replyToTip } from './worker-tips.service.ts';

const tags = ['worker-tips'];

export async function workerTipsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  if (ctx.config.workerTips.enabled) {
    r.post(
      '/api/worker-tips',
      {
        config: { access: access.public, rateLimit: { max: 5, timeWindow: '10 minutes' } },
        schema: {
          tags,
          summary: 'Send an anonymous tip from the worker app; answers a reference code, shown once',
          body: ZTipBody,
          response: { 201: z.object({ referenceCode: z.string() }) },
        },
      },
      async (request, reply) => {
        const result = await receiveTip(ctx, request.body, request.id);
        reply.status(201).header('cache-control', 'no-store');
        return result;
      },
    );
  }

  r.post(
    '/api/worker-tips/reply',
    {
      config: { access: access.public, rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'Replies to a tip, by its reference code (an unknown code answers like "no reply yet")',
        body: ZReplyLookup,
        response: { 200: ZPublicReplies },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return repliesFor(ctx, request.body.referenceCode, request.id);
    },
  );

  r.get(
    '/api/worker-tips',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Tips from the worker app that you may read, newest first (reading is audited)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(100) }),
        response: { 200: z.object({ items: z.array(ZTipSummary) }) },
      },
    },
    async (request) => ({ items: await listTips(ctx, request.actor!, request.query.limit, request.id) }),
  );

  r.get(
    '/api/worker-tips/:id',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'One tip with its replies (404 if missing or not yours to read; audited)',
        params: z.object({ id: z.uuid() }),
        response: { 200: ZTip },
      },
    },
    async (request) => getTip(ctx, request.actor!, request.params.id, request.id),
  );

  r.post(
    '/api/worker-tips/:id/replies',
    {
      config: { access: access.signedIn },
      schema: {
        tags,
        summary: 'Reply to a tip; the sender reads it with the reference code (owner authority only)',
        params: z.object({ id: z.uuid() }),
        body: ZReplyBody,
        response: { 201: ZTipReply },
      },
    },
    async (request, reply) => {
      const result = await replyToTip(ctx, request.actor!, request.params.id, request.body.body, request.id);
      reply.status(201);
      return result;
    },
  );
}
