/**
 * Keeps the matching index (`match_tokens`: words and word pairs; `match_terms`: the dictionary of
 * words) equal to the register. Triggers put every
 * written company, person and worksite in `match_queue` (whatever wrote it: the targets API, an import,
 * the demo seed, SQL by hand); `drainMatchQueue` takes a batch, recomputes the words of those targets
 * in TypeScript (the one normaliser) and adjusts the dictionary counts, in one short transaction.
 * It runs before every match request and in the background (`startMatchIndexer`).
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client.ts';
import type { MatchEntityCode } from './matching.tables.ts';
import { normalizeAddress } from './normalize.address.ts';
import { normalizeCompanyName, normalizePersonName } from './normalize.company.ts';

export const ENTITY = { company: 1, person: 2, worksite: 3 } as const satisfies Record<
  string,
  MatchEntityCode
>;
export type MatchEntity = keyof typeof ENTITY;

/** Lists go to SQL as one comma-separated text parameter (words never hold commas). */
export const list = (values: readonly string[]): SQL => sql`string_to_array(${values.join(',')}, ',')`;

interface CompanyNames {
  name: string;
  auxiliary_names: string[];
  former_names: string[];
  status: string;
}

/** Pair keys ("a|b", sorted) of the first six words of one name: blocking on two words at once. */
export function pairKeys(tokens: readonly string[]): string[] {
  const words = [...new Set(tokens)].slice(0, 6);
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) pairs.push(pairKey(words[i]!, words[j]!));
  }
  return pairs;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Spelling keys of a word: itself and, from four letters on, each one-letter deletion. */
export function spellingKeys(word: string): string[] {
  const keys = new Set([word]);
  if (word.length >= 4 && word.length <= 40) {
    for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  }
  return [...keys];
}

/** Adds the spelling keys of new dictionary words (keys of words no longer used stay; df filters them). */
export async function addSpellingKeys(
  tx: Db,
  entity: MatchEntityCode,
  words: readonly string[],
): Promise<void> {
  const keys: string[] = [];
  const tokens: string[] = [];
  for (const w of words) {
    for (const k of spellingKeys(w)) {
      keys.push(k);
      tokens.push(w);
    }
  }
  for (let i = 0; i < keys.length; i += 50_000) {
    await tx.execute(sql`INSERT INTO match_term_keys (entity, key, token)
      SELECT ${entity}::smallint, k, t FROM unnest(${list(keys.slice(i, i + 50_000))}, ${list(tokens.slice(i, i + 50_000))}) AS x(k, t)
      ON CONFLICT DO NOTHING`);
  }
}
const isPair = (token: string) => token.includes('|');

/**
 * The keys a company is found by: the words of its name, auxiliary and former names, and the pairs
 * of words within each name. A merged duplicate has none (its names live on in the survivor).
 */
export function companyTokens(c: CompanyNames): string[] {
  if (c.status === 'merged') return [];
  const out = new Set<string>();
  for (const n of [c.name, ...c.auxiliary_names, ...c.former_names]) {
    const tokens = normalizeCompanyName(n).tokens;
    for (const t of tokens) out.add(t);
    for (const p of pairKeys(tokens)) out.add(p);
  }
  return [...out];
}

export function personTokens(p: { given_name: string; family_name: string }): string[] {
  const tokens = normalizePersonName(p.given_name, p.family_name).tokens;
  return [...new Set([...tokens, ...pairKeys(tokens)])];
}

/** A worksite is found by its street and by street + house number ("teolisuskatu#12"). */
export function worksiteTokens(w: { street_address: string | null; postal_code: string | null }): string[] {
  if (!w.street_address) return [];
  const a = normalizeAddress(w.street_address, { postalCode: w.postal_code });
  if (!a.street) return [];
  return a.number ? [a.street, `${a.street}#${a.number}`] : [a.street];
}

async function loadTokens(tx: Db, entity: MatchEntityCode, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!ids.length) return out;
  if (entity === ENTITY.company) {
    const rows = await queryRows<CompanyNames & { id: string }>(
      tx,
      sql`SELECT id, name, auxiliary_names, former_names, status FROM companies WHERE id = ANY(${list(ids)}::uuid[])`,
    );
    for (const r of rows) out.set(r.id, companyTokens(r));
  } else if (entity === ENTITY.person) {
    const rows = await queryRows<{ id: string; given_name: string; family_name: string }>(
      tx,
      sql`SELECT id, given_name, family_name FROM persons WHERE id = ANY(${list(ids)}::uuid[])`,
    );
    for (const r of rows) out.set(r.id, personTokens(r));
  } else {
    const rows = await queryRows<{ id: string; street_address: string | null; postal_code: string | null }>(
      tx,
      sql`SELECT id, street_address, postal_code FROM worksites WHERE id = ANY(${list(ids)}::uuid[])`,
    );
    for (const r of rows) out.set(r.id, worksiteTokens(r));
  }
  return out;
}

