/**
 * Candidate keys for saved searches (pure). A saved search gets ONE key: its most selective condition
 * that every match must meet — an exact business ID, else a name word, else municipality, industry,
 * category or owner. An entity (a new target, or a record with its targets) carries every key it could
 * be found by. The matcher then evaluates only the searches whose key the entity carries, with the real
 * search SQL and the watcher's permissions; keys only narrow, they never decide.
 *
 * Name words are folded by the matching module (normalize.company.ts: legal forms dropped, spelling-
 * neutral tokens) and keyed by their first four letters, so "Marjapoja" still finds "Marjapojat Oy".
 * The search itself matches names by trigram similarity; a typo inside the first four letters of the
 * search's longest word is the one case the key can miss (docs/REALTIME.md).
 */
import { normalizeBusinessId } from '../demo-data/business-id.ts';
import { normalizeCompanyName, normalizePersonName } from '../matching/normalize.company.ts';
import { foldText, foldToken, words } from '../matching/normalize.text.ts';
import type { TSearchFilters } from '../register/search.schemas.ts';

const PREFIX = 4;

function nameTokens(text: string): string[] {
  const tokens = normalizeCompanyName(text).tokens;
  return tokens.length ? tokens : words(foldText(text)).map(foldToken);
}

/** The key a saved search is indexed by; null when it has no condition selective enough to watch. */
export function searchIndexKey(f: TSearchFilters): string | null {
  if (f.q) {
    const businessId = normalizeBusinessId(f.q);
    if (businessId) return `bid:${businessId}`;
    const longest = nameTokens(f.q).sort((a, b) => b.length - a.length)[0];
    if (longest) return `tok:${longest.slice(0, PREFIX)}`;
  }
  if (f.municipality) return `mun:${f.municipality.trim().toLowerCase()}`;
  if (f.industry) return `ind:${f.industry}`;
  if (f.category) return `cat:${f.category}`;
  if (f.owner) return `own:${f.owner}`;
  return null;
}

/** What the keys of an entity are made of: the target(s) it is about, and for a record its own fields. */
export interface EntityFacts {
  names: { kind: 'company' | 'worksite' | 'person' | 'title'; text: string }[];
  businessIds: string[];
  municipalities: string[];
  tolCodes: string[];
  categories: string[];
  owner: string | null;
}

function tokenKeys(tokens: readonly string[]): string[] {
  const out: string[] = [];
  // Prefixes of 2–4 letters: a short search word ("Oy" aside, e.g. "Ab") keys on its whole self.
  for (const t of tokens)
    for (let n = 2; n <= Math.min(PREFIX, t.length); n++) out.push(`tok:${t.slice(0, n)}`);
  return out;
}

/** Every key an entity can be found by. */
export function entityKeys(e: EntityFacts): string[] {
  const keys = new Set<string>();
  for (const n of e.names) {
    const tokens = n.kind === 'person' ? normalizePersonName(n.text).tokens : [...nameTokens(n.text)];
    // The search also matches the raw lower-cased name: add its plain words too.
    tokens.push(...words(foldText(n.text)).map(foldToken));
    for (const k of tokenKeys(tokens)) keys.add(k);
  }
  for (const b of e.businessIds) keys.add(`bid:${b}`);
  for (const m of e.municipalities) keys.add(`mun:${m.trim().toLowerCase()}`);
  for (const code of e.tolCodes) for (let n = 1; n <= code.length; n++) keys.add(`ind:${code.slice(0, n)}`);
  for (const c of e.categories) keys.add(`cat:${c}`);
  if (e.owner) keys.add(`own:${e.owner}`);
  return [...keys];
}
