/**
 * Formatting helpers for explanations: one function per language at once, quoted lists of labels and
 * legal citations written the way each language cites Finnish law.
 */
import type { LocalizedText, UiLocale } from '../../../contracts/languages.ts';
import type { LegalBasis } from './competence.schemas.ts';

/** Builds a localized text from one function of the locale. */
export const each = (text: (locale: UiLocale) => string): LocalizedText => ({
  fi: text('fi'),
  sv: text('sv'),
  en: text('en'),
});

const AND: Record<UiLocale, string> = { fi: 'ja', sv: 'och', en: 'and' };
const QUOTES: Record<UiLocale, [string, string]> = { fi: ['”', '”'], sv: ['”', '”'], en: ['“', '”'] };

/** `a, b and c` in the locale. */
export function joinList(items: readonly string[], locale: UiLocale): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${AND[locale]} ${items.at(-1)}`;
}

/** Quoted labels, `”Verotustiedot” ja ”Tulorekisterin tiedot”`. */
export function quotedList(labels: readonly LocalizedText[], locale: UiLocale): string {
  const [open, close] = QUOTES[locale];
  return joinList(
    labels.map((label) => `${open}${label[locale]}${close}`),
    locale,
  );
}

/** A bill number in the locale: Swedish calls a government bill RP, not HE. */
export const billNumber = (lawNumber: string, locale: UiLocale): string =>
  locale === 'sv' ? lawNumber.replace(/^HE /, 'RP ') : lawNumber;

const SECTION = /^(?:(\d+) luku )?(\d+(?:–\d+)?(?: [a-z])?) §(?: (\d+) mom\.)?(?: ([\d–, ]+) kohta)?$/;
const WORDS: Record<Exclude<UiLocale, 'fi'>, [RegExp, string][]> = {
  sv: [
    [/ehdotettu/g, 'föreslagen'],
    [/perustelut/g, 'motivering'],
    [/koko laki/g, 'hela lagen'],
    [/(\d+) luku/g, '$1 kap.'],
    [/kohta/g, 'punkten'],
    [/ ja /g, ' och '],
  ],
  en: [
    [/ehdotettu/g, 'proposed'],
    [/perustelut/g, 'reasoning'],
    [/koko laki/g, 'whole Act'],
    [/(\d+) luku/g, 'chapter $1'],
    [/kohta/g, 'point'],
    [/ ja /g, ' and '],
  ],
};

/**
 * A section reference in the locale. Sections are stored in Finnish notation (`3 luku 70 § 1 kohta`);
 * Swedish reads `3 kap. 70 § 1 punkten`, English `chapter 3, section 70, point 1` or `section 18(1)(4)`.
 */
export function formatSection(section: string, locale: UiLocale): string {
  if (locale === 'fi') return section;
  const match = SECTION.exec(section);
  if (!match) return WORDS[locale].reduce((text, [pattern, word]) => text.replace(pattern, word), section);
  const [, chapter, number, subsection, points] = match;
  if (locale === 'sv') {
    const parts = [
      chapter && `${chapter} kap.`,
      `${number} §`,
      subsection && `${subsection} mom.`,
      points && `${points} punkten`,
    ];
    return parts.filter(Boolean).join(' ');
  }
  const head = `${chapter ? `chapter ${chapter}, ` : ''}section ${number}`;
  if (subsection) return `${head}(${subsection})${points ? `(${points})` : ''}`;
  return points ? `${head}, point ${points}` : head;
}

/** The law part of a citation: `laki verotustietojen julkisuudesta ja salassapidosta (1346/1999)`. */
function formatLaw(basis: LegalBasis, locale: UiLocale): string {
  const name = basis.lawName[locale];
  const number = billNumber(basis.lawNumber, locale);
  return name.includes(number) ? name : `${name} (${number})`;
}

/** One citation: law, then section. */
export const formatBasis = (basis: LegalBasis, locale: UiLocale): string =>
  `${formatLaw(basis, locale)} ${formatSection(basis.section, locale)}`;

/** Key that identifies one provision, for de-duplicating citations. */
export const basisKey = (basis: LegalBasis): string => `${basis.lawNumber}|${basis.section}`;

/** De-duplicates citations, keeping the first occurrence. */
export function uniqueBases(bases: readonly LegalBasis[]): LegalBasis[] {
  const seen = new Set<string>();
  return bases.filter((b) => {
    const key = basisKey(b);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Several citations without repeats, sections of one law together: `laki X (1/2000) 5 § ja 6 §; laki Y …`. */
export function formatBases(bases: readonly LegalBasis[], locale: UiLocale): string {
  const byLaw = new Map<string, LegalBasis[]>();
  for (const basis of uniqueBases(bases))
    byLaw.set(basis.lawNumber, [...(byLaw.get(basis.lawNumber) ?? []), basis]);
  return [...byLaw.values()]
    .map((group) => {
      const sections = group.map((b) => formatSection(b.section, locale));
      return `${formatLaw(group[0] as LegalBasis, locale)} ${joinList(sections, locale)}`;
    })
    .join('; ');
}

/** Ends a sentence with one full stop, even when it already ends with an abbreviation (`mom.`). */
export const endSentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/** De-duplicates localized texts by their English wording. */
export function uniqueTexts(texts: readonly LocalizedText[]): LocalizedText[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    if (seen.has(text.en)) return false;
    seen.add(text.en);
    return true;
  });
}