/** Replaces the index rows of these targets (missing targets lose theirs) inside `tx`. */
export async function reindexTargets(tx: Db, entity: MatchEntityCode, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const fresh = await loadTokens(tx, entity, ids);
  const removed = await queryRows<{ token: string }>(
    tx,
    sql`DELETE FROM match_tokens WHERE entity = ${entity} AND target_id = ANY(${list(ids)}::uuid[]) RETURNING token`,
  );
  const delta = new Map<string, number>();
  // Pair keys are looked up exactly, never fuzzily: they stay out of the dictionary.
  for (const r of removed) if (!isPair(r.token)) delta.set(r.token, (delta.get(r.token) ?? 0) - 1);
  const tokens: string[] = [];
  const targets: string[] = [];
  for (const [id, words] of fresh) {
    for (const w of words) {
      tokens.push(w);
      targets.push(id);
      if (!isPair(w)) delta.set(w, (delta.get(w) ?? 0) + 1);
    }
  }
  if (tokens.length) {
    await tx.execute(sql`INSERT INTO match_tokens (entity, token, target_id)
      SELECT ${entity}::smallint, t, id::uuid FROM unnest(${list(tokens)}, ${list(targets)}) AS x(t, id)
      ON CONFLICT DO NOTHING`);
  }
  const changed = [...delta].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
  if (changed.length) {
    // Sorted, so two indexers never wait on each other's rows in opposite orders.
    const added = await queryRows<{ token: string; inserted: boolean }>(
      tx,
      sql`INSERT INTO match_terms (entity, token, df)
      SELECT ${entity}::smallint, t, d::int FROM unnest(${list(changed.map(([t]) => t))},
        ${list(changed.map(([, d]) => String(d)))}) AS x(t, d)
      ON CONFLICT (entity, token) DO UPDATE SET df = greatest(0, match_terms.df + excluded.df)
      RETURNING token, (xmax = 0) AS inserted`,
    );
    const fresh = added.filter((r) => r.inserted).map((r) => r.token);
    if (fresh.length) await addSpellingKeys(tx, entity, fresh);
  }
}

/** Indexes up to `limit` queued targets in one transaction; returns how many it took. */
export async function drainMatchQueue(db: Db, limit = 2_000): Promise<number> {
  return db.transaction(async (tx) => {
    const taken = await queryRows<{ entity: MatchEntityCode; target_id: string }>(
      tx,
      sql`DELETE FROM match_queue WHERE (entity, target_id) IN (
            SELECT entity, target_id FROM match_queue LIMIT ${limit} FOR UPDATE SKIP LOCKED)
          RETURNING entity, target_id`,
    );
    for (const entity of [ENTITY.company, ENTITY.person, ENTITY.worksite]) {
      const ids = taken.filter((t) => Number(t.entity) === entity).map((t) => t.target_id);
      await reindexTargets(tx, entity, ids);
    }
    return taken.length;
  });
}

/**
 * Drains the whole queue (tests, benchmarks, after a bulk load). Rows another indexer holds are
 * waited for, so that on return everything written before the call is indexed.
 */
export async function drainAll(db: Db, batch = 5_000): Promise<number> {
  let total = 0;
  for (let idle = 0; idle < 500; ) {
    const n = await drainMatchQueue(db, batch);
    total += n;
    if (n > 0) continue;
    const [row] = await queryRows<{ pending: boolean }>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM match_queue) AS pending`,
    );
    if (!row?.pending) break;
    idle++;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return total;
}

/** Background indexing: drains every `intervalMs` while there is work. Returns a stop function. */
export function startMatchIndexer(
  db: Db,
  intervalMs = 1_000,
  onError?: (e: unknown) => void,
): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (stopped || running) return;
    running = (async () => {
      try {
        // One cheap read while idle; a transaction only when something was written.
        while (!stopped && (await queuePending(db)) && (await drainMatchQueue(db, 2_000)) > 0) {}
      } catch (error) {
        onError?.(error);
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

async function queuePending(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ pending: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM match_queue) AS pending`,
  );
  return !!row?.pending;
}

/** Before a match: index what was written since the last drain (one cheap read when nothing was). */
export async function catchUpIndex(db: Db): Promise<void> {
  if (await queuePending(db)) await drainMatchQueue(db, 1_000);
}
