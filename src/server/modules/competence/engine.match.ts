/**
 * Lookups and predicates shared by the engine functions: an index over a configuration, request
 * checks that throw typed errors, and the tests a rule must pass to apply (parties, date, purpose,
 * initiative). Kept apart so `decideDisclosure`, `obligationsFor` and the table agree on them.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { LocalizedText } from '../../../contracts/languages.ts';
import { InvalidRequestError, UnknownCodeError } from './competence.errors.ts';
import type {
  AuthorityProfile,
  Circumstance,
  CompetenceConfig,
  DataCategory,
  DisclosureMode,
  DisclosureRule,
  Purpose,
} from './competence.schemas.ts';
import type { Initiative } from './engine.types.ts';

/** Fast lookups over one configuration. Build once per configuration, not per request. */
export interface ConfigIndex {
  config: CompetenceConfig;
  authorities: Map<string, AuthorityProfile>;
  categories: Map<string, DataCategory>;
  purposes: Map<string, Purpose>;
  circumstances: Map<string, Circumstance>;
}

const indexCache = new WeakMap<CompetenceConfig, ConfigIndex>();

/** Indexes a configuration (cached per configuration object: treat a configuration as immutable). */
export function indexConfig(config: CompetenceConfig): ConfigIndex {
  const cached = indexCache.get(config);
  if (cached) return cached;
  const index: ConfigIndex = {
    config,
    authorities: new Map(config.authorities.map((a) => [a.code, a])),
    categories: new Map(config.categories.map((c) => [c.code, c])),
    purposes: new Map(config.purposes.map((p) => [p.code, p])),
    circumstances: new Map(config.circumstances.map((c) => [c.code, c])),
  };
  indexCache.set(config, index);
  return index;
}

/** Labels of circumstance codes, in order, skipping unknown ones. */
export function circumstanceLabels(index: ConfigIndex, codes: readonly string[]): LocalizedText[] {
  return [...new Set(codes)].flatMap((code) => {
    const circumstance = index.circumstances.get(code);
    return circumstance ? [circumstance.label] : [];
  });
}

/** Throws `UnknownCodeError` unless `value` is a key of `map`. */
export function requireKnown(map: Map<string, unknown>, field: string, value: string): void {
  if (!map.has(value)) throw new UnknownCodeError(field, value);
}

/** Today's date in Finland as `YYYY-MM-DD`. */
export function todayInFinland(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(now);
}

/** Validates a `YYYY-MM-DD` date (a real calendar day) or throws `InvalidRequestError`. */
export function checkDate(field: string, value: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new InvalidRequestError(field, `'${value}' is not a YYYY-MM-DD date`);
  }
  return value;
}

/**
 * The codes a party answers to: itself, then parents it shares rules with (NBI → police). A rule
 * naming any of them covers the party.
 */
export function lineage(index: ConfigIndex, code: string): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = code; current !== undefined && !chain.includes(current); ) {
    chain.push(current);
    const profile = index.authorities.get(current);
    current = profile?.sharesRulesWithParent ? profile.partOf : undefined;
  }
  return chain;
}

/** True when the two parties are the same authority (or units sharing one organisation's rules). */
export function sameAuthority(index: ConfigIndex, from: AuthorityCode, to: AuthorityCode): boolean {
  return lineage(index, from).at(-1) === lineage(index, to).at(-1);
}

/** How directly a rule names the parties: 2 = both exactly, 1 = via a parent, -1 = not at all. */
export function partyMatch(index: ConfigIndex, rule: DisclosureRule, from: string, to: string): number {
  if (!lineage(index, from).includes(rule.from) || !lineage(index, to).includes(rule.to)) return -1;
  return rule.from === from && rule.to === to ? 2 : 1;
}

/** A rule is dated in at `at` when validFrom ≤ at ≤ validTo (open ends allowed). */
export function datedIn(rule: Pick<DisclosureRule, 'validFrom' | 'validTo'>, at: string): boolean {
  return (
    (rule.validFrom === undefined || rule.validFrom <= at) &&
    (rule.validTo === undefined || at <= rule.validTo)
  );
}

/** Empty purposes = any purpose. */
export function coversPurpose(rule: DisclosureRule, purpose: string): boolean {
  return rule.purposes.length === 0 || rule.purposes.includes(purpose);
}

/**
 * Whether a rule's mode permits this initiative. A duty or own-initiative rule also permits giving the
 * data when the recipient asks (the law allows giving it unasked, so asked is no worse); an on-request
 * rule never permits unasked disclosure.
 */
export function permits(mode: DisclosureMode, initiative: Initiative): boolean {
  if (mode === 'not_allowed') return false;
  if (initiative === 'request') return true;
  return mode === 'own_initiative' || mode === 'duty_to_notify';
}

/** Strength order of allowing modes, strongest last. */
export const MODE_RANK: Record<DisclosureMode, number> = {
  not_allowed: 0,
  on_request: 1,
  own_initiative: 2,
  duty_to_notify: 3,
};
