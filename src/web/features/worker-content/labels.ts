/** Names shown in the CMS: languages, page titles, contacts and sectors in the UI language. */

import type { UiLocale } from '../../../contracts/languages.ts';
import { CONTACTS } from '../../../worker-app/content/contacts.ts';
import { SECTORS } from '../../../worker-app/content/sectors.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { PageSummary, TranslationState, WorkerLanguage } from './workerContent.types.ts';

export { SECTORS };

/** Content exists in Finnish and English only: Swedish UI users see the English title. */
const contentLocale = (locale: UiLocale) => (locale === 'fi' ? 'fi' : 'en');

export function pageTitle(page: Pick<PageSummary, 'titles' | 'title'>, locale: UiLocale): string {
  return page.titles[contentLocale(locale)] ?? page.title;
}

export function contactName(id: string, locale: UiLocale): string {
  const contact = CONTACTS.find((c) => c.id === id);
  return contact?.name[contentLocale(locale)] ?? contact?.name.en ?? id;
}

export const CONTACT_IDS = CONTACTS.map((c) => c.id);

export const STATE_KEY: Record<TranslationState, MessageKey> = {
  missing: 'workerContent.state.missing',
  outdated: 'workerContent.state.outdated',
  done: 'workerContent.state.done',
};

/** Shorter words for the grid's cells; the legend explains them with the full words. */
export const STATE_SHORT_KEY: Record<TranslationState, MessageKey> = {
  missing: 'workerContent.stateShort.missing',
  outdated: 'workerContent.stateShort.outdated',
  done: 'workerContent.stateShort.done',
};

export const SECTOR_KEY: Record<(typeof SECTORS)[number], MessageKey> = {
  agriculture: 'workerContent.sector.agriculture',
  'berry-picking': 'workerContent.sector.berryPicking',
  construction: 'workerContent.sector.construction',
  cleaning: 'workerContent.sector.cleaning',
  restaurants: 'workerContent.sector.restaurants',
  beauty: 'workerContent.sector.beauty',
  'car-services': 'workerContent.sector.carServices',
  manufacturing: 'workerContent.sector.manufacturing',
  transport: 'workerContent.sector.transport',
  other: 'workerContent.sector.other',
};

export const sectorLabel = (t: Translate, sector: string): string =>
  sector in SECTOR_KEY ? t(SECTOR_KEY[sector as keyof typeof SECTOR_KEY]) : sector;

/** "Tiếng Việt (Vietnamese)"; the English name alone for English. */
export function languageLabel(language: WorkerLanguage): string {
  return language.nativeName === language.englishName
    ? language.nativeName
    : `${language.nativeName} (${language.englishName})`;
}
