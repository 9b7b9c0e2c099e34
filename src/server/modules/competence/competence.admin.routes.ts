/**
 * Editing the competence map: platform admins only (the route rule refuses everyone else before any
 * handler runs). Every write validates the whole map, adds versions and is audited; see
 * competence.commit.ts. Export and import move the whole map as one JSON document.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import {
  ZEditResult,
  ZImportResult,
  ZItemBody,
  ZItemKind,
  ZItemParams,
  ZNewItemBody,
  ZRetireBody,
  ZVerifyBody,
} from './competence.api-schemas.ts';
import { createItem, type EditResult, retireRule, updateItem, verifyItem } from './competence.edit.ts';
import { presentVersion } from './competence.history.ts';
import { exportConfig, importConfig } from './competence.import.ts';
import { ZCompetenceConfig } from './competence.schemas.ts';

const tags = ['competence admin'];
const admin = { access: access.roles('platform_admin') };
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

const present = (result: EditResult) => ({
  item: presentVersion(result.item, true),
  changed: result.changed,
  revision: result.revision,
});

export async function competenceAdminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.put(
    '/api/competence/items/:kind/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: "Replace an item's data with a new version (the whole map is validated)",
        params: ZItemParams,
        body: ZItemBody,
        response: { 200: ZEditResult },
      },
    },
    async (request) => {
      const { kind, id } = request.params;
      const { data, changeNote, baseVersion } = request.body;
      return present(await updateItem(ctx.db, request.actor!, kind, id, data, changeNote, baseVersion));
    },
  );

  r.post(
    '/api/competence/items/:kind',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Add an item at version 1',
        params: z.object({ kind: ZItemKind }),
        body: ZNewItemBody,
        response: { 201: ZEditResult },
      },
    },
    async (request, reply) => {
      const { data, changeNote } = request.body;
      const result = await createItem(ctx.db, request.actor!, request.params.kind, data, changeNote);
      return reply.status(201).send(present(result));
    },
  );

  r.post(
    '/api/competence/items/:kind/:id/verify',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Mark an authority, competence or rule verified against its sources (a new version)',
        params: ZItemParams,
        body: ZVerifyBody,
        response: { 200: ZEditResult },
      },
    },
    async (request) => {
      const { kind, id } = request.params;
      return present(await verifyItem(ctx.db, request.actor!, kind, id, request.body.note));
    },
  );

  r.post(
    '/api/competence/rules/:id/retire',
    {
      config: admin,
      schema: {
        tags,
        summary: 'End a rule on validTo (a new version; kept for decisions about earlier dates)',
        params: z.object({ id: z.string().min(1).max(200) }),
        body: ZRetireBody,
        response: { 200: ZEditResult },
      },
    },
    async (request) => {
      const { validTo, changeNote } = request.body;
      return present(await retireRule(ctx.db, request.actor!, request.params.id, validTo, changeNote));
    },
  );

  r.get(
    '/api/competence/export',
    {
      config: admin,
      schema: {
        tags,
        summary: 'The whole current map as an importable JSON document',
        response: { 200: ZCompetenceConfig },
      },
    },
    async (_request, reply) => {
      const { config, revision } = await exportConfig(ctx.db);
      reply.header('x-competence-revision', String(revision));
      reply.header(
        'content-disposition',
        `attachment; filename="competence-${config.country}-r${revision}.json"`,
      );
      return config;
    },
  );

  r.post(
    '/api/competence/import',
    {
      config: admin,
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Replace the map with a JSON document, validated as a whole; only changed items get versions',
        querystring: z.object({ changeNote: z.string().trim().min(1).max(2000).optional() }),
        body: z
          .record(z.string(), z.unknown())
          .describe('a competence configuration (see GET /api/competence/export)'),
        response: { 200: ZImportResult },
      },
    },
    async (request) => importConfig(ctx.db, request.actor!, request.body, request.query.changeNote),
  );
}
