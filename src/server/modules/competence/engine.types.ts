/**
 * Request and answer types of the disclosure engine. Plain JSON data, so a decision can be stored in
 * the audit trail exactly as the official saw it, with the rule versions it relied on.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { LocalizedText } from '../../../contracts/languages.ts';
import type { DisclosureMode, LegalBasis } from './competence.schemas.ts';

/** `request`: the recipient asked. `own`: the holder wants to tell without being asked. */
export type Initiative = 'request' | 'own';

/** A question to the engine: may `from` give these categories to `to` for this purpose? */
export interface DisclosureRequest {
  from: AuthorityCode;
  to: AuthorityCode;
  categories: string[];
  /** The recipient's purpose code. */
  purpose: string;
  initiative: Initiative;
  /** `YYYY-MM-DD`; default today in Finland (Europe/Helsinki). */
  at?: string;
  /** Circumstance codes the official confirms, opening rules that `require` them. */
  confirmed?: string[];
}

/**
 * How a category (or the whole request) may pass. Beyond the rule modes: `no_rule` (nothing in the
 * map), `own_authority` (no disclosure: same authority) and `public` (public information).
 */
export type DecisionMode = DisclosureMode | 'no_rule' | 'own_authority' | 'public';

/** A rule and the version relied on, for the audit trail. */
export interface RuleRef {
  id: string;
  version: number;
}

export interface CategoryDecision {
  category: string;
  allowed: boolean;
  /**
   * For an allowed category, the strongest basis found (`duty_to_notify` > `own_initiative` >
   * `on_request`). For a refused one: `not_allowed` (an explicit rule refuses), `on_request` (only on
   * request, but the holder wanted to tell unasked) or `no_rule`.
   */
  mode: DecisionMode;
  ruleIds: RuleRef[];
  reason: LocalizedText;
}

/** A rule that is not law yet or needs a confirmation; shown to the official, never allowing. */
export interface PendingRule extends RuleRef {
  categories: string[];
  legalBasis: LegalBasis[];
}

export interface ConditionalRule extends PendingRule {
  /** The circumstances to confirm, as labels. */
  requires: LocalizedText[];
}

export interface DisclosureDecision {
  allowed: boolean;
  mode: DecisionMode;
  /** The date the decision was made for. */
  at: string;
  perCategory: CategoryDecision[];
  legalBases: LegalBasis[];
  /** What the official must confirm before disclosing (from the rules relied on). */
  conditions: LocalizedText[];
  ruleVersions: RuleRef[];
  /** True if any rule relied on is not verified against the statute text. */
  unverified: boolean;
  /** Proposed rules (government bills) that would allow this; they never allow anything. */
  proposedOnly: PendingRule[];
  /** In-force rules that would allow this if the official confirmed the listed circumstances. */
  conditionalOnly: ConditionalRule[];
  explanation: LocalizedText;
}
