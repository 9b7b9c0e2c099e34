/** A photo's size for people, in the UI language: "70 kt", "1,4 Mt", "1.4 MB". */
import { useMemo } from 'react';
import { useLocale } from '../../../i18n/I18nProvider.tsx';
import { INTL_LOCALES } from '../../../i18n/locales.ts';

export function useByteSize(): (bytes: number) => string {
  const { locale } = useLocale();
  return useMemo(() => {
    const unit = (name: 'kilobyte' | 'megabyte') =>
      new Intl.NumberFormat(INTL_LOCALES[locale], { style: 'unit', unit: name, maximumFractionDigits: 1 });
    const kb = unit('kilobyte');
    const mb = unit('megabyte');
    return (bytes) =>
      bytes < 1_000_000 ? kb.format(Math.max(0.1, bytes / 1000)) : mb.format(bytes / 1_000_000);
  }, [locale]);
}
