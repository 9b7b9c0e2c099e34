/**
 * The operations module's routes (docs/api/OPERATIONS-API.md), registered from app.ts in one call:
 * the annual clock, supervision initiatives, operations with participants, agenda, transitions and
 * feedback and follow-up.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { clockRoutes } from './clock.routes.ts';
import { followupRoutes } from './followup.routes.ts';
import { initiativesRoutes } from './initiatives.routes.ts';
import { operationsCrudRoutes } from './operations.crud.routes.ts';
import { participantsRoutes } from './participants.routes.ts';

export async function operationsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await clockRoutes(app, ctx);
  await initiativesRoutes(app, ctx);
  await operationsCrudRoutes(app, ctx);
  await participantsRoutes(app, ctx);
  await followupRoutes(app, ctx);
}
