/**
 * The saved-search matcher. It follows the outbox (its own cursor row, so any number of nodes share
 * the work: each batch is taken with FOR UPDATE SKIP LOCKED, and the matches, their events and the
 * cursor commit together — exactly once). For each new record, disclosure or new target, and for each
 * record linked to a target after it was written (saved-searches.links.ts: a company merge or split),
 * it:
 *
 * 1. computes the entity's candidate keys (saved-searches.keys.ts) and loads only the saved searches
 *    indexed under one of them (not muted, created before the event, owner not the event's author);
 *    a record linked anew is evaluated exactly like a new one, with the targets it has now;
 * 2. for each candidate, runs the register search's own SQL as the owner (search.sql.ts: visibleScope
 *    and the same filters) restricted to that one entity: in the result → an `item` match;
 * 3. otherwise, for a record the owner may not see, the register's hit rules (hits.ts: a casework
 *    role, `q` names one of the record's targets well enough, the record in `hitScope`) may allow a
 *    `hit` match, which says only "authority X holds records on a target your search names";
 * 4. writes the match (once per search × entity × kind — so a record already matched is never told
 *    again, however often it is linked), an audit row, a `saved_search.matched` event and the owner's
 *    notification. Delivery then checks the owner again (subjects.ts).
 *
 * A change of a target's own facts (name, municipality, industry) does not re-run the searches over
 * the records about it: that would re-evaluate every record of a large company on each edit, and the
 * change itself reaches the target's followers as `target.updated`.
 */
import { and, asc, eq, gt, inArray, isNull, max, ne, sql } from 'drizzle-orm';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import { type Db, queryRows } from '../../platform/db/client.ts';
import type { EventRow } from '../../platform/events/bus.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import { events } from '../../platform/events/events.table.ts';
import { type Actor, hasRole } from '../../platform/policy/actor.ts';
import { hitScope } from '../register/hits.ts';
import { recordTargets, type TargetType } from '../register/record-targets.table.ts';
import { records } from '../register/records.table.ts';
import { companies, persons, worksites } from '../register/register.tables.ts';
import { HIT_MIN_SCORE } from '../register/search.service.ts';
import { exactHiddenTargets, recordsPage, targetSelect, toMatch } from '../register/search.sql.ts';
import { notifications } from './notifications.tables.ts';
import { type EntityFacts, entityKeys } from './saved-searches.keys.ts';
import { RELINK_EVENT_TYPES, recordsRelinkedBy } from './saved-searches.links.ts';
import {
  type SavedSearchMatchKind,
  savedSearchCursor,
  savedSearches,
  savedSearchMatches,
} from './saved-searches.tables.ts';

const CURSOR_ID = 'saved-searches';
const BATCH = 50;
export const MATCH_EVENT_TYPES = [
  'record.created',
  'record.disclosed',
  'target.created',
  ...RELINK_EVENT_TYPES,
] as const;

interface Entity {
  type: TargetType | 'record';
  id: string;
  facts: EntityFacts;
  /** For a record: its targets (hits are about them). */
  targets: { type: TargetType; id: string }[];
  ownerAuthority: string;
  classification: string;
}

async function loadTargets(db: Db, refs: { type: TargetType; id: string }[]) {
  const ids = (type: TargetType) => refs.filter((r) => r.type === type).map((r) => r.id);
  const [cs, ws, ps] = await Promise.all([
    ids('company').length
      ? db
          .select()
          .from(companies)
          .where(inArray(companies.id, ids('company')))
      : Promise.resolve([]),
    ids('worksite').length
      ? db
          .select({ w: worksites, tolCode: companies.tolCode, businessId: companies.businessId })
          .from(worksites)
          .leftJoin(companies, eq(companies.id, worksites.companyId))
          .where(inArray(worksites.id, ids('worksite')))
      : Promise.resolve([]),
    ids('person').length
      ? db
          .select()
          .from(persons)
          .where(inArray(persons.id, ids('person')))
      : Promise.resolve([]),
  ]);
  const facts: EntityFacts = {
    names: [],
    businessIds: [],
    municipalities: [],
    tolCodes: [],
    categories: [],
    owner: null,
  };
  const owners = new Map<string, { ownerAuthority: string; classification: string }>();
  for (const c of cs) {
    facts.names.push({ kind: 'company', text: c.name });
    facts.businessIds.push(c.businessId);
    if (c.municipality) facts.municipalities.push(c.municipality);
    if (c.tolCode) facts.tolCodes.push(c.tolCode);
    owners.set(c.id, c);
  }
  for (const { w, tolCode } of ws) {
    facts.names.push({ kind: 'worksite', text: w.name });
    if (w.municipality) facts.municipalities.push(w.municipality);
    if (tolCode) facts.tolCodes.push(tolCode);
    owners.set(w.id, w);
  }
  for (const p of ps) {
    facts.names.push({ kind: 'person', text: `${p.givenName} ${p.familyName}` });
    owners.set(p.id, p);
  }
  return { facts, owners };
}

