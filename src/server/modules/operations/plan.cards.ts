/**
 * Target cards (kohdekortit) of a plan, assembled for ONE reader from the register at the moment of
 * reading — never copied into the plan. The target's own facts follow the target decision (public, or
 * the reader's authority owns it), the workers behind the interpretation suggestion are only the persons
 * the reader may see, records come through the register's listRecords (scope + decide() + its own
 * audit row) and what others hold shows as hits ("authority X holds N records") at most.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { hitsFor } from '../register/hits.ts';
import { listRecords } from '../register/records.service.ts';
import { companies, employments, persons, worksites } from '../register/register.tables.ts';
import { targetPolicy } from '../register/targets.policy.ts';
import { actionPlanKey, interpretationKey, type TTargetCard, VISIT_ORDER_KEY } from './plan.schemas.ts';
import { operationTargets } from './selection.tables.ts';

export type OperationTargetRow = typeof operationTargets.$inferSelect;

/** The operation's selected targets, in the visiting order the given sections record (then by age). */
export async function selectedTargets(
  db: Db,
  operationId: string,
  sections?: Record<string, string>,
): Promise<OperationTargetRow[]> {
  const rows = await db
    .select()
    .from(operationTargets)
    .where(and(eq(operationTargets.operationId, operationId), eq(operationTargets.decision, 'selected')))
    .orderBy(asc(operationTargets.createdAt), asc(operationTargets.id));
  const order = (sections?.[VISIT_ORDER_KEY] ?? '').split(',').filter(Boolean);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row.id) - rank(b.row.id) || a.i - b.i)
    .map((x) => x.row);
}

/** A map address: coordinates when known, else a search for the street address. */
export function mapUrl(place: {
  lat?: number | null;
  lon?: number | null;
  address?: string | null;
  municipality?: string | null;
}): string | null {
  if (place.lat != null && place.lon != null)
    return `https://www.openstreetmap.org/?mlat=${place.lat}&mlon=${place.lon}#map=17/${place.lat}/${place.lon}`;
  const query = [place.address, place.municipality].filter(Boolean).join(', ');
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : null;
}

const joinAddress = (street: string | null, postal: string | null) =>
  [street, postal].filter(Boolean).join(', ') || null;

/** What the reader may see of each target itself: name, address, worksite (no records). */
export interface TargetFacts {
  hidden: boolean;
  name: string | null;
  businessId: string | null;
  address: string | null;
  municipality: string | null;
  tolCode: string | null;
  worksite: { name: string; address: string | null; municipality: string | null } | null;
  mapUrl: string | null;
  /** The company whose workers the interpretation suggestion looks at. */
  companyId: string | null;
}

const HIDDEN: TargetFacts = {
  hidden: true,
  name: null,
  businessId: null,
  address: null,
  municipality: null,
  tolCode: null,
  worksite: null,
  mapUrl: null,
  companyId: null,
};

/** Target facts for many operation targets at once, each decided for the reader. */
export async function targetFacts(
  db: Db,
  actor: Actor,
  targets: readonly OperationTargetRow[],
): Promise<Map<string, TargetFacts>> {
  const ids = (type: string) => targets.filter((t) => t.targetType === type).map((t) => t.targetId);
  const siteIds = [
    ...ids('worksite'),
    ...targets.map((t) => t.worksiteId).filter((id): id is string => id !== null),
  ];
  const [companyRows, siteRows, personRows] = await Promise.all([
    ids('company').length
      ? db
          .select()
          .from(companies)
          .where(inArray(companies.id, ids('company')))
      : Promise.resolve([]),
    siteIds.length ? db.select().from(worksites).where(inArray(worksites.id, siteIds)) : Promise.resolve([]),
    ids('person').length
      ? db
          .select()
          .from(persons)
          .where(inArray(persons.id, ids('person')))
      : Promise.resolve([]),
  ]);
  const seen = <R extends { ownerAuthority: string; classification: 'public' | 'restricted' | 'secret' }>(
    row: R | undefined,
  ) => (row && decide(actor, 'read', targetPolicy(row)).allowed ? row : undefined);
  const company = new Map(companyRows.map((r) => [r.id, r]));
  const site = new Map(siteRows.map((r) => [r.id, r]));
  const person = new Map(personRows.map((r) => [r.id, r]));
  const out = new Map<string, TargetFacts>();
  for (const t of targets) {
    const ws = t.worksiteId ? seen(site.get(t.worksiteId)) : undefined;
    const worksite = ws
      ? {
          name: ws.name,
          address: joinAddress(ws.streetAddress, ws.postalCode),
          municipality: ws.municipality,
        }
      : null;
    const wsMap = ws
      ? mapUrl({ lat: ws.lat, lon: ws.lon, address: ws.streetAddress, municipality: ws.municipality })
      : null;
    if (t.targetType === 'company') {
      const c = seen(company.get(t.targetId));
      out.set(
        t.id,
        c
          ? {
              hidden: false,
              name: c.name,
              businessId: c.businessId,
              address: joinAddress(c.streetAddress, c.postalCode),
              municipality: c.municipality,
              tolCode: c.tolCode,
              worksite,
              mapUrl: wsMap ?? mapUrl({ address: c.streetAddress, municipality: c.municipality }),
              companyId: c.id,
            }
          : { ...HIDDEN, worksite, mapUrl: wsMap },
      );
    } else if (t.targetType === 'worksite') {
      const w = seen(site.get(t.targetId));
      out.set(
        t.id,
        w
          ? {
              hidden: false,
              name: w.name,
              businessId: null,
              address: joinAddress(w.streetAddress, w.postalCode),
              municipality: w.municipality,
              tolCode: null,
              worksite: null,
              mapUrl: mapUrl({
                lat: w.lat,
                lon: w.lon,
                address: w.streetAddress,
                municipality: w.municipality,
              }),
              companyId: w.companyId,
            }
          : HIDDEN,
      );
    } else {
      const p = seen(person.get(t.targetId));
      out.set(
        t.id,
        p
          ? { ...HIDDEN, hidden: false, name: `${p.givenName} ${p.familyName}`, worksite, mapUrl: wsMap }
          : { ...HIDDEN, worksite, mapUrl: wsMap },
      );
    }
  }
  return out;
}

