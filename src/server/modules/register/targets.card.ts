/**
 * The target card (kohdekortti): the target, its links, the subcontracting chain as a graph, the
 * records about it the actor may see, and the hits held elsewhere. Each part is scoped to the actor:
 * linked targets they may not see are left out (or, in the chain, shown as hidden nodes without a
 * name), records come through listRecords (scope + decide + audit), hits through hitsFor.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { hitsFor } from './hits.ts';
import type { TargetType } from './record-targets.table.ts';
import { listRecords } from './records.service.ts';
import { companies, employments, persons, subcontracts, worksites } from './register.tables.ts';
import { targetPolicy } from './targets.policy.ts';
import { getTarget, presentTargets } from './targets.service.ts';

/** How far up and down the chain the card goes, and how many edges it shows at most. */
export const CHAIN_MAX_EDGES = 500;

const visible = <R extends { ownerAuthority: string; classification: 'public' | 'restricted' | 'secret' }>(
  actor: Actor,
  rows: R[],
) => rows.filter((r) => decide(actor, 'read', targetPolicy(r)).allowed);

interface ChainEdge {
  main: string;
  sub: string;
  worksite_id: string | null;
  depth: number;
}

/**
 * The chain around a company: its main contractors up to the top (negative depth), then everything
 * below those tops, each level at most `depth` steps away. Recursive CTEs guard against cycles with
 * the path, although links that would close one are refused on write.
 */
export async function subcontractingChain(db: Db, actor: Actor, companyId: string, depth: number) {
  const up = await queryRows<ChainEdge>(
    db,
    sql`WITH RECURSIVE up(main, sub, worksite_id, depth, path) AS (
      SELECT s.main_company_id, s.sub_company_id, s.worksite_id, 1, ARRAY[s.sub_company_id, s.main_company_id]
        FROM ${subcontracts} s WHERE s.sub_company_id = ${companyId}::uuid
      UNION ALL
      SELECT s.main_company_id, s.sub_company_id, s.worksite_id, u.depth + 1, u.path || s.main_company_id
        FROM ${subcontracts} s JOIN up u ON s.sub_company_id = u.main
        WHERE u.depth < ${depth} AND NOT s.main_company_id = ANY(u.path)
    ) SELECT main, sub, worksite_id, -depth AS depth FROM up LIMIT ${CHAIN_MAX_EDGES}`,
  );
  // The tops: main contractors found above with nobody above them (or the company itself).
  const subs = new Set(up.map((e) => e.sub));
  const tops = up.length ? [...new Set(up.map((e) => e.main))].filter((id) => !subs.has(id)) : [companyId];
  const down = await queryRows<ChainEdge>(
    db,
    sql`WITH RECURSIVE down(main, sub, worksite_id, depth, path) AS (
      SELECT s.main_company_id, s.sub_company_id, s.worksite_id, 1, ARRAY[s.main_company_id, s.sub_company_id]
        FROM ${subcontracts} s WHERE s.main_company_id IN (${sql.join(
          tops.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
      UNION ALL
      SELECT s.main_company_id, s.sub_company_id, s.worksite_id, d.depth + 1, d.path || s.sub_company_id
        FROM ${subcontracts} s JOIN down d ON s.main_company_id = d.sub
        WHERE d.depth < ${depth * 2} AND NOT s.sub_company_id = ANY(d.path)
    ) SELECT main, sub, worksite_id, depth FROM down LIMIT ${CHAIN_MAX_EDGES + 1}`,
  );
  const edges = new Map<string, { from: string; to: string; worksiteId: string | null }>();
  for (const e of [...up, ...down])
    edges.set(`${e.main}>${e.sub}`, { from: e.main, to: e.sub, worksiteId: e.worksite_id });
  // Depth of each node relative to the card's company: breadth-first over the edges found.
  const depthOf = new Map<string, number>([[companyId, 0]]);
  const list = [...edges.values()];
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of list) {
      const a = depthOf.get(e.from);
      const b = depthOf.get(e.to);
      if (a !== undefined && b === undefined) {
        depthOf.set(e.to, a + 1);
        changed = true;
      } else if (b !== undefined && a === undefined) {
        depthOf.set(e.from, b - 1);
        changed = true;
      }
    }
  }
  const ids = [...depthOf.keys()];
  const rows = ids.length ? await db.select().from(companies).where(inArray(companies.id, ids)) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const nodes = ids.map((id) => {
    const row = byId.get(id);
    const shown = row && decide(actor, 'read', targetPolicy(row)).allowed;
    return {
      id,
      name: shown ? row.name : null,
      businessId: shown ? row.businessId : null,
      hidden: !shown,
      depth: depthOf.get(id) ?? 0,
    };
  });
  nodes.sort((a, b) => a.depth - b.depth || (a.name ?? '').localeCompare(b.name ?? ''));
  return {
    nodes,
    edges: list.slice(0, CHAIN_MAX_EDGES),
    truncated:
      up.length >= CHAIN_MAX_EDGES || down.length > CHAIN_MAX_EDGES || up.some((e) => -e.depth >= depth),
  };
}

