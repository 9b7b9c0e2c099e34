/**
 * /api/records/:id/attachments: raw-body upload (its own content-type parsers, in an encapsulated
 * scope so the rest of the API still parses JSON only), list, download and delete.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  addAttachment,
  deleteAttachment,
  downloadAttachment,
  listAttachments,
} from './attachments.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const ZAttachment = z.object({
  id: z.string(),
  recordId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});
const ZRecordId = z.object({ id: z.string().uuid() });
const ZIds = z.object({ id: z.string().uuid(), aid: z.string().uuid() });

/** RFC 6266: an ASCII fallback and the UTF-8 name. */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function attachmentsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      [...ATTACHMENT_TYPES],
      { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/records/:id/attachments',
      {
        bodyLimit: ATTACHMENT_MAX_BYTES,
        config: { access: caseworkers },
        schema: {
          tags: ['register'],
          summary: `Attach a file (raw body; ${ATTACHMENT_TYPES.join(', ')}; at most 10 MB) — owner authority only`,
          params: ZRecordId,
          querystring: z.object({ filename: z.string().max(300).optional() }),
          response: { 201: ZAttachment },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await addAttachment(
            ctx.db,
            request.actor!,
            request.params.id,
            {
              contentType: request.headers['content-type'],
              body: request.body,
              filename: request.query.filename,
            },
            request.id,
          ),
        ),
    );
    r.get(
      '/api/records/:id/attachments',
      {
        config: { access: caseworkers },
        schema: {
          tags: ['register'],
          summary: "A record's attachments (whoever may read the record)",
          params: ZRecordId,
          response: { 200: z.object({ items: z.array(ZAttachment) }) },
        },
      },
      async (request) => ({ items: await listAttachments(ctx.db, request.actor!, request.params.id) }),
    );
    r.get(
      '/api/records/:id/attachments/:aid',
      {
        config: { access: caseworkers },
        schema: {
          tags: ['register'],
          summary: 'Download an attachment (audited); always as a download, never rendered',
          params: ZIds,
        },
      },
      async (request, reply) => {
        const file = await downloadAttachment(
          ctx.db,
          request.actor!,
          request.params.id,
          request.params.aid,
          request.id,
        );
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', disposition(file.filename))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`)
          .send(file.content);
      },
    );
    r.delete(
      '/api/records/:id/attachments/:aid',
      {
        config: { access: caseworkers },
        schema: { tags: ['register'], summary: 'Delete an attachment (owner authority only)', params: ZIds },
      },
      async (request, reply) => {
        await deleteAttachment(ctx.db, request.actor!, request.params.id, request.params.aid, request.id);
        return reply.status(204).send();
      },
    );
  });
}
