/** PUT /api/records/:id/hit-opt-in: the owner lets a secret record show as a hit to others. */
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { recordHitOptIns } from './hits.table.ts';
import { loadRecordPolicies } from './records.policy.ts';

/** Only the owner authority's caseworkers; anyone else gets the 404 of a missing record. */
export async function setHitOptIn(db: Db, actor: Actor, recordId: string, optIn: boolean, requestId: string) {
  const policy = (await loadRecordPolicies(db, [recordId])).get(recordId);
  if (!policy || !decide(actor, 'disclose', policy).allowed) throw notFound();
  await db.transaction(async (tx) => {
    if (optIn) {
      await tx.insert(recordHitOptIns).values({ recordId, optedInBy: actor.userId }).onConflictDoNothing();
    } else {
      await tx.delete(recordHitOptIns).where(eq(recordHitOptIns.recordId, recordId));
    }
    await writeAudit(tx, {
      action: 'record.hit_opt_in',
      actor,
      targetType: 'record',
      targetId: recordId,
      requestId,
      details: { optIn, classification: policy.classification },
    });
  });
  return { recordId, optIn };
}

export async function hitsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().put(
    '/api/records/:id/hit-opt-in',
    {
      config: { access: access.roles('officer', 'analyst', 'operation_lead') },
      schema: {
        tags: ['register'],
        summary: 'Let a secret record show as a hit to other authorities (restricted records always do)',
        params: z.object({ id: z.string().uuid() }),
        body: z.object({ optIn: z.boolean() }),
        response: { 200: z.object({ recordId: z.string(), optIn: z.boolean() }) },
      },
    },
    async (request) => setHitOptIn(ctx.db, request.actor!, request.params.id, request.body.optIn, request.id),
  );
}