const countBy = (values: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

/**
 * The workers of these companies that the reader may see: their languages (the interpretation
 * suggestion) and nationalities, per company. Persons the reader may not see are not counted at all.
 */
export async function workersOf(db: Db, actor: Actor, companyIds: readonly string[]) {
  const out = new Map<
    string,
    { visible: number; languages: [string, number][]; nationalities: [string, number][]; ids: string[] }
  >();
  const unique = [...new Set(companyIds)];
  if (!unique.length) return out;
  const rows = await db
    .select({ companyId: employments.companyId, p: persons })
    .from(employments)
    .innerJoin(persons, eq(persons.id, employments.personId))
    .where(inArray(employments.companyId, unique));
  for (const companyId of unique) {
    const people = new Map(
      rows
        .filter((r) => r.companyId === companyId && decide(actor, 'read', targetPolicy(r.p)).allowed)
        .map((r) => [r.p.id, r.p]),
    );
    const list = [...people.values()];
    out.set(companyId, {
      visible: list.length,
      languages: countBy(list.flatMap((p) => [...new Set(p.languages.map((l) => l.toLowerCase()))])),
      nationalities: countBy(list.map((p) => p.nationality).filter((n): n is string => !!n)),
      ids: list.map((p) => p.id),
    });
  }
  return out;
}

/** The cards of these targets for the reader, in the given order; also the person ids read (for audit). */
export async function assembleCards(
  db: Db,
  actor: Actor,
  targets: readonly OperationTargetRow[],
  sections: Record<string, string>,
  requestId: string,
): Promise<{ cards: TTargetCard[]; personsRead: number }> {
  const facts = await targetFacts(db, actor, targets);
  const companyIds = [...facts.values()].map((f) => f.companyId).filter((id): id is string => id !== null);
  const workers = await workersOf(db, actor, companyIds);
  const hits = await hitsFor(
    db,
    actor,
    targets.map((t) => t.targetId),
  );
  const cards: TTargetCard[] = [];
  let personsRead = 0;
  for (const [position, t] of targets.entries()) {
    const f = facts.get(t.id) ?? HIDDEN;
    const w = f.companyId ? workers.get(f.companyId) : undefined;
    personsRead += w?.visible ?? 0;
    // Records go through the register's own list (scope, decide() and its audit row); none for a
    // target the reader may not see.
    const records = f.hidden
      ? []
      : await listRecords(db, actor, { targetId: t.targetId, limit: 20 }, requestId);
    const stored = sections[interpretationKey(t.id)];
    cards.push({
      operationTargetId: t.id,
      position: position + 1,
      targetType: t.targetType,
      targetId: t.targetId,
      hidden: f.hidden,
      name: f.name,
      businessId: f.businessId,
      address: f.address,
      municipality: f.municipality,
      tolCode: f.tolCode,
      worksite: f.worksite,
      mapUrl: f.mapUrl,
      score: t.score,
      rationale: t.rationale,
      actionPlan: sections[actionPlanKey(t.id)] ?? t.actionPlan,
      interpretation: stored !== undefined ? stored.split(',').filter(Boolean) : t.interpretation,
      suggestedLanguages: (w?.languages ?? []).map(([language, n]) => ({ language, persons: n })),
      employees: {
        visible: w?.visible ?? 0,
        nationalities: (w?.nationalities ?? []).map(([nationality, n]) => ({ nationality, persons: n })),
      },
      records: records.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        ownerAuthority: r.ownerAuthority,
        categories: r.categories,
        createdAt: r.createdAt,
      })),
      hits: hits
        .filter((h) => h.targetId === t.targetId)
        .map((h) => ({ authority: h.authority, count: h.count, categories: h.categories })),
    });
  }
  return { cards, personsRead };
}
