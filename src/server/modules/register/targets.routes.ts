/** /api/targets: companies, worksites, persons, their links and the target card. Thin over the services. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import type { TargetType } from './record-targets.table.ts';
import { ZRecord } from './records.schemas.ts';
import { ZHit } from './search.schemas.ts';
import { getTargetCard } from './targets.card.ts';
import { addEmployment, addSubcontract, removeEmployment, removeSubcontract } from './targets.links.ts';
import { listTargets } from './targets.list.ts';
import {
  ZCompany,
  ZCompanyInput,
  ZCompanyPatch,
  ZEmployment,
  ZEmploymentInput,
  ZIdParams,
  ZListQuery,
  ZPerson,
  ZPersonInput,
  ZPersonPatch,
  ZSubcontract,
  ZSubcontractInput,
  ZTarget,
  ZWorksite,
  ZWorksiteInput,
  ZWorksitePatch,
} from './targets.schemas.ts';
import { createTarget, getTarget, updateTarget } from './targets.service.ts';

const caseworkers = access.roles('officer', 'analyst', 'operation_lead');

const KINDS = [
  { path: 'companies', type: 'company', input: ZCompanyInput, patch: ZCompanyPatch, out: ZCompany },
  { path: 'worksites', type: 'worksite', input: ZWorksiteInput, patch: ZWorksitePatch, out: ZWorksite },
  { path: 'persons', type: 'person', input: ZPersonInput, patch: ZPersonPatch, out: ZPerson },
] as const;

const ZCardType = z.enum(['companies', 'worksites', 'persons', 'company', 'worksite', 'person']);
const cardType = (t: z.infer<typeof ZCardType>): TargetType =>
  t === 'companies' || t === 'company'
    ? 'company'
    : t === 'worksites' || t === 'worksite'
      ? 'worksite'
      : 'person';

const ZLinked = <T extends z.ZodTypeAny>(key: string, schema: T) =>
  z.object({
    [key]: schema,
    role: z.string(),
    permitType: z.string().nullable(),
    startedOn: z.string().nullable(),
  });

export const ZTargetCard = z.object({
  target: ZTarget,
  links: z.object({
    company: ZCompany.nullable(),
    worksites: z.array(ZWorksite),
    people: z.array(ZLinked('person', ZPerson)),
    companies: z.array(ZLinked('company', ZCompany)),
  }),
  chain: z.object({
    nodes: z.array(
      z.object({
        id: z.string(),
        name: z.string().nullable(),
        businessId: z.string().nullable(),
        hidden: z.boolean(),
        depth: z.number(),
      }),
    ),
    edges: z.array(z.object({ from: z.string(), to: z.string(), worksiteId: z.string().nullable() })),
    truncated: z.boolean(),
  }),
  records: z.array(ZRecord),
  hits: z.array(ZHit),
});

export async function targetsRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  for (const kind of KINDS) {
    r.post(
      `/api/targets/${kind.path}`,
      {
        config: { access: caseworkers },
        schema: {
          tags: ['register'],
          summary: `Add a ${kind.type}, owned by your authority`,
          body: kind.input,
          response: { 201: kind.out },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createTarget(ctx.db, request.actor!, kind.type, request.body as never, request.id)),
    );
    r.get(
      `/api/targets/${kind.path}`,
      {
        config: { access: caseworkers },
        schema: {
          tags: ['register'],
          summary: `${kind.type}s you may see, by name (keyset paging)`,
          querystring: ZListQuery.extend({
            businessId: z.string().trim().max(20).optional(),
            companyId: z.string().uuid().optional(),
          }),
          response: { 200: z.object({ items: z.array(kind.out), nextCursor: z.string().nullable() }) },
        },
      },
      async (request) => listTargets(ctx.db, request.actor!, kind.type, request.query, request.id),
    );
    r.get(
      `/api/targets/${kind.path}/:id`,
      {
        config: { access: caseworkers },
        schema: {
          tags: ['register'],
          summary: `One ${kind.type}; one you may not see answers like a missing one (404)`,
          params: ZIdParams,
          response: { 200: kind.out },
        },
      },
      async (request) => getTarget(ctx.db, request.actor!, kind.type, request.params.id, request.id),
    );
    r.patch(
      `/api/targets/${kind.path}/:id`,
      {
        config: { access: caseworkers },
        schema: {
          tags: ['register'],
          summary: `Change a ${kind.type} (owner authority only)`,
          params: ZIdParams,
          body: kind.patch,
          response: { 200: kind.out },
        },
      },
      async (request) =>
        updateTarget(ctx.db, request.actor!, kind.type, request.params.id, request.body as never, request.id),
    );
  }

  r.get(
    '/api/targets/:type/:id/card',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'The target card: the target, its links, the subcontracting chain, visible records and hits',
        params: z.object({ type: ZCardType, id: z.string().uuid() }),
        querystring: z.object({ depth: z.coerce.number().int().min(1).max(10).default(6) }),
        response: { 200: ZTargetCard },
      },
    },
    async (request) =>
      getTargetCard(
        ctx.db,
        request.actor!,
        cardType(request.params.type),
        request.params.id,
        request.query.depth,
        request.id,
      ),
  );

  r.post(
    '/api/targets/subcontracts',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Link a main contractor to a subcontractor (a link that would close a cycle is a 400)',
        body: ZSubcontractInput,
        response: { 201: ZSubcontract },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addSubcontract(ctx.db, request.actor!, request.body, request.id)),
  );
  r.delete(
    '/api/targets/subcontracts/:mainCompanyId/:subCompanyId',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Remove a subcontracting link',
        params: z.object({ mainCompanyId: z.string().uuid(), subCompanyId: z.string().uuid() }),
      },
    },
    async (request, reply) => {
      const { mainCompanyId, subCompanyId } = request.params;
      await removeSubcontract(ctx.db, request.actor!, mainCompanyId, subCompanyId, request.id);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/targets/employments',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Link a person to a company: employee, owner or board member',
        body: ZEmploymentInput,
        response: { 201: ZEmployment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addEmployment(ctx.db, request.actor!, request.body, request.id)),
  );
  r.delete(
    '/api/targets/employments/:personId/:companyId/:role',
    {
      config: { access: caseworkers },
      schema: {
        tags: ['register'],
        summary: 'Remove a person–company link',
        params: z.object({
          personId: z.string().uuid(),
          companyId: z.string().uuid(),
          role: ZEmploymentInput.shape.role,
        }),
      },
    },
    async (request, reply) => {
      await removeEmployment(ctx.db, request.actor!, request.params, request.id);
      return reply.status(204).send();
    },
  );
}