async function linksOf(db: Db, actor: Actor, type: TargetType, id: string, companyId: string | null) {
  const links = {
    company: null as Awaited<ReturnType<typeof presentTargets<'company'>>>[number] | null,
    worksites: [] as Awaited<ReturnType<typeof presentTargets<'worksite'>>>,
    people: [] as {
      person: Awaited<ReturnType<typeof presentTargets<'person'>>>[number];
      role: string;
      permitType: string | null;
      startedOn: string | null;
    }[],
    companies: [] as {
      company: Awaited<ReturnType<typeof presentTargets<'company'>>>[number];
      role: string;
      permitType: string | null;
      startedOn: string | null;
    }[],
  };
  if (type === 'worksite' && companyId) {
    const rows = visible(actor, await db.select().from(companies).where(eq(companies.id, companyId)));
    links.company = (await presentTargets(db, actor, 'company', rows))[0] ?? null;
  }
  if (type === 'company') {
    const sites = visible(actor, await db.select().from(worksites).where(eq(worksites.companyId, id)));
    links.worksites = await presentTargets(db, actor, 'worksite', sites.slice(0, 200));
    const joined = await db
      .select({ e: employments, p: persons })
      .from(employments)
      .innerJoin(persons, eq(persons.id, employments.personId))
      .where(eq(employments.companyId, id))
      .limit(1000);
    const seen = joined.filter((j) => decide(actor, 'read', targetPolicy(j.p)).allowed);
    const presented = new Map(
      (await presentTargets(db, actor, 'person', [...new Map(seen.map((j) => [j.p.id, j.p])).values()])).map(
        (p) => [p.id, p],
      ),
    );
    links.people = seen.map((j) => ({
      person: presented.get(j.p.id)!,
      role: j.e.role,
      permitType: j.e.permitType,
      startedOn: j.e.startedOn,
    }));
  }
  if (type === 'person') {
    const joined = await db
      .select({ e: employments, c: companies })
      .from(employments)
      .innerJoin(companies, eq(companies.id, employments.companyId))
      .where(eq(employments.personId, id));
    const seen = joined.filter((j) => decide(actor, 'read', targetPolicy(j.c)).allowed);
    const presented = new Map(
      (
        await presentTargets(
          db,
          actor,
          'company',
          seen.map((j) => j.c),
        )
      ).map((c) => [c.id, c]),
    );
    links.companies = seen.map((j) => ({
      company: presented.get(j.c.id)!,
      role: j.e.role,
      permitType: j.e.permitType,
      startedOn: j.e.startedOn,
    }));
  }
  return links;
}

/** The card of one target; a target the actor may not see is a 404 like a missing one. */
export async function getTargetCard(
  db: Db,
  actor: Actor,
  type: TargetType,
  id: string,
  depth: number,
  requestId: string,
) {
  const target = await getTarget(db, actor, type, id, requestId);
  const companyForChain =
    type === 'company' ? id : type === 'worksite' ? (target as { companyId: string | null }).companyId : null;
  const [links, chain, recordItems, hits] = await Promise.all([
    linksOf(
      db,
      actor,
      type,
      id,
      type === 'worksite' ? (target as { companyId: string | null }).companyId : null,
    ),
    companyForChain
      ? subcontractingChain(db, actor, companyForChain, depth)
      : Promise.resolve({ nodes: [], edges: [], truncated: false }),
    listRecords(db, actor, { targetId: id, limit: 50 }, requestId),
    hitsFor(db, actor, [id]),
  ]);
  return { target, links, chain, records: recordItems, hits };
}
