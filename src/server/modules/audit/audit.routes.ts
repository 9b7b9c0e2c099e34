/**
 * Reading the audit log: platform admins see all of it, authority admins their own authority's rows.
 * Reading the audit log is itself audited. GET /api/audit/verify checks the hash chain.
 */
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { verifyAuditChain } from '../../platform/audit/verify.ts';
import { access } from '../../platform/http/access.ts';
import { hasRole } from '../../platform/policy/actor.ts';

const ZAuditRow = z.object({
  seq: z.number(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  authorityCode: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.string(),
  purpose: z.string().nullable(),
  legalBasis: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export async function auditRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/audit',
    {
      config: { access: access.roles('platform_admin', 'authority_admin') },
      schema: {
        tags: ['audit'],
        summary: 'Audit rows, newest first (keyset paging with `before`)',
        querystring: z.object({
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          action: z.string().max(100).optional(),
        }),
        response: { 200: z.object({ items: z.array(ZAuditRow), nextBefore: z.number().nullable() }) },
      },
    },
    async (request) => {
      const actor = request.actor!;
      const { before, limit, action } = request.query;
      const where: SQL[] = [];
      // An authority admin sees only rows of their own authority.
      if (!hasRole(actor, 'platform_admin')) where.push(eq(auditLog.authorityCode, actor.authority));
      if (before) where.push(lt(auditLog.seq, before));
      if (action) where.push(eq(auditLog.action, action));
      return ctx.db.transaction(async (tx) => {
        const rows = await tx
          .select()
          .from(auditLog)
          .where(where.length ? and(...where) : undefined)
          .orderBy(desc(auditLog.seq))
          .limit(limit);
        await writeAudit(tx, {
          action: 'audit.read',
          actor,
          requestId: request.id,
          details: { rows: rows.length, before: before ?? null, filter: action ?? null },
        });
        return {
          items: rows.map((row) => ({
            seq: row.seq,
            at: row.at.toISOString(),
            actorUsername: row.actorUsername,
            authorityCode: row.authorityCode,
            action: row.action,
            targetType: row.targetType,
            targetId: row.targetId,
            outcome: row.outcome,
            purpose: row.purpose,
            legalBasis: row.legalBasis,
            details: row.details,
          })),
          nextBefore: rows.length === limit ? (rows.at(-1)?.seq ?? null) : null,
        };
      });
    },
  );

  r.get(
    '/api/audit/verify',
    {
      config: { access: access.roles('platform_admin') },
      schema: {
        tags: ['audit'],
        summary: 'Recompute the hash chain and name the first broken row',
        response: {
          200: z.object({
            ok: z.boolean(),
            rows: z.number(),
            headSeq: z.number(),
            headHash: z.string(),
            firstBroken: z.object({ seq: z.number(), reason: z.string() }).optional(),
          }),
        },
      },
    },
    async () => verifyAuditChain(ctx.db),
  );
}