/** A record as it is now, with the targets it has now. */
async function loadRecord(db: Db, id: string): Promise<Entity | null> {
  const [r] = await db.select().from(records).where(eq(records.id, id));
  if (!r) return null;
  const targets = await db
    .select({ type: recordTargets.targetType, id: recordTargets.targetId })
    .from(recordTargets)
    .where(eq(recordTargets.recordId, r.id));
  const { facts } = await loadTargets(db, targets);
  facts.names.push({ kind: 'title', text: r.title });
  facts.categories.push(...r.categories);
  facts.owner = r.ownerAuthority;
  return {
    type: 'record',
    id: r.id,
    facts,
    targets,
    ownerAuthority: r.ownerAuthority,
    classification: r.classification,
  };
}

/** What the event brings into view: its record or new target, or the records it linked anew. */
async function loadEntities(db: Db, e: EventRow): Promise<Entity[]> {
  const present = (list: (Entity | null)[]) => list.filter((x): x is Entity => x !== null);
  if (e.subjectType === 'record') return present([await loadRecord(db, e.subjectId)]);
  if ((RELINK_EVENT_TYPES as readonly string[]).includes(e.type)) {
    // A merge or split brings into view only the records it linked anew — never the company itself.
    const entities: (Entity | null)[] = [];
    for (const id of await recordsRelinkedBy(db, e)) entities.push(await loadRecord(db, id));
    return present(entities);
  }
  const type = (e.data as { targetType?: TargetType }).targetType;
  if (e.subjectType !== 'target' || !type || !['company', 'worksite', 'person'].includes(type)) return [];
  const { facts, owners } = await loadTargets(db, [{ type, id: e.subjectId }]);
  const owner = owners.get(e.subjectId);
  if (!owner) return [];
  facts.owner = owner.ownerAuthority;
  return [{ type, id: e.subjectId, facts, targets: [], ...owner }];
}

type Candidate = { search: typeof savedSearches.$inferSelect; user: typeof users.$inferSelect };

async function candidates(db: Db, e: EventRow, entity: Entity): Promise<Candidate[]> {
  const keys = entityKeys(entity.facts);
  if (!keys.length) return [];
  const rows = await db
    .select({ search: savedSearches, user: users })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(
      and(
        inArray(savedSearches.indexKey, keys),
        eq(savedSearches.muted, false),
        sql`${savedSearches.sinceEventId} < ${e.id}`,
        isNull(users.disabledAt),
        e.actorUserId ? ne(sql`${users.id}::text`, e.actorUserId) : undefined,
      ),
    );
  // A disclosure is news only to those who could not see the record before: other authorities.
  if (e.type === 'record.disclosed')
    return rows.filter((c) => c.user.authorityCode !== entity.ownerAuthority);
  return rows;
}

const actorOf = (u: typeof users.$inferSelect): Actor => ({
  userId: u.id,
  username: u.username,
  displayName: u.displayName,
  authority: u.authorityCode as AuthorityCode,
  unitId: u.unitId,
  roles: u.roles,
});

interface Found {
  kind: SavedSearchMatchKind;
  hitTarget?: { type: TargetType; id: string };
}

/** Is the entity in the owner's search result now — or, failing that, a hit the hit rules allow? */
async function evaluate(db: Db, c: Candidate, entity: Entity): Promise<Found | null> {
  const actor = actorOf(c.user);
  const f = c.search.filters;
  const m = toMatch(f.q);
  if (entity.type !== 'record') {
    if (f.type && f.type !== entity.type) return null;
    const rows = await queryRows<{ id: string }>(
      db,
      sql`SELECT s.id FROM (${targetSelect(actor, entity.type, f, m)}) AS s WHERE s.id = ${entity.id}::uuid`,
    );
    return rows.length ? { kind: 'item' } : null;
  }
  if (f.type && f.type !== 'record') return null;
  const items = await queryRows<{ id: string }>(db, recordsPage(actor, f, m, null, 1, entity.id));
  if (items.length) return { kind: 'item' };
  // Hits: only when q names something, only for casework roles, only records in hitScope.
  if (!m || !hasRole(actor, ...CASEWORK_ROLES) || !entity.targets.length) return null;
  const hidden = await queryRows<{ id: string }>(
    db,
    sql`SELECT ${records.id} AS id FROM ${records} WHERE ${records.id} = ${entity.id}::uuid AND ${hitScope(actor)}`,
  );
  if (!hidden.length) return null;
  for (const t of entity.targets) {
    const named = await queryRows<{ score: string | null }>(
      db,
      sql`SELECT s.score FROM (${targetSelect(actor, t.type, {}, m)}) AS s WHERE s.id = ${t.id}::uuid`,
    );
    if (named.some((r) => Number(r.score) >= HIT_MIN_SCORE)) return { kind: 'hit', hitTarget: t };
    const exact = await queryRows<{ id: string }>(
      db,
      sql`SELECT h.id FROM (${exactHiddenTargets(actor, m)}) AS h WHERE h.id = ${t.id}::uuid`,
    );
    if (exact.length) return { kind: 'hit', hitTarget: t };
  }
  return null;
}

