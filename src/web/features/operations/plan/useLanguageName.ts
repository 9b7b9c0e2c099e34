/** Interpretation languages by name in the reader's language, not as ISO codes. */
import { useLocale } from '../../../i18n/I18nProvider.tsx';

/** A language's name in the reader's language ("th" → "thai"), the code itself when unknown. */
export function useLanguageName(): (code: string) => string {
  const { locale } = useLocale();
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language' });
  } catch {
    names = null;
  }
  return (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
}
