/**
 * The competence map over HTTP for everyone signed in: the whole map, one authority's page, the
 * matrix, rules and their history, "may I tell them?" (audited), "who should be at the table?" and a
 * record's proactive obligations. Editing routes (platform admins only) are in competence.admin.routes.ts.
 * The contract is written down in docs/api/COMPETENCE-API.md.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { competenceAdminRoutes } from './competence.admin.routes.ts';
import {
  ZAuthorityView,
  ZDecideBody,
  ZDecision,
  ZDiffQuery,
  ZItemDiff,
  ZItemParams,
  ZItemVersion,
  ZMatrix,
  ZMatrixQuery,
  ZObligations,
  ZObligationsQuery,
  ZParticipantsBody,
  ZRules,
  ZRulesQuery,
  ZRuleWithHistory,
  ZSeats,
} from './competence.api-schemas.ts';
import { itemDiff, itemHistory } from './competence.history.ts';
import type { IssueArea } from './competence.schemas.ts';
import { ZCompetenceConfig } from './competence.schemas.ts';
import { adviseDisclosure, getCompetenceState } from './competence.service.ts';
import {
  findObligations,
  findParticipants,
  getAuthorityView,
  getMatrix,
  getRule,
  listRules,
} from './competence.views.ts';

const tags = ['competence'];
const signedIn = { access: access.signedIn };

export async function competenceRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/competence/config',
    {
      config: signedIn,
      schema: { tags, summary: 'The whole current competence map', response: { 200: ZCompetenceConfig } },
    },
    async (_request, reply) => {
      const state = await getCompetenceState(ctx.db);
      reply.header('x-competence-revision', String(state.revision));
      return state.config;
    },
  );

  r.get(
    '/api/competence/authorities/:code',
    {
      config: signedIn,
      schema: {
        tags,
        summary: "One authority's page: competences, categories held, rules from and to it by mode",
        params: z.object({ code: z.string().min(1).max(100) }),
        response: { 200: ZAuthorityView },
      },
    },
    async (request) => getAuthorityView(ctx.db, request.params.code),
  );

  r.get(
    '/api/competence/matrix',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Authority × authority decisions for one category, purpose and initiative (169 cells)',
        querystring: ZMatrixQuery,
        response: { 200: ZMatrix },
      },
    },
    async (request) => getMatrix(ctx.db, request.query),
  );

  r.post(
    '/api/competence/decide',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'May `from` give these categories to `to` for this purpose? (advice; audited)',
        body: ZDecideBody,
        response: { 200: ZDecision },
      },
    },
    async (request) => {
      const body = request.body;
      return adviseDisclosure(
        ctx.db,
        request.actor!,
        { ...body, from: body.from as AuthorityCode, to: body.to as AuthorityCode },
        request.id,
      );
    },
  );

  r.post(
    '/api/competence/participants',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Who should be at the table: authorities competent in these issue areas, ranked',
        body: ZParticipantsBody,
        response: { 200: ZSeats },
      },
    },
    async (request) => ({
      items: await findParticipants(ctx.db, {
        issueAreas: request.body.issueAreas as IssueArea[],
        sectors: request.body.sectors ?? [],
      }),
    }),
  );

  r.get(
    '/api/competence/obligations',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Own-initiative and duty-to-notify prompts for a record of these categories',
        querystring: ZObligationsQuery,
        response: { 200: ZObligations },
      },
    },
    async (request) => ({
      items: await findObligations(ctx.db, request.query.from, request.query.categories, request.query.at),
    }),
  );

  r.get(
    '/api/competence/rules',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Current rules, filtered',
        querystring: ZRulesQuery,
        response: { 200: ZRules },
      },
    },
    async (request) => listRules(ctx.db, request.query),
  );

  r.get(
    '/api/competence/rules/:id',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'One rule (current version) and its versions (without data)',
        params: z.object({ id: z.string().min(1).max(200) }),
        response: { 200: ZRuleWithHistory },
      },
    },
    async (request) => ({
      rule: await getRule(ctx.db, request.params.id),
      history: await itemHistory(ctx.db, 'rule', request.params.id, false),
    }),
  );

  r.get(
    '/api/competence/items/:kind/:id/history',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Every version of an item, newest first, with who, when, why and the data',
        params: ZItemParams,
        response: { 200: z.object({ items: z.array(ZItemVersion) }) },
      },
    },
    async (request) => ({ items: await itemHistory(ctx.db, request.params.kind, request.params.id) }),
  );

  r.get(
    '/api/competence/items/:kind/:id/diff',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Field-level changes between two versions of an item',
        params: ZItemParams,
        querystring: ZDiffQuery,
        response: { 200: ZItemDiff },
      },
    },
    async (request) =>
      itemDiff(ctx.db, request.params.kind, request.params.id, request.query.from, request.query.to),
  );

  await competenceAdminRoutes(app, ctx);
}
