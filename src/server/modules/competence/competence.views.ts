/**
 * Read views of the current competence map for the officials' pages: one authority's profile, the
 * authority × authority matrix (cached per revision and query), rule lists, "who should be at the
 * table" and the proactive obligations of a record. All run the engine on the stored map.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import type {
  AuthorityProfile,
  Competence,
  DataCategory,
  DisclosureMode,
  DisclosureRule,
} from './competence.schemas.ts';
import { DISCLOSURE_MODES } from './competence.schemas.ts';
import { engineCall, getCompetenceState } from './competence.service.ts';
import { indexConfig, lineage, todayInFinland } from './engine.match.ts';
import { buildDisclosureMatrix, type DisclosureMatrix, type MatrixQuery } from './matrix.ts';
import { type Obligation, obligationsFor } from './obligations.ts';
import { type TableQuery, type TableSeat, whoShouldBeAtTheTable } from './participants.ts';

export type RulesByMode = Record<DisclosureMode, DisclosureRule[]>;

export interface AuthorityView {
  authority: AuthorityProfile;
  /** The parent whose rules also cover this authority (NBI → police), if any. */
  sharesRulesWith: AuthorityCode | null;
  competences: Competence[];
  /** Data categories this authority holds. */
  categories: DataCategory[];
  /** What it may (or must, or may not) disclose, to whom and how. */
  rulesFrom: RulesByMode;
  /** What others may (or must, or may not) give it. */
  rulesTo: RulesByMode;
  revision: number;
}

function byMode(rules: DisclosureRule[]): RulesByMode {
  const out = Object.fromEntries(DISCLOSURE_MODES.map((m) => [m, [] as DisclosureRule[]])) as RulesByMode;
  for (const rule of rules) out[rule.mode].push(rule);
  return out;
}

/** One authority's page; an unknown code → 404. */
export async function getAuthorityView(db: Db, code: string): Promise<AuthorityView> {
  const { config, revision } = await getCompetenceState(db);
  const index = indexConfig(config);
  const authority = index.authorities.get(code);
  if (!authority) throw notFound(`Authority '${code}'`);
  const answersTo = lineage(index, code);
  return {
    authority,
    sharesRulesWith: (answersTo[1] as AuthorityCode | undefined) ?? null,
    competences: config.competences.filter((c) => c.authority === code),
    categories: config.categories.filter((c) => c.holder.includes(authority.code)),
    rulesFrom: byMode(config.rules.filter((r) => answersTo.includes(r.from))),
    rulesTo: byMode(config.rules.filter((r) => answersTo.includes(r.to))),
    revision,
  };
}

/** The matrix for one category, purpose and initiative; cached until the map changes or the day does. */
export async function getMatrix(
  db: Db,
  query: MatrixQuery,
): Promise<DisclosureMatrix & { revision: number }> {
  const state = await getCompetenceState(db);
  const at = query.at ?? todayInFinland();
  const key = `matrix|${query.category}|${query.purpose}|${query.initiative}|${at}`;
  const cached = state.derived.get(key) as DisclosureMatrix | undefined;
  if (cached) return { ...cached, revision: state.revision };
  const matrix = engineCall(() => buildDisclosureMatrix(state.config, { ...query, at }));
  if (state.derived.size > 500) state.derived.clear();
  state.derived.set(key, matrix);
  return { ...matrix, revision: state.revision };
}

export interface RuleFilter {
  from?: string;
  to?: string;
  category?: string;
  status?: DisclosureRule['status'];
}

/** Current rules matching every given filter (exact codes). */
export async function listRules(
  db: Db,
  filter: RuleFilter,
): Promise<{ items: DisclosureRule[]; revision: number }> {
  const { config, revision } = await getCompetenceState(db);
  const items = config.rules.filter(
    (r) =>
      (filter.from === undefined || r.from === filter.from) &&
      (filter.to === undefined || r.to === filter.to) &&
      (filter.category === undefined || r.categories.includes(filter.category)) &&
      (filter.status === undefined || r.status === filter.status),
  );
  return { items, revision };
}

/** The current version of one rule; unknown → 404. */
export async function getRule(db: Db, id: string): Promise<DisclosureRule> {
  const { config } = await getCompetenceState(db);
  const rule = config.rules.find((r) => r.id === id);
  if (!rule) throw notFound(`Rule '${id}'`);
  return rule;
}

/** "Who should be at the table" on the current map. */
export async function findParticipants(db: Db, query: TableQuery): Promise<TableSeat[]> {
  const { config } = await getCompetenceState(db);
  return engineCall(() => whoShouldBeAtTheTable(config, query));
}

/** Own-initiative and duty-to-notify prompts for a record of `categories` held by `from`. */
export async function findObligations(
  db: Db,
  from: string,
  categories: string[],
  at?: string,
): Promise<Obligation[]> {
  const { config } = await getCompetenceState(db);
  return engineCall(() => obligationsFor(config, from as AuthorityCode, categories, at));
}
