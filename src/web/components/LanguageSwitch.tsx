/**
 * FI / SV / EN: one button per language, each labelled in its own language and marked with `lang`,
 * so a user finds their language whatever the current one is. Available before and after sign-in.
 */
import { useLocale, useT } from '../i18n/I18nProvider.tsx';
import { LANGUAGE_NAMES, UI_LOCALES } from '../i18n/locales.ts';
import './language-switch.css';

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('lang.label')}</legend>
      {UI_LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-switch__button"
          aria-pressed={code === locale}
          onClick={() => setLocale(code)}
        >
          {LANGUAGE_NAMES[code]}
        </button>
      ))}
    </fieldset>
  );
}
