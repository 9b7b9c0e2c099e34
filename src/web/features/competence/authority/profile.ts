/**
 * One authority's page of the map, from its API view: competences by kind, the data it holds, and the
 * disclosure rules from it and to it grouped by mode (strongest first), each group ordered by the
 * other authority. The configuration adds the organisation around it (parent, units).
 */
import type {
  AuthorityProfile,
  AuthorityView,
  Competence,
  CompetenceConfig,
  DataCategory,
  DisclosureRule,
} from '../competence.types.ts';
import { RULE_MODES } from '../modes.ts';

export type RuleMode = (typeof RULE_MODES)[number];

export interface RuleGroup {
  mode: RuleMode;
  rules: DisclosureRule[];
}

export interface AuthorityPage {
  authority: AuthorityProfile;
  /** The organisation it is part of (NBI: the police), and its own units. */
  parent: AuthorityProfile | undefined;
  units: AuthorityProfile[];
  /** The parent whose rules cover this authority too; those rules name the parent. */
  sharesRulesWith: string | null;
  competences: { kind: Competence['kind']; items: Competence[] }[];
  holds: DataCategory[];
  /** What it may give to others. */
  outgoing: RuleGroup[];
  /** What others may give to it. */
  incoming: RuleGroup[];
}

const KIND_ORDER: Competence['kind'][] = [
  'supervises',
  'investigates',
  'inspection_power',
  'right_to_obtain',
  'duty',
  'assists',
];

function grouped(
  byMode: Partial<Record<RuleMode, DisclosureRule[]>>,
  rank: (rule: DisclosureRule) => number,
): RuleGroup[] {
  return RULE_MODES.map((mode) => ({
    mode,
    rules: [...(byMode[mode] ?? [])].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)),
  })).filter((group) => group.rules.length > 0);
}

export function authorityPage(view: AuthorityView, config: CompetenceConfig): AuthorityPage {
  const { authority } = view;
  const order = new Map<string, number>(config.authorities.map((a, i) => [a.code, i]));
  const rank = (code: string) => order.get(code) ?? order.size;
  return {
    authority,
    parent: config.authorities.find((a) => a.code === authority.partOf),
    units: config.authorities.filter((a) => a.partOf === authority.code),
    sharesRulesWith: view.sharesRulesWith,
    competences: KIND_ORDER.map((kind) => ({
      kind,
      items: view.competences.filter((c) => c.kind === kind),
    })).filter((group) => group.items.length > 0),
    holds: view.categories,
    outgoing: grouped(view.rulesFrom, (r) => rank(r.to)),
    incoming: grouped(view.rulesTo, (r) => rank(r.from)),
  };
}
