/** The notification centre (/api/notifications) and watchlists (/api/watches). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { addWatch, listNotifications, listWatches, markRead, removeWatch } from './notifications.service.ts';

const ZNotification = z.object({
  id: z.string(),
  eventId: z.number(),
  type: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  targetIds: z.array(z.string()),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const ZWatch = z.object({
  id: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  createdAt: z.string(),
});
const ZWatchSubject = z.enum(['target', 'record', 'operation', 'disclosure_request']);

export async function notificationsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/notifications',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['events'],
        summary: 'Your notifications you may still see, newest first, with the unread count',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(30) }),
        response: { 200: z.object({ unreadCount: z.number(), items: z.array(ZNotification) }) },
      },
    },
    async (request) => listNotifications(ctx.db, request.actor!, request.query.limit),
  );

  r.post(
    '/api/notifications/read',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['events'],
        summary: 'Mark notifications read: {ids} or {all: true}',
        body: z.union([
          z.object({ ids: z.array(z.string().uuid()).min(1).max(500) }),
          z.object({ all: z.literal(true) }),
        ]),
        response: { 200: z.object({ updated: z.number() }) },
      },
    },
    async (request) => ({
      updated: await markRead(ctx.db, request.actor!, 'all' in request.body ? 'all' : request.body.ids),
    }),
  );

  r.get(
    '/api/watches',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['events'],
        summary: 'What you follow',
        response: { 200: z.object({ items: z.array(ZWatch) }) },
      },
    },
    async (request) => ({ items: await listWatches(ctx.db, request.actor!) }),
  );

  r.post(
    '/api/watches',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['events'],
        summary: 'Follow a target or record you may see, or an operation you are a member of',
        body: z.object({ subjectType: ZWatchSubject, subjectId: z.string().uuid() }),
        response: { 201: ZWatch },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addWatch(
            ctx.db,
            request.actor!,
            request.body.subjectType,
            request.body.subjectId,
            request.id,
          ),
        ),
  );

  r.delete(
    '/api/watches/:id',
    {
      config: { access: access.signedIn },
      schema: { tags: ['events'], summary: 'Stop following', params: z.object({ id: z.string().uuid() }) },
    },
    async (request, reply) => {
      await removeWatch(ctx.db, request.actor!, request.params.id, request.id);
      return reply.status(204).send();
    },
  );
}
