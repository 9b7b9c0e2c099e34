/** Looks up the display names of codes in the configuration, in the current language. */
import { useMemo } from 'react';
import type { UiLocale } from '../../../contracts/languages.ts';
import { useLocale } from '../../i18n/I18nProvider.tsx';
import type { CompetenceConfig } from './competence.types.ts';

export interface Names {
  authority: (code: string) => string;
  authorityShort: (code: string) => string;
  category: (code: string) => string;
  purpose: (code: string) => string;
  circumstance: (code: string) => string;
}

/** Unknown codes read as themselves, so a half-edited configuration still shows something. */
export function namesFor(config: CompetenceConfig, locale: UiLocale): Names {
  const authorities = new Map(config.authorities.map((a) => [a.code as string, a]));
  const categories = new Map(config.categories.map((c) => [c.code, c.name[locale]]));
  const purposes = new Map(config.purposes.map((p) => [p.code, p.label[locale]]));
  const circumstances = new Map(config.circumstances.map((c) => [c.code, c.label[locale]]));
  return {
    authority: (code) => authorities.get(code)?.name[locale] ?? code,
    authorityShort: (code) => authorities.get(code)?.shortName[locale] ?? code,
    category: (code) => categories.get(code) ?? code,
    purpose: (code) => purposes.get(code) ?? code,
    circumstance: (code) => circumstances.get(code) ?? code,
  };
}

export function useNames(config: CompetenceConfig | null): Names | null {
  const { locale } = useLocale();
  return useMemo(() => (config ? namesFor(config, locale) : null), [config, locale]);
}
