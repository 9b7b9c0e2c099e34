/**
 * The competence map's names the records pages need (authorities, data categories, purposes,
 * circumstances), loaded once per page load and shared by every records page.
 */
import { useMemo } from 'react';
import type { UiLocale } from '../../../contracts/languages.ts';
import { type ApiData, useApiData } from '../../app/useApiData.ts';
import { useLocale } from '../../i18n/I18nProvider.tsx';
import { recordsApi } from './records.api.ts';
import type { CompetenceConfig } from './records.types.ts';

let cached: Promise<CompetenceConfig> | null = null;

function loadConfig(): Promise<CompetenceConfig> {
  if (!cached) {
    // Not tied to one page's AbortSignal: other pages may be waiting for the same answer.
    cached = recordsApi.config();
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}

export function useRecordsConfig(): ApiData<CompetenceConfig> {
  return useApiData(loadConfig);
}

/** Purpose labels are written to follow a verb ("for …"); standing alone they start a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Code → name in the current language; an unknown code is shown as it is. */
export interface Names {
  authority: (code: string) => string;
  authorityLong: (code: string) => string;
  category: (code: string) => string;
  purpose: (code: string) => string;
}

export function namesFor(config: CompetenceConfig | null, locale: UiLocale): Names {
  const find = <T extends { code: string }>(list: T[] | undefined, code: string) =>
    list?.find((item) => item.code === code);
  return {
    authority: (code) => find(config?.authorities, code)?.shortName[locale] ?? code,
    authorityLong: (code) => find(config?.authorities, code)?.name[locale] ?? code,
    category: (code) => find(config?.categories, code)?.name[locale] ?? code,
    purpose: (code) => capitalised(find(config?.purposes, code)?.label[locale] ?? code),
  };
}

export function useNames(config: CompetenceConfig | null): Names {
  const { locale } = useLocale();
  return useMemo(() => namesFor(config, locale), [config, locale]);
}
