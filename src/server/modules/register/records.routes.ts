/** /api/records and /api/disclosures: thin routes over records.service.ts. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { ZProposal } from './proposals.schemas.ts';
import { ZCreateRecord, ZDiscloseBody, ZRecord, ZRecordKind } from './records.schemas.ts';
import {
  createRecord,
  discloseRecords,
  getRecord,
  listRecords,
  revokeDisclosure,
} from './records.service.ts';
import { updateRecord, ZUpdateRecord } from './records.update.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');

export async function recordsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/records',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Record an observation, tip or analysis, owned by your authority',
        body: ZCreateRecord,
        response: { 201: ZRecord.extend({ proposals: z.array(ZProposal) }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRecord(ctx.db, request.actor!, request.body, request.id)),
  );

  r.patch(
    '/api/records/:id',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Change a record (owner authority only); new categories re-run the proactive prompts',
        params: z.object({ id: z.string().uuid() }),
        body: ZUpdateRecord,
        response: { 200: ZRecord.extend({ proposals: z.array(ZProposal) }) },
      },
    },
    async (request) => updateRecord(ctx.db, request.actor!, request.params.id, request.body, request.id),
  );

  r.get(
    '/api/records',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Records you may see, newest first (owned by your authority or disclosed to it)',
        querystring: z.object({
          targetId: z.string().uuid().optional(),
          kind: ZRecordKind.optional(),
          before: z.iso.datetime().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(ZRecord) }) },
      },
    },
    async (request) => ({ items: await listRecords(ctx.db, request.actor!, request.query, request.id) }),
  );

  r.get(
    '/api/records/:id',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'One record; a refused record answers exactly like a missing one (404)',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: ZRecord },
      },
    },
    async (request) => getRecord(ctx.db, request.actor!, request.params.id, request.id),
  );

  r.post(
    '/api/disclosures',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Disclose one or many records to one or more authorities, as the competence engine allows',
        body: ZDiscloseBody,
        response: {
          201: z.object({
            disclosures: z.array(
              z.object({ id: z.string(), recordId: z.string(), to: z.string(), legalBasis: z.string() }),
            ),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await discloseRecords(ctx.db, request.actor!, request.body, request.id)),
  );

  r.post(
    '/api/disclosures/:id/revoke',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Revoke a disclosure: the recipient loses access at once, also on the live stream',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: z.object({ id: z.string(), revokedAt: z.string() }) },
      },
    },
    async (request) => revokeDisclosure(ctx.db, request.actor!, request.params.id, request.id),
  );
}
