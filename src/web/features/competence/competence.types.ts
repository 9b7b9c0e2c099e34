/**
 * Shapes of the competence API answers. The configuration and the engine's decision are the server's
 * own types (imported as types only, so nothing of the server reaches the bundle and a change there
 * fails the web build); the shapes made for the map's pages are mirrored here.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { LocalizedText } from '../../../contracts/languages.ts';
import type {
  AuthorityProfile,
  Competence,
  CompetenceConfig,
  DataCategory,
  DecisionMode,
  DisclosureDecision,
  DisclosureRule,
  Initiative,
  IssueArea,
  LegalBasis,
  RuleRef,
} from '../../../server/modules/competence/index.ts';

export type {
  AuthorityProfile,
  Competence,
  CompetenceConfig,
  DataCategory,
  DecisionMode,
  DisclosureDecision,
  DisclosureRule,
  Initiative,
  IssueArea,
  LegalBasis,
  RuleRef,
};

/** One cell of the authority × authority matrix: may `from` give the chosen category to `to`? */
export interface MatrixCell {
  from: AuthorityCode;
  to: AuthorityCode;
  mode: DecisionMode;
  allowed: boolean;
  ruleIds: RuleRef[];
  /** Short citations, e.g. `44/2006 50 § 1 mom.; 301/2004 85 § 2 mom.`; empty when no rule applies. */
  legalBasis: string;
  unverified: boolean;
  proposedOnly: boolean;
}

/** Row-major: `cells[i * n + j]` is authorities[i] → authorities[j]. */
export interface Matrix {
  authorities: AuthorityCode[];
  /** The authorities that hold the chosen category. */
  holders: AuthorityCode[];
  cells: MatrixCell[];
}

/** `GET /api/competence/authorities/:code`: one authority's page of the map. */
export interface AuthorityView {
  authority: AuthorityProfile;
  /** The parent whose rules also cover this authority (NBI → police), or null. */
  sharesRulesWith: AuthorityCode | null;
  competences: Competence[];
  /** The categories it holds. */
  categories: DataCategory[];
  rulesFrom: Record<DisclosureRule['mode'], DisclosureRule[]>;
  rulesTo: Record<DisclosureRule['mode'], DisclosureRule[]>;
  revision: number;
}

export interface MatrixQuery {
  category: string;
  purpose: string;
  initiative: Initiative;
}

/** Codes are checked by the server (an unknown one is a 400 naming the field). */
export interface DecideRequest {
  from: string;
  to: string;
  categories: string[];
  purpose: string;
  initiative: Initiative;
  at?: string;
  confirmed?: string[];
}

/** An authority's seat at a planning meeting: why it should be invited. */
export interface ParticipantSeat {
  authority: AuthorityCode;
  name: LocalizedText;
  issueAreas: IssueArea[];
  competences: { id: string; kind: Competence['kind']; title: LocalizedText }[];
  score: number;
  why: LocalizedText;
}

/** The editable kinds of the configuration, as named in the item routes. */
export type ItemKind = 'authority' | 'competence' | 'category' | 'purpose' | 'circumstance' | 'rule' | 'meta';

/** One stored version of a configuration item. */
export interface ItemVersion {
  kind: ItemKind;
  itemId: string;
  version: number;
  isCurrent: boolean;
  /** The item was removed from the map in this version. */
  deleted: boolean;
  changedByName: string;
  changedAt: string;
  changeNote: string;
  data?: Record<string, unknown>;
}

/** `before` absent = the field was added; `after` absent = removed. */
export interface ItemChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface ItemDiff {
  from: number;
  to: number;
  changes: ItemChange[];
}

export interface EditResult {
  item: ItemVersion;
  /** False when the data equalled the current version and nothing was written. */
  changed: boolean;
  revision: number | null;
}

export interface ImportResult {
  changed: boolean;
  revision: number;
  counts: { created: number; updated: number; retired: number; deleted: number; unchanged: number };
}

/** A problem in submitted configuration, at a JSON path such as `rules[3].legalBasis`. */
export interface ConfigProblem {
  path: string;
  message: string;
}
