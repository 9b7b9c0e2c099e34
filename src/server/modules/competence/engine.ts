/**
 * The disclosure engine: THE one function that decides whether an authority may (or must) give data
 * to another, fed only by a competence configuration. Every disclosure in Silta, single or bulk, goes
 * through `decideDisclosure`; no module keeps its own copy of this check.
 *
 * Semantics:
 * - Several categories → each must be allowed on its own; `perCategory` shows which one failed.
 * - Initiative `request` is satisfied by on-request, own-initiative and duty-to-notify rules (what the
 *   law lets the holder give unasked it may also give when asked). Initiative `own` needs an
 *   own-initiative or duty-to-notify rule; an on-request rule never permits unasked disclosure.
 * - A rule applies only if it is in force, validFrom ≤ at ≤ validTo, it names these parties (or a
 *   parent the party shares rules with), the category, and the purpose (or any purpose), and the
 *   circumstances it `requires` are confirmed.
 * - Specific beats generic; at equal specificity an explicit refusal wins (see engine.category.ts).
 *   So an in-force permission for a named purpose overrides a generic `not_allowed`, but a generic
 *   permission does not. Among permitting rules, verified ones are relied on first, then the
 *   strongest mode (duty_to_notify > own_initiative > on_request).
 * - Same authority → `own_authority`; public category → `public`.
 * - Proposed rules never allow; they are listed in `proposedOnly`. Rules waiting for a confirmed
 *   circumstance are listed in `conditionalOnly`.
 * - Unknown codes throw `UnknownCodeError`; a bad date or an empty category list `InvalidRequestError`.
 */
import { InvalidRequestError } from './competence.errors.ts';
import type { CompetenceConfig, DisclosureMode, DisclosureRule, LegalBasis } from './competence.schemas.ts';
import { type CategoryOutcome, type ResolvedRequest, resolveCategory } from './engine.category.ts';
import {
  type ConfigIndex,
  checkDate,
  circumstanceLabels,
  indexConfig,
  MODE_RANK,
  requireKnown,
  todayInFinland,
} from './engine.match.ts';
import type {
  DecisionMode,
  DisclosureDecision,
  DisclosureRequest,
  PendingRule,
  RuleRef,
} from './engine.types.ts';
import { explainCategory } from './explain.category.ts';
import { uniqueBases, uniqueTexts } from './explain.format.ts';
import { explainDecision } from './explain.ts';

export { InvalidRequestError, UnknownCodeError } from './competence.errors.ts';

/** Checks every code of a request against the configuration and fills the defaults. */
export function resolveRequest(index: ConfigIndex, request: DisclosureRequest): ResolvedRequest {
  requireKnown(index.authorities, 'from', request.from);
  requireKnown(index.authorities, 'to', request.to);
  if (request.categories.length === 0)
    throw new InvalidRequestError('categories', 'at least one category is needed');
  for (const code of request.categories) requireKnown(index.categories, 'categories', code);
  requireKnown(index.purposes, 'purpose', request.purpose);
  const confirmed = request.confirmed ?? [];
  for (const code of confirmed) requireKnown(index.circumstances, 'confirmed', code);
  if (request.initiative !== 'request' && request.initiative !== 'own') {
    throw new InvalidRequestError('initiative', `'${String(request.initiative)}' is not 'request' or 'own'`);
  }
  return {
    from: request.from,
    to: request.to,
    categories: [...new Set(request.categories)],
    purpose: request.purpose,
    initiative: request.initiative,
    at: checkDate('at', request.at ?? todayInFinland()),
    confirmed: new Set(confirmed),
  };
}

const ref = (rule: DisclosureRule): RuleRef => ({ id: rule.id, version: rule.version });

function uniqueRules(rules: DisclosureRule[]): DisclosureRule[] {
  return [...new Map(rules.map((r) => [r.id, r])).values()];
}

/** Proposed or conditional rules across categories, each once, with the categories it would cover. */
function pending(
  outcomes: CategoryOutcome[],
  pick: (o: CategoryOutcome) => DisclosureRule[],
): Map<DisclosureRule, PendingRule> {
  const byRule = new Map<DisclosureRule, PendingRule>();
  for (const o of outcomes) {
    for (const rule of pick(o)) {
      const entry = byRule.get(rule) ?? { ...ref(rule), categories: [], legalBasis: rule.legalBasis };
      entry.categories.push(o.category.code);
      byRule.set(rule, entry);
    }
  }
  return byRule;
}

/** The request's overall mode: refused, or the weakest permission (stronger ones show per category). */
function overallMode(outcomes: CategoryOutcome[]): DecisionMode {
  const denied = outcomes.filter((o) => !o.allowed);
  if (denied.length > 0) return denied.every((o) => o.kind === 'no_rule') ? 'no_rule' : 'not_allowed';
  if (outcomes.every((o) => o.kind === 'own_authority')) return 'own_authority';
  const modes = outcomes.flatMap((o) => (o.kind === 'allowed' ? [o.mode as DisclosureMode] : []));
  return modes.sort((a, b) => MODE_RANK[a] - MODE_RANK[b])[0] ?? 'public';
}

/**
 * Decides whether `request.from` may give `request.categories` to `request.to` for `request.purpose`,
 * on request or on its own initiative, on `request.at` (default today). See the file header.
 */
export function decideDisclosure(config: CompetenceConfig, request: DisclosureRequest): DisclosureDecision {
  const index = indexConfig(config);
  const req = resolveRequest(index, request);
  const outcomes = req.categories.map((code) => resolveCategory(index, req, index.categories.get(code)!));

  const relied = uniqueRules(outcomes.flatMap((o) => o.rules));
  const allowedRules = uniqueRules(outcomes.filter((o) => o.allowed).flatMap((o) => o.rules));
  const publicBases = outcomes.flatMap((o) =>
    o.kind === 'public' ? (o.category.publicity?.basis ?? []) : [],
  );
  const noRuleBases: LegalBasis[] = outcomes.some((o) => o.kind === 'no_rule') ? config.noRuleBasis : [];
  const conditions = uniqueTexts([
    ...allowedRules.flatMap((r) => r.conditions),
    ...outcomes.flatMap((o) =>
      o.kind === 'public' && o.category.publicity?.condition ? [o.category.publicity.condition] : [],
    ),
  ]);
  const unverified = relied.some((r) => !r.verified);

  return {
    allowed: outcomes.every((o) => o.allowed),
    mode: overallMode(outcomes),
    at: req.at,
    perCategory: outcomes.map((o) => ({
      category: o.category.code,
      allowed: o.allowed,
      mode: o.mode,
      ruleIds: o.rules.map(ref),
      reason: explainCategory(index, o),
    })),
    legalBases: uniqueBases([...relied.flatMap((r) => r.legalBasis), ...publicBases, ...noRuleBases]),
    conditions,
    ruleVersions: relied.map(ref),
    unverified,
    proposedOnly: [...pending(outcomes, (o) => o.proposed).values()],
    conditionalOnly: [...pending(outcomes, (o) => o.conditional)].map(([rule, entry]) => ({
      ...entry,
      requires: circumstanceLabels(index, rule.requires),
    })),
    explanation: explainDecision({ index, req, outcomes, unverified, hasConditions: conditions.length > 0 }),
  };
}
