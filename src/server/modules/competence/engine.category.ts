/**
 * Decides one data category of a disclosure request. Precedence, in order:
 * 1. Same authority (or a unit sharing its parent's rules) → `own_authority`, not a disclosure.
 * 2. Public category → `public`.
 * 3. Among in-force rules for these parties, category, purpose and date whose required circumstances
 *    are confirmed: the more specific rule wins — a rule naming the purpose beats one for any purpose,
 *    a rule naming the parties exactly beats one reached through a parent. At equal specificity an
 *    explicit `not_allowed` wins (secrecy is the default). So a generic refusal yields to a special
 *    provision for a named purpose (lex specialis), but not to an equally generic permission.
 *    Among the permitting rules, verified ones are relied on first (an answer should rest on checked
 *    law where it can), then the strongest mode: duty_to_notify > own_initiative > on_request.
 * 4. Only on-request rules while the holder wants to tell unasked → refused, mode `on_request`.
 * 5. Nothing → `no_rule`.
 * Proposed rules and rules waiting for a confirmation are collected for display; they never allow.
 */
import type { DataCategory, DisclosureRule } from './competence.schemas.ts';
import {
  type ConfigIndex,
  coversPurpose,
  datedIn,
  MODE_RANK,
  partyMatch,
  permits,
  sameAuthority,
} from './engine.match.ts';
import type { DecisionMode, DisclosureRequest } from './engine.types.ts';

export type OutcomeKind = 'own_authority' | 'public' | 'allowed' | 'banned' | 'request_only' | 'no_rule';

/** The engine's internal answer for one category; `engine.ts` turns it into a `CategoryDecision`. */
export interface CategoryOutcome {
  category: DataCategory;
  kind: OutcomeKind;
  allowed: boolean;
  mode: DecisionMode;
  /** Rules the answer rests on: the allowing, refusing or on-request-only rules. */
  rules: DisclosureRule[];
  proposed: DisclosureRule[];
  conditional: DisclosureRule[];
  /** When nothing applies: purposes for which in-force rules between these parties do exist. */
  otherPurposes: string[];
}

/** The checked request the category functions work on. */
export interface ResolvedRequest extends Required<Omit<DisclosureRequest, 'confirmed'>> {
  confirmed: ReadonlySet<string>;
}

const outcome = (category: DataCategory, kind: OutcomeKind, mode: DecisionMode): CategoryOutcome => ({
  category,
  kind,
  allowed: kind === 'own_authority' || kind === 'public' || kind === 'allowed',
  mode,
  rules: [],
  proposed: [],
  conditional: [],
  otherPurposes: [],
});

/** Decides one category; see the file header for the precedence. */
export function resolveCategory(
  index: ConfigIndex,
  req: ResolvedRequest,
  category: DataCategory,
): CategoryOutcome {
  if (sameAuthority(index, req.from, req.to)) return outcome(category, 'own_authority', 'own_authority');
  if (category.publicity) return outcome(category, 'public', 'public');

  const candidates = index.config.rules
    .filter((r) => r.categories.includes(category.code))
    .map((rule) => ({ rule, party: partyMatch(index, rule, req.from, req.to) }))
    .filter((c) => c.party > 0);
  const specificity = new Map(
    candidates.map((c) => [c.rule, (c.rule.purposes.length > 0 ? 2 : 0) + (c.party - 1)]),
  );
  const spec = (rule: DisclosureRule) => specificity.get(rule) ?? 0;

  const inForce = candidates.map((c) => c.rule).filter((r) => r.status === 'in_force' && datedIn(r, req.at));
  const forPurpose = inForce.filter((r) => coversPurpose(r, req.purpose));
  const confirmed = (r: DisclosureRule) => r.requires.every((code) => req.confirmed.has(code));
  const open = forPurpose.filter(confirmed);

  const bans = open.filter((r) => r.mode === 'not_allowed');
  const topBan = Math.max(-1, ...bans.map(spec));
  const permitting = open.filter((r) => permits(r.mode, req.initiative) && spec(r) > topBan);

  let result: CategoryOutcome;
  if (permitting.length > 0) {
    const verified = permitting.filter((r) => r.verified);
    const pool = verified.length > 0 ? verified : permitting;
    const best = Math.max(...pool.map((r) => MODE_RANK[r.mode]));
    const atBest = pool.filter((r) => MODE_RANK[r.mode] === best);
    result = outcome(category, 'allowed', atBest[0]?.mode ?? 'on_request');
    result.rules = atBest;
  } else if (bans.length > 0) {
    result = outcome(category, 'banned', 'not_allowed');
    result.rules = bans.filter((r) => spec(r) === topBan);
  } else if (open.some((r) => r.mode === 'on_request')) {
    result = outcome(category, 'request_only', 'on_request');
    result.rules = open.filter((r) => r.mode === 'on_request');
  } else {
    result = outcome(category, 'no_rule', 'no_rule');
  }

  result.proposed = candidates
    .map((c) => c.rule)
    .filter((r) => r.status === 'proposed' && (r.validTo === undefined || req.at <= r.validTo))
    .filter((r) => coversPurpose(r, req.purpose) && permits(r.mode, req.initiative));
  if (!result.allowed) {
    result.conditional = forPurpose.filter(
      (r) => !confirmed(r) && permits(r.mode, req.initiative) && spec(r) > topBan,
    );
  }
  if (result.kind === 'no_rule') {
    const others = inForce.filter((r) => r.mode !== 'not_allowed').flatMap((r) => r.purposes);
    result.otherPurposes = [...new Set(others)];
  }
  return result;
}
