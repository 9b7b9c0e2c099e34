/**
 * Proactive prompts for a record: which own-initiative and duty-to-notify rules apply to data of these
 * categories held by `from` ("you may tell X" / "you must notify Y"). Each candidate is re-checked
 * through `decideDisclosure`, so a prompt never contradicts the engine (e.g. a refusal that overrides
 * a generic permission, or a duty that supersedes a may-rule for the same recipient).
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { LocalizedText, UiLocale } from '../../../contracts/languages.ts';
import type { CompetenceConfig, DisclosureRule, LegalBasis } from './competence.schemas.ts';
import {
  checkDate,
  circumstanceLabels,
  datedIn,
  indexConfig,
  lineage,
  requireKnown,
  todayInFinland,
} from './engine.match.ts';
import { decideDisclosure } from './engine.ts';
import type { RuleRef } from './engine.types.ts';
import { each, formatBases, joinList, quotedList } from './explain.format.ts';
import { nameForms, recipientIn } from './explain.names.ts';

export interface Obligation {
  to: AuthorityCode;
  mode: 'own_initiative' | 'duty_to_notify';
  rule: RuleRef;
  categories: string[];
  /** Purposes of the recipient the rule serves; empty = any. */
  purposes: string[];
  conditions: LocalizedText[];
  /** Circumstances the official must confirm first (empty for most rules). */
  requires: LocalizedText[];
  legalBasis: LegalBasis[];
  verified: boolean;
  /** "You may tell …" / "You must notify …", ready to show. */
  prompt: LocalizedText;
}

const PROMPT: Record<
  Obligation['mode'],
  Record<UiLocale, (to: string, cats: string, bases: string) => string>
> = {
  duty_to_notify: {
    fi: (to, cats, bases) => `Sinun on ilmoitettava ${to}, kun edellytykset täyttyvät: ${cats} (${bases}).`,
    sv: (to, cats, bases) => `Du måste anmäla till ${to} när villkoren uppfylls: ${cats} (${bases}).`,
    en: (to, cats, bases) => `You must notify ${to} when the conditions are met: ${cats} (${bases}).`,
  },
  own_initiative: {
    fi: (to, cats, bases) => `Voit kertoa oma-aloitteisesti ${to}: ${cats} (${bases}).`,
    sv: (to, cats, bases) => `Du får på eget initiativ berätta för ${to}: ${cats} (${bases}).`,
    en: (to, cats, bases) => `You may tell ${to} on your own initiative: ${cats} (${bases}).`,
  },
};
const ONLY_IF: Record<UiLocale, string> = {
  fi: 'Vain, jos vahvistat, että',
  sv: 'Endast om du bekräftar att',
  en: 'Only if you confirm that',
};

/** Where the rule still decides a (category, purpose) pair when checked through the engine. */
function confirmedPairs(
  config: CompetenceConfig,
  from: AuthorityCode,
  rule: DisclosureRule,
  categories: string[],
  at: string,
) {
  const purposes = rule.purposes.length > 0 ? rule.purposes : config.purposes.map((p) => p.code);
  const pairs = categories.flatMap((category) =>
    purposes
      .map((purpose) => ({ category, purpose }))
      .filter(({ category, purpose }) => {
        const d = decideDisclosure(config, {
          from,
          to: rule.to,
          categories: [category],
          purpose,
          initiative: 'own',
          at,
          confirmed: rule.requires,
        });
        return d.allowed && d.perCategory[0]?.ruleIds.some((r) => r.id === rule.id);
      }),
  );
  return {
    categories: [...new Set(pairs.map((p) => p.category))],
    purposes: rule.purposes.length > 0 ? [...new Set(pairs.map((p) => p.purpose))] : [],
    any: pairs.length > 0,
  };
}

/**
 * The own-initiative and duty rules that apply, on `at` (default today), to a record of `categories`
 * held by `from`; duties first.
 */
export function obligationsFor(
  config: CompetenceConfig,
  from: AuthorityCode,
  categories: string[],
  at?: string,
): Obligation[] {
  const index = indexConfig(config);
  requireKnown(index.authorities, 'from', from);
  for (const code of categories) requireKnown(index.categories, 'categories', code);
  const date = checkDate('at', at ?? todayInFinland());
  const holders = lineage(index, from);

  const obligations = config.rules.flatMap((rule): Obligation[] => {
    if (rule.mode !== 'own_initiative' && rule.mode !== 'duty_to_notify') return [];
    if (rule.status !== 'in_force' || !datedIn(rule, date) || !holders.includes(rule.from)) return [];
    const relevant = rule.categories.filter((c) => categories.includes(c));
    if (relevant.length === 0) return [];
    const pairs = confirmedPairs(config, from, rule, relevant, date);
    if (!pairs.any) return [];
    const to = nameForms(rule.to, index.authorities.get(rule.to));
    const labels = pairs.categories.map(
      (code) => index.categories.get(code)?.name ?? { fi: code, sv: code, en: code },
    );
    const requires = circumstanceLabels(index, rule.requires);
    const mode = rule.mode;
    return [
      {
        to: rule.to,
        mode,
        rule: { id: rule.id, version: rule.version },
        categories: pairs.categories,
        purposes: pairs.purposes,
        conditions: rule.conditions,
        requires,
        legalBasis: rule.legalBasis,
        verified: rule.verified,
        prompt: each((locale) => {
          const text = PROMPT[mode][locale](
            recipientIn(to, locale),
            quotedList(labels, locale),
            formatBases(rule.legalBasis, locale),
          );
          if (requires.length === 0) return text;
          return `${text} ${ONLY_IF[locale]} ${joinList(
            requires.map((r) => r[locale]),
            locale,
          )}.`;
        }),
      },
    ];
  });
  const rank = (o: Obligation) => (o.mode === 'duty_to_notify' ? 0 : 1);
  return obligations.sort(
    (a, b) => rank(a) - rank(b) || a.to.localeCompare(b.to) || a.rule.id.localeCompare(b.rule.id),
  );
}
