/**
 * GET /api/events/stream — Server-Sent Events. On connect with Last-Event-ID (header or
 * ?lastEventId=), everything after that id inside the retention window is replayed first, then the
 * stream goes live; live events that arrive during the replay are buffered, so nothing is lost or
 * doubled. Every event is checked at delivery time (mayReceive → decide()), once per receiver class
 * and event for all of the node's connections (stream.hub.ts). The session is re-checked every 30 s:
 * a signed-out or expired session ends the stream.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { loadSession } from '../../platform/auth/sessions.ts';
import type { EventBus } from '../../platform/events/bus.ts';
import { access } from '../../platform/http/access.ts';
import { readSessionToken } from '../../platform/http/cookies.ts';
import { type StreamConnection, StreamHub } from './stream.hub.ts';

const HEARTBEAT_MS = 20_000;
const SESSION_CHECK_MS = 30_000;

export async function streamRoutes(app: FastifyInstance, ctx: AppContext, bus: EventBus): Promise<void> {
  const timeouts = { idleMs: ctx.config.sessionIdleMs, absoluteMs: ctx.config.sessionAbsoluteMs };
  // Open streams end when the node stops; clients reconnect (to this or another node) and resume.
  const open = new Set<import('node:http').ServerResponse>();
  // One bus subscription for all of this node's streams; the hub decides once per receiver class.
  const hub = new StreamHub();
  const unsubscribeHub = bus.subscribe((batch) => hub.deliver(batch));
  app.addHook('preClose', async () => {
    unsubscribeHub();
    for (const res of open) res.end();
  });

  app.get(
    '/api/events/stream',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['events'],
        summary: 'Live events you may see (text/event-stream); resume with the Last-Event-ID header',
        querystring: z.object({ lastEventId: z.coerce.number().int().min(0).optional() }),
      },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const token = readSessionToken(request)!;
      const header = request.headers['last-event-id'];
      const query = request.query as { lastEventId?: number };
      const resumeFrom =
        typeof header === 'string' && /^\d+$/.test(header) ? Number(header) : query.lastEventId;

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 3000\n\n');

      const conn: StreamConnection = {
        actor,
        res,
        sentUpTo: resumeFrom ?? 0,
        replaying: resumeFrom !== undefined,
        buffered: [],
      };
      hub.add(conn);
      const unsubscribe = () => hub.remove(conn);

      const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      const sessionCheck = setInterval(async () => {
        const session = await loadSession(ctx.db, token, timeouts).catch(() => null);
        if (!session) res.end();
      }, SESSION_CHECK_MS);
      const close = () => {
        unsubscribe();
        clearInterval(heartbeat);
        clearInterval(sessionCheck);
      };
      open.add(res);
      res.on('close', () => {
        open.delete(res);
        close();
      });

      if (resumeFrom !== undefined) {
        try {
          StreamHub.sendEach(conn, await bus.replay(resumeFrom));
        } finally {
          conn.replaying = false;
          StreamHub.sendEach(conn, conn.buffered.splice(0));
        }
      }
    },
  );
}
