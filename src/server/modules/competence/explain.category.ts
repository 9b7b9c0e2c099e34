/**
 * One-sentence reasons per data category, shown beside each category of a decision so the official
 * sees which part of a request failed and why.
 */
import type { LocalizedText, UiLocale } from '../../../contracts/languages.ts';
import type { CategoryOutcome } from './engine.category.ts';
import { type ConfigIndex, circumstanceLabels } from './engine.match.ts';
import { each, endSentence, formatBases, joinList } from './explain.format.ts';

type Reason = Record<UiLocale, (bases: string) => string>;

const REASONS: Record<string, Reason> = {
  own_authority: {
    fi: () => 'Sama viranomainen, joten kyse ei ole luovutuksesta.',
    sv: () => 'Samma myndighet, så det är inte fråga om utlämnande.',
    en: () => 'Same authority, so this is not a disclosure.',
  },
  public: {
    fi: (b) => `Julkinen tieto (${b}).`,
    sv: (b) => `Offentlig uppgift (${b}).`,
    en: (b) => `Public information (${b}).`,
  },
  duty_to_notify: {
    fi: (b) => endSentence(`Ilmoitusvelvollisuus: ${b}`),
    sv: (b) => endSentence(`Anmälningsskyldighet: ${b}`),
    en: (b) => endSentence(`Duty to notify: ${b}`),
  },
  own_initiative: {
    fi: (b) => endSentence(`Saa antaa oma-aloitteisesti: ${b}`),
    sv: (b) => endSentence(`Får lämnas på eget initiativ: ${b}`),
    en: (b) => endSentence(`May be given on own initiative: ${b}`),
  },
  on_request: {
    fi: (b) => endSentence(`Saa luovuttaa pyynnöstä: ${b}`),
    sv: (b) => endSentence(`Får lämnas ut på begäran: ${b}`),
    en: (b) => endSentence(`May be disclosed on request: ${b}`),
  },
  banned: {
    fi: (b) => `Ei saa luovuttaa (${b}).`,
    sv: (b) => `Får inte lämnas ut (${b}).`,
    en: (b) => `May not be disclosed (${b}).`,
  },
  request_only: {
    fi: (b) => `Vain pyynnöstä, ei oma-aloitteisesti (${b}).`,
    sv: (b) => `Endast på begäran, inte på eget initiativ (${b}).`,
    en: (b) => `Only on request, not on own initiative (${b}).`,
  },
  no_rule: {
    fi: () => 'Toimivaltakartassa ei ole lakiperustetta tähän käyttötarkoitukseen.',
    sv: () => 'Kompetenskartan har ingen rättslig grund för detta ändamål.',
    en: () => 'The competence map has no legal basis for this purpose.',
  },
};

const OTHER_PURPOSES: Reason = {
  fi: (list) => ` Säännöt kattavat vain käyttötarkoitukset: ${list}.`,
  sv: (list) => ` Reglerna gäller bara ändamålen: ${list}.`,
  en: (list) => ` Rules exist only for: ${list}.`,
};

const WAITING: Reason = {
  fi: (list) => ` Poikkeus on mahdollinen, jos vahvistat: ${list}.`,
  sv: (list) => ` Ett undantag är möjligt om du bekräftar: ${list}.`,
  en: (list) => ` An exception applies if you confirm: ${list}.`,
};

/** The one-sentence reason for one category outcome. */
export function explainCategory(index: ConfigIndex, outcome: CategoryOutcome): LocalizedText {
  const key = outcome.kind === 'allowed' ? outcome.mode : outcome.kind;
  const reason = REASONS[key] ?? REASONS.no_rule;
  const bases =
    outcome.kind === 'public'
      ? (outcome.category.publicity?.basis ?? [])
      : outcome.rules.flatMap((r) => r.legalBasis);
  const purposes = outcome.otherPurposes.flatMap((code) => {
    const purpose = index.purposes.get(code);
    return purpose ? [purpose.label] : [];
  });
  const waiting = circumstanceLabels(
    index,
    outcome.conditional.flatMap((r) => r.requires),
  );
  return each((locale) => {
    let text = (reason as Reason)[locale](formatBases(bases, locale));
    if (purposes.length > 0)
      text += OTHER_PURPOSES[locale](
        joinList(
          purposes.map((p) => p[locale]),
          locale,
        ),
      );
    if (waiting.length > 0)
      text += WAITING[locale](
        joinList(
          waiting.map((w) => w[locale]),
          locale,
        ),
      );
    return text;
  });
}
