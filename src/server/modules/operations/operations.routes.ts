/**
 * The operations module's routes (docs/api/OPERATIONS-API.md), registered from app.ts in one call:
 * the annual clock, supervision initiatives, operations with participants, agenda, transitions and
 * feedback and follow-up.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';

export async function operationsRoutes(_app: FastifyInstance, _ctx: AppContext): Promise<void> {}
