/**
 * The current UI language as React context: `useT()` gives the translate function, `useLocale()` the
 * language and its setter. Changing the language remembers it on this device and updates <html lang>;
 * the session (app/session.tsx) also saves it to the signed-in user's profile.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { DEFAULT_LOCALE, readStoredLocale, storeLocale, type UiLocale } from './locales.ts';
import { type Translate, translate } from './translate.ts';

interface I18nValue {
  locale: UiLocale;
  /** `remember: false` applies a language without recording it as this device's choice. */
  setLocale: (locale: UiLocale, options?: { remember?: boolean }) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<UiLocale>(() => readStoredLocale() ?? DEFAULT_LOCALE);

  const setLocale = useCallback((next: UiLocale, options?: { remember?: boolean }) => {
    if (options?.remember !== false) storeLocale(next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nValue>(
    () => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT/useLocale must be used inside <I18nProvider>');
  return value;
}

/** The translate function of the current language: `t('login.title')`, `t('home.title', { name })`. */
export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Pick<I18nValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
