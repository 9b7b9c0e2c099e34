/** GET /api/authorities: the authorities Silta knows, for everyone signed in. */
import { asc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { access } from '../../platform/http/access.ts';
import { authorities } from './authorities.table.ts';

const ZLocalized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export const ZAuthority = z.object({
  code: z.string(),
  name: ZLocalized,
  shortName: ZLocalized,
  description: ZLocalized,
  sources: z.array(z.string()),
  verified: z.boolean(),
  checkedOn: z.string(),
});

export async function authoritiesRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/authorities',
    {
      config: { access: access.signedIn },
      schema: {
        tags: ['authorities'],
        summary: 'All authorities with names in fi/sv/en, sources and verification state',
        response: { 200: z.object({ items: z.array(ZAuthority) }) },
      },
    },
    async () => {
      const rows = await ctx.db.select().from(authorities).orderBy(asc(authorities.code));
      return {
        items: rows.map((a) => ({
          code: a.code,
          name: a.name,
          shortName: a.shortName,
          description: a.description,
          sources: a.sources,
          verified: a.verified,
          checkedOn: a.checkedOn,
        })),
      };
    },
  );
}
