/**
 * Candidate generation without pairwise tables, in small indexed queries:
 *  1. `lookupSpellings`: each query word → the dictionary words within one edit of it on each side
 *     (`match_term_keys`: the word and its one-letter deletions, exact B-tree lookups) and their
 *     frequency (`match_terms`);
 *  2. `pairWeights`: the targets holding a PAIR of the query's words in any of those spellings
 *     (`a|b` keys in `match_tokens`: exact B-tree lookups with short posting lists, even when both
 *     words are common);
 *  3. `rareWordWeights`: when pairs find nothing good (a one-word query, both words garbled, a
 *     compound split in two), the targets holding the rarest query word, within a postings budget.
 * `rankedTargets` turns the weights (idf × spelling similarity) into a ranked id list in SQL; the
 * service reranks the rows in TypeScript with the full score (score.ts).
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client.ts';
import type { MatchEntityCode } from './matching.tables.ts';
import { list, pairKey, spellingKeys } from './name-index.ts';
import { wordSimilarity } from './similarity.ts';

export interface Spelling {
  token: string;
  df: number;
  sim: number;
  idf: number;
}

/** Per query word (deduplicated, at most 8), its spellings in the dictionary, closest first. */
export async function lookupSpellings(
  db: Db,
  entity: MatchEntityCode,
  words: readonly string[],
  maxSpellings = 24,
): Promise<Spelling[][]> {
  const unique = [...new Set(words)].filter((w) => w.length > 0).slice(0, 8);
  if (!unique.length) return [];
  const keys: string[] = [];
  const owners: string[] = [];
  unique.forEach((word, k) => {
    for (const key of spellingKeys(word)) {
      keys.push(key);
      owners.push(String(k + 1));
    }
  });
  const [rows, total] = await Promise.all([
    queryRows<{ i: number; token: string; df: number }>(
      db,
      sql`SELECT DISTINCT q.i::int AS i, t.token, t.df
          FROM unnest(${list(keys)}, ${list(owners)}::int[]) AS q(key, i)
          JOIN match_term_keys k ON k.entity = ${entity} AND k.key = q.key
          JOIN match_terms t ON t.entity = ${entity} AND t.token = k.token AND t.df > 0`,
    ),
    totalTargets(db, entity),
  ]);
  return unique.map((word, k) =>
    rows
      .filter((r) => Number(r.i) === k + 1)
      .map((r) => ({
        token: r.token,
        df: r.df,
        sim: wordSimilarity(word, r.token),
        idf: Math.log(1 + total / Math.max(1, r.df)),
      }))
      .filter((s) => s.sim >= 0.7)
      .sort((a, b) => b.sim - a.sim || a.df - b.df)
      .slice(0, maxSpellings),
  );
}

/** Pair keys to look up: one word misspelt (best × every spelling of the other), or both a little. */
export function pairWeights(spellings: readonly Spelling[][]): Map<string, number> {
  const weights = new Map<string, number>();
  for (let i = 0; i < spellings.length; i++) {
    for (let j = i + 1; j < spellings.length; j++) {
      const a = spellings[i]!;
      const b = spellings[j]!;
      const combos: [Spelling, Spelling][] = [];
      if (a[0]) for (const y of b) combos.push([a[0], y]);
      if (b[0]) for (const x of a) combos.push([x, b[0]]);
      for (const x of a.slice(0, 3)) for (const y of b.slice(0, 3)) combos.push([x, y]);
      for (const [x, y] of combos) {
        if (x.token === y.token) continue;
        const key = pairKey(x.token, y.token);
        const w = x.sim * x.idf + y.sim * y.idf;
        if ((weights.get(key) ?? 0) < w) weights.set(key, w);
      }
    }
  }
  return weights;
}

/** Single words: the rarest query word's spellings, then the next ones while within `budget` postings. */
export function rareWordWeights(spellings: readonly Spelling[][], budget = 8_000): Map<string, number> {
  const byRarity = spellings
    .map((s) => ({ s, postings: s.reduce((n, x) => n + x.df, 0) }))
    .filter((w) => w.s.length)
    .sort((a, b) => a.postings - b.postings);
  const weights = new Map<string, number>();
  let read = 0;
  for (const [k, w] of byRarity.entries()) {
    if (k > 0 && read + w.postings > budget) break;
    read += w.postings;
    for (const x of w.s) weights.set(x.token, Math.max(weights.get(x.token) ?? 0, x.sim * x.idf));
  }
  return weights;
}

/** SQL yielding (target_id) of the `limit` targets with the highest summed weight. */
export function rankedTargets(entity: MatchEntityCode, weights: Map<string, number>, limit: number): SQL {
  return sql`SELECT m.target_id FROM unnest(${list([...weights.keys()])},
      ${list([...weights.values()].map((w) => w.toFixed(4)))}::float4[]) AS x(token, w)
    JOIN match_tokens m ON m.entity = ${entity} AND m.token = x.token
    GROUP BY m.target_id ORDER BY sum(x.w) DESC LIMIT ${limit}`;
}

/** Candidate ids for the query words: pairs first, single rare words when pairs find fewer than `min`. */
export async function findCandidateIds(
  db: Db,
  entity: MatchEntityCode,
  words: readonly string[],
  options: { limit?: number; min?: number } = {},
): Promise<string[]> {
  const limit = options.limit ?? 100;
  const spellings = await lookupSpellings(db, entity, words);
  const pairs = pairWeights(spellings);
  const ids: string[] = [];
  if (pairs.size) {
    const rows = await queryRows<{ target_id: string }>(db, rankedTargets(entity, pairs, limit));
    ids.push(...rows.map((r) => r.target_id));
  }
  if (ids.length >= (options.min ?? 10)) return ids;
  const single = rareWordWeights(spellings);
  if (!single.size) return ids;
  const rows = await queryRows<{ target_id: string }>(db, rankedTargets(entity, single, limit));
  return [...new Set([...ids, ...rows.map((r) => r.target_id)])].slice(0, limit);
}

const TABLES: Record<MatchEntityCode, string> = { 1: 'companies', 2: 'persons', 3: 'worksites' };
const totals = new Map<MatchEntityCode, { n: number; at: number }>();

/** Approximate number of targets (the planner's row estimate, for idf), cached for a minute. */
async function totalTargets(db: Db, entity: MatchEntityCode): Promise<number> {
  const hit = totals.get(entity);
  if (hit && Date.now() - hit.at < 60_000) return hit.n;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT reltuples::float8 AS n FROM pg_class WHERE relname = ${TABLES[entity]} AND relkind = 'r'`,
  );
  const n = Math.max(Number(row?.n ?? 0), 1_000);
  totals.set(entity, { n, at: Date.now() });
  return n;
}
