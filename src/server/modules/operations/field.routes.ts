/**
 * Routes of the field view (/api/operations/:id/field…): thin — access rule, zod schemas, one service
 * call. Photos take a raw image body in their own encapsulated scope, so the rest of the API still
 * parses JSON only (as the register's attachments do).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { ATTACHMENT_MAX_BYTES } from '../register/attachments.service.ts';
import { addFindingPhoto, recordFinding } from './field.findings.ts';
import { ZIdempotencyHeaders } from './field.idempotency.ts';
import { ZArrival, ZField, ZFieldParams, ZFinding, ZFinish, ZReferral } from './field.schemas.ts';
import { finishTarget, recordArrival, recordReferral } from './field.service.ts';
import { getField } from './field.views.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');
const base = '/api/operations/:id/field/targets/:otid';

export async function fieldRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/operations/:id/field',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['operations'],
        summary:
          'Targets to visit in order with their field state; findings you may not see show only their holder',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: ZField },
      },
    },
    async (request) => getField(ctx.db, request.actor!, request.params.id, request.id),
  );

  r.post(
    `${base}/arrival`,
    {
      config: { access: caseworkers },
      schema: {
        tags: ['operations'],
        summary: 'Record arrival at a target (executing only; the first arrival is kept)',
        params: ZFieldParams,
        body: ZArrival,
        response: { 200: z.object({ operationTargetId: z.string(), arrivedAt: z.string() }) },
      },
    },
    async (request) =>
      recordArrival(
        ctx.db,
        request.actor!,
        request.params.id,
        request.params.otid,
        request.body.at,
        request.id,
      ),
  );

  r.post(
    `${base}/findings`,
    {
      config: { access: caseworkers },
      schema: {
        tags: ['operations'],
        summary:
          'Record a finding: a register observation owned by your authority, linked to the target (Idempotency-Key: a repeat answers the first result)',
        params: ZFieldParams,
        headers: ZIdempotencyHeaders,
        body: ZFinding,
        response: {
          201: z.object({
            recordId: z.string(),
            ownerAuthority: z.string(),
            categories: z.array(z.string()),
            area: z.string(),
            iloIndicators: z.array(z.string()),
            proposals: z.number(),
          }),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordFinding(
            ctx.db,
            request.actor!,
            request.params.id,
            request.params.otid,
            request.body,
            request.id,
            request.headers['idempotency-key'],
          ),
        ),
  );

  r.post(
    `${base}/referrals`,
    {
      config: { access: caseworkers },
      schema: {
        tags: ['operations'],
        summary: 'Record possible victims referred to the assistance system (time and count)',
        params: ZFieldParams,
        headers: ZIdempotencyHeaders,
        body: ZReferral,
        response: {
          201: z.object({
            id: z.string(),
            authority: z.string(),
            persons: z.number(),
            referredTo: z.string(),
            referredAt: z.string(),
          }),
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordReferral(
            ctx.db,
            request.actor!,
            request.params.id,
            request.params.otid,
            request.body,
            request.id,
            request.headers['idempotency-key'],
          ),
        ),
  );

  r.post(
    `${base}/finish`,
    {
      config: { access: caseworkers },
      schema: {
        tags: ['operations'],
        summary: 'Finish a target: visited, or not visited with a note',
        params: ZFieldParams,
        body: ZFinish,
        response: {
          200: z.object({
            operationTargetId: z.string(),
            finishedAt: z.string(),
            visited: z.boolean(),
            note: z.string(),
          }),
        },
      },
    },
    async (request) =>
      finishTarget(ctx.db, request.actor!, request.params.id, request.params.otid, request.body, request.id),
  );

  await app.register(async (scope) => {
    scope.addContentTypeParser(
      ['image/jpeg', 'image/png'],
      { parseAs: 'buffer', bodyLimit: ATTACHMENT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      `${base}/findings/:recordId/photos`,
      {
        bodyLimit: ATTACHMENT_MAX_BYTES,
        config: { access: caseworkers },
        schema: {
          tags: ['operations'],
          summary: 'Attach a photo (raw image/jpeg or image/png body) to your own finding',
          params: ZFieldParams.extend({ recordId: z.string().uuid() }),
          headers: ZIdempotencyHeaders,
          querystring: z.object({ filename: z.string().max(300).optional() }),
          response: {
            201: z.object({
              id: z.string(),
              recordId: z.string(),
              filename: z.string(),
              contentType: z.string(),
              sizeBytes: z.number(),
              sha256: z.string(),
              createdAt: z.string(),
            }),
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await addFindingPhoto(
            ctx.db,
            request.actor!,
            {
              operationId: request.params.id,
              operationTargetId: request.params.otid,
              recordId: request.params.recordId,
            },
            {
              contentType: request.headers['content-type'],
              body: request.body,
              filename: request.query.filename,
            },
            request.id,
            request.headers['idempotency-key'],
          ),
        ),
    );
  });
}
