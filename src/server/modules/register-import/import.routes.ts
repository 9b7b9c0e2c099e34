/**
 * /api/imports: upload a CSV or XLSX file (the raw file as the request body, its type in
 * Content-Type), validate it with a column mapping, run it, follow its progress. Thin routes over
 * import.service.ts. The file body parser lives in this plugin only, so no other route accepts files.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { CSV_TYPES, MAX_IMPORT_BYTES, XLSX_TYPE } from './import.file.ts';
import { ZImport, ZRunBody, ZUploaded, ZUploadQuery, ZValidateBody } from './import.schemas.ts';
import { createImport, getImport, startImport, validateImport } from './import.service.ts';
import { settleImports } from './progress.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');

export async function importRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.addHook('onClose', async () => settleImports());
  await app.register(async (files) => {
    files.addContentTypeParser(
      [...CSV_TYPES, XLSX_TYPE],
      { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
      (_request, body, done) => done(null, body),
    );
    files.withTypeProvider<ZodTypeProvider>().post(
      '/api/imports',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        config: { access: caseworkers },
        schema: {
          tags: ['register'],
          summary: `Upload a CSV or XLSX file of companies, worksites or observations (at most ${MAX_IMPORT_BYTES / 1_048_576} MB); answers with the columns found, a preview and a suggested mapping`,
          querystring: ZUploadQuery,
          response: { 201: ZUploaded },
        },
      },
      async (request, reply) => {
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const created = await createImport(
          ctx.db,
          request.actor!,
          {
            kind: request.query.kind,
            fileName: request.query.fileName,
            contentType: request.headers['content-type'] ?? '',
            bytes,
          },
          request.id,
        );
        return reply.status(201).send(created);
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.string().uuid() });

  r.post(
    '/api/imports/:id/validate',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary:
          'Check every row with this column mapping: a report of row, field and problem, and the matches found',
        params,
        body: ZValidateBody,
        response: { 200: ZImport },
      },
    },
    async (request) => validateImport(ctx.db, request.actor!, request.params.id, request.body),
  );

  r.post(
    '/api/imports/:id/run',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Run a validated import in the background: all-or-nothing, or skipping invalid rows',
        params,
        body: ZRunBody,
        response: { 202: ZImport },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await startImport(ctx.database, request.actor!, request.params.id, request.body.mode, request.id),
        ),
  );

  r.get(
    '/api/imports/:id',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'An import of your authority: status, progress (rows done / total), report and result',
        params,
        response: { 200: ZImport },
      },
    },
    async (request) => getImport(ctx.db, request.actor!, request.params.id),
  );
}
