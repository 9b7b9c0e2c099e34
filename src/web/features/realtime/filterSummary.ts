/** A saved search's filters as short phrases in the user's language ("Kunta: Vantaa"). Pure. */
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { SavedSearchFilters } from './savedSearches.api.ts';

const ORDER: (keyof SavedSearchFilters)[] = [
  'q',
  'type',
  'municipality',
  'industry',
  'category',
  'owner',
  'from',
  'to',
];

const TYPE_KEY: Record<NonNullable<SavedSearchFilters['type']>, MessageKey> = {
  company: 'realtime.type.company',
  worksite: 'realtime.type.worksite',
  person: 'realtime.type.person',
  record: 'realtime.type.record',
};

export function filterPhrases(t: Translate, filters: SavedSearchFilters): string[] {
  const out: string[] = [];
  for (const key of ORDER) {
    const value = filters[key];
    if (!value) continue;
    const shown = key === 'type' ? t(TYPE_KEY[value as keyof typeof TYPE_KEY]) : value;
    out.push(t(`realtime.filter.${key}` as MessageKey, { value: shown }));
  }
  return out;
}
