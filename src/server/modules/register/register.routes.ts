/**
 * The shared register's routes beyond records.routes.ts — targets, search and export, disclosure
 * requests, proactive proposals, attachments — and the retention schedule, registered from app.ts in
 * one call.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { attachmentsRoutes } from './attachments.routes.ts';
import { hitsRoutes } from './hits.routes.ts';
import { proposalsRoutes } from './proposals.routes.ts';
import { requestsRoutes } from './requests.routes.ts';
import { scheduleRetention } from './retention.ts';
import { searchRoutes } from './search.routes.ts';
import { targetsRoutes } from './targets.routes.ts';

export async function registerRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // Tests run retention explicitly (retention.test.ts); a server runs it on a schedule.
  if (ctx.config.env !== 'test') {
    const stop = scheduleRetention(ctx.db, app.log, {
      onRun: (report) => {
        if (report.deleted || report.anonymised) app.log.info({ retention: report }, 'retention run');
      },
    });
    app.addHook('onClose', async () => stop());
  }
  await targetsRoutes(app, ctx);
  await searchRoutes(app, ctx);
  await hitsRoutes(app, ctx);
  await requestsRoutes(app, ctx);
  await proposalsRoutes(app, ctx);
  await attachmentsRoutes(app, ctx);
}
