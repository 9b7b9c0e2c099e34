/**
 * The UI languages, each named in its own language (so a user who does not read the current one still
 * finds theirs), and the device's remembered choice in localStorage.
 */
import { UI_LOCALES, type UiLocale } from '../../contracts/languages.ts';

export { UI_LOCALES, type UiLocale };

export const DEFAULT_LOCALE: UiLocale = 'fi';

/** Endonyms: never translated. */
export const LANGUAGE_NAMES: Record<UiLocale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/** BCP 47 tags for Intl formatting: Finnish conventions for dates in every language. */
export const INTL_LOCALES: Record<UiLocale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-FI' };

const STORAGE_KEY = 'silta.locale';

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** The language chosen on this device, or null when the user has never chosen one. */
export function readStoredLocale(): UiLocale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isUiLocale(value) ? value : null;
  } catch {
    return null; // storage disabled: behave as if nothing was chosen
  }
}

export function storeLocale(locale: UiLocale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}
