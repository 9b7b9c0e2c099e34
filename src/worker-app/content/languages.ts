/**
 * Languages of the worker information app: Finnish + 27. The first 24 are those of the Ministry of Economic
 * Affairs and Employment's "Working in Finland" brochure (FACTS.md §6.3); the rest are justified in
 * docs/WORKER-APP.md. Texts exist only in the source languages (Finnish, English) and in part in Swedish;
 * every other language shows the English text with a note until a real translation is added.
 */
import type { Language, LanguageCode } from './types.ts';

export const LANGUAGES: readonly Language[] = [
  // TEM "Working in Finland" brochure (2022), in the brochure's order.
  { code: 'fi', nativeName: 'Suomi', englishName: 'Finnish', dir: 'ltr' },
  { code: 'sv', nativeName: 'Svenska', englishName: 'Swedish', dir: 'ltr' },
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', englishName: 'Russian', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', dir: 'ltr' },
  { code: 'ne', nativeName: 'नेपाली', englishName: 'Nepali', dir: 'ltr' },
  { code: 'th', nativeName: 'ไทย', englishName: 'Thai', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', englishName: 'French', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl' },
  { code: 'sq', nativeName: 'Shqip', englishName: 'Albanian', dir: 'ltr' },
  { code: 'uz', nativeName: 'Oʻzbekcha', englishName: 'Uzbek', dir: 'ltr' },
  { code: 'vi', nativeName: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr' },
  { code: 'zh-Hans', nativeName: '中文（简体）', englishName: 'Chinese (Simplified)', dir: 'ltr' },
  { code: 'tr', nativeName: 'Türkçe', englishName: 'Turkish', dir: 'ltr' },
  { code: 'fa', nativeName: 'فارسی', englishName: 'Farsi (Persian)', dir: 'rtl' },
  { code: 'ckb', nativeName: 'کوردی (سۆرانی)', englishName: 'Kurdish (Sorani)', dir: 'rtl' },
  { code: 'bn', nativeName: 'বাংলা', englishName: 'Bengali', dir: 'ltr' },
  { code: 'fa-AF', nativeName: 'دری', englishName: 'Dari', dir: 'rtl' },
  { code: 'hi', nativeName: 'हिन्दी', englishName: 'Hindi', dir: 'ltr' },
  { code: 'ur', nativeName: 'اردو', englishName: 'Urdu', dir: 'rtl' },
  { code: 'so', nativeName: 'Soomaali', englishName: 'Somali', dir: 'ltr' },
  { code: 'bs', nativeName: 'Bosanski', englishName: 'Bosnian', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', dir: 'ltr' },
  { code: 'pt', nativeName: 'Português', englishName: 'Portuguese', dir: 'ltr' },
  // Added: OSH guide "As a foreign employee in Finland" (Estonian, Romanian), Teollisuusliitto Hermes app
  // (Estonian, Polish), Work in Finland priority country the Philippines (Filipino).
  { code: 'et', nativeName: 'Eesti', englishName: 'Estonian', dir: 'ltr' },
  { code: 'ro', nativeName: 'Română', englishName: 'Romanian', dir: 'ltr' },
  { code: 'pl', nativeName: 'Polski', englishName: 'Polish', dir: 'ltr' },
  { code: 'fil', nativeName: 'Filipino', englishName: 'Filipino (Tagalog)', dir: 'ltr' },
];

/** Languages the content is written in; every other language is a translation of these. */
export const SOURCE_LANGUAGES: readonly LanguageCode[] = ['fi', 'en'];

/** Shown when a text is missing in the chosen language. */
export const FALLBACK_LANGUAGE: LanguageCode = 'en';

export function findLanguage(code: string): Language | undefined {
  return LANGUAGES.find((l) => l.code === code);
}