/** Processes one batch of the outbox; returns how many events it looked at (0: nothing to do or busy). */
export async function matchSavedSearchesOnce(db: Db): Promise<number> {
  // Cheap check outside any transaction: is there anything after the cursor?
  const [cur] = await db.select().from(savedSearchCursor).where(eq(savedSearchCursor.id, CURSOR_ID));
  if (!cur) {
    const [last] = await db.select({ id: max(events.id) }).from(events);
    await db
      .insert(savedSearchCursor)
      .values({ id: CURSOR_ID, lastEventId: Number(last?.id ?? 0) })
      .onConflictDoNothing();
    return 0;
  }
  const [next] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(gt(events.id, cur.lastEventId), inArray(events.type, [...MATCH_EVENT_TYPES])))
    .limit(1);
  if (!next) return 0;
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(savedSearchCursor)
      .where(eq(savedSearchCursor.id, CURSOR_ID))
      .for('update', { skipLocked: true });
    if (!locked) return 0;
    const rows = await tx
      .select()
      .from(events)
      .where(and(gt(events.id, locked.lastEventId), inArray(events.type, [...MATCH_EVENT_TYPES])))
      .orderBy(asc(events.id))
      .limit(BATCH);
    if (!rows.length) return 0;
    const lastId = rows.at(-1)!.id;
    const setCursor = () =>
      tx.update(savedSearchCursor).set({ lastEventId: lastId }).where(eq(savedSearchCursor.id, CURSOR_ID));
    // Nobody watching anything: just move on.
    const [anySearch] = await tx
      .select({ id: savedSearches.id })
      .from(savedSearches)
      .where(eq(savedSearches.muted, false))
      .limit(1);
    if (!anySearch) {
      await setCursor();
      return rows.length;
    }
    // Evaluate first (reads only), then write: the audit lock that emitEvent takes is held briefly.
    const found: { c: Candidate; entity: Entity; f: Found; source: EventRow }[] = [];
    for (const e of rows) {
      for (const entity of await loadEntities(tx, e)) {
        for (const c of await candidates(tx, e, entity)) {
          const f = await evaluate(tx, c, entity);
          if (f) found.push({ c, entity, f, source: e });
        }
      }
    }
    for (const { c, entity, f, source } of found) {
      const [match] = await tx
        .insert(savedSearchMatches)
        .values({
          savedSearchId: c.search.id,
          entityType: entity.type,
          entityId: entity.id,
          match: f.kind,
          hitTargetId: f.hitTarget?.id ?? null,
          hitAuthority: f.kind === 'hit' ? entity.ownerAuthority : null,
        })
        .onConflictDoNothing()
        .returning({ id: savedSearchMatches.id });
      if (!match) continue;
      await writeAudit(tx, {
        action: 'saved_search.match',
        actorUsername: 'system',
        targetType: 'saved_search',
        targetId: c.search.id,
        details: { entityType: entity.type, entityId: entity.id, match: f.kind, sourceEventId: source.id },
      });
      const eventId = await emitEvent(tx, {
        type: 'saved_search.matched',
        subjectType: 'saved_search_match',
        subjectId: match.id,
        // No targetIds: the owner's notification is written below; target watchers are not told.
        targetIds: [],
        // A hit names only the holder and the target the search named — never the record (hits.ts).
        data: f.hitTarget
          ? {
              savedSearchId: c.search.id,
              match: 'hit',
              authority: entity.ownerAuthority,
              targetType: f.hitTarget.type,
              targetId: f.hitTarget.id,
            }
          : { savedSearchId: c.search.id, match: 'item', entityType: entity.type, entityId: entity.id },
      });
      await tx.insert(notifications).values({ userId: c.user.id, eventId }).onConflictDoNothing();
    }
    await setCursor();
    return rows.length;
  });
}

/**
 * Runs the matcher on this node: woken by the bus (plus a slow poll), one run at a time, and at most
 * one run per `gapMs` while events keep coming — a burst is matched in batches, not event by event.
 */
export class SavedSearchMatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  onError: (error: unknown) => void = () => undefined;

  constructor(
    private readonly db: Db,
    private readonly gapMs = 200,
  ) {}

  start(pollMs = 5_000): void {
    this.timer = setInterval(() => this.poke(), pollMs);
    this.timer.unref();
    this.poke();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Called for every delivered batch; cheap when it holds nothing the matcher cares about. */
  onBatch(batch: readonly { type: string }[]): void {
    if (batch.some((e) => (MATCH_EVENT_TYPES as readonly string[]).includes(e.type))) this.poke();
  }

  poke(): void {
    if (this.stopped) return;
    this.again = true;
    this.running ??= this.loop()
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.running = null;
      });
  }

  private async loop(): Promise<void> {
    while (this.again && !this.stopped) {
      this.again = false;
      // A full batch means more may be waiting.
      if ((await matchSavedSearchesOnce(this.db)) === BATCH) this.again = true;
      if (this.again && !this.stopped) await new Promise((r) => setTimeout(r, this.gapMs));
    }
  }
}
