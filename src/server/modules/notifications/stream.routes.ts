/**
 * GET /api/events/stream — Server-Sent Events. On connect with Last-Event-ID (header or
 * ?lastEventId=), everything after that id inside the retention window is replayed first, then the
 * stream goes live; live events that arrive during the replay are buffered, so nothing is lost or
 * doubled. Every event is checked for this receiver at delivery time (mayReceive → decide()). The
 * session is re-checked every 30 s: a signed-out or expired session ends the stream.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { loadSession } from '../../platform/auth/sessions.ts';
import { type DeliverableEvent, type EventBus, mayReceive } from '../../platform/events/bus.ts';
import { access } from '../../platform/http/access.ts';
import { readSessionToken } from '../../platform/http/cookies.ts';

const HEARTBEAT_MS = 20_000;
const SESSION_CHECK_MS = 30_000;

export async function streamRoutes(app: FastifyInstance, ctx: AppContext, bus: EventBus): Promise<void> {
  const timeouts = { idleMs: ctx.config.sessionIdleMs, absoluteMs: ctx.config.sessionAbsoluteMs };
  // Open streams end when the node stops; clients reconnect (to this or another node) and resume.
  const open = new Set<import('node:http').ServerResponse>();
  app.addHook('preClose', async () => {
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

      let sentUpTo = resumeFrom ?? 0;
      let replaying = resumeFrom !== undefined;
      const buffered: DeliverableEvent[] = [];
      const send = (batch: DeliverableEvent[]) => {
        let out = '';
        for (const e of batch) {
          if (e.id <= sentUpTo) continue;
          sentUpTo = e.id;
          if (mayReceive(actor, e.access)) out += e.frame;
        }
        if (out) res.write(out);
      };
      const unsubscribe = bus.subscribe((batch) => (replaying ? buffered.push(...batch) : send(batch)));

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
          send(await bus.replay(resumeFrom));
        } finally {
          replaying = false;
          send(buffered.splice(0));
        }
      }
    },
  );
}
