/**
 * The content shipped with the app: what the server publishes at start when the CMS has published nothing
 * yet, and the base the CMS edits. Returns fresh copies so callers may modify them.
 */
import { CONTACTS } from '../content/contacts.ts';
import { FALLBACK_LANGUAGE, LANGUAGES, SOURCE_LANGUAGES } from '../content/languages.ts';
import { defaultPageSet } from '../content/pages/index.ts';
import { SELF_CHECK_QUESTIONS } from '../content/self-check.ts';
import { UI_STRINGS } from '../content/ui-strings.ts';
import type { PublicationInput } from './build-publication.ts';

/** The shipped default input; `publishedAt` defaults to now. No notices. */
export function defaultPublicationInput(publishedAt: string = new Date().toISOString()): PublicationInput {
  return structuredClone({
    pages: defaultPageSet(),
    contacts: [...CONTACTS],
    languages: [...LANGUAGES],
    uiStrings: UI_STRINGS,
    selfCheck: [...SELF_CHECK_QUESTIONS],
    notices: [],
    publishedAt,
    sourceLanguages: [...SOURCE_LANGUAGES],
    fallbackLanguage: FALLBACK_LANGUAGE,
  });
}
