/** Date formatting in the current UI language. */
import { useMemo } from 'react';
import { useLocale } from './I18nProvider.tsx';
import { INTL_LOCALES } from './locales.ts';

export interface Formatters {
  /** 2026-01-15 → 15.1.2026 */
  date: (isoDate: string) => string;
  /** An ISO timestamp → date and time to the second, in the user's time zone. */
  dateTime: (iso: string) => string;
}

export function useFormat(): Formatters {
  const { locale } = useLocale();
  return useMemo(() => {
    const tag = INTL_LOCALES[locale];
    const date = new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', year: 'numeric' });
    const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    return {
      // A bare date is a calendar day, not an instant: read and print it in UTC so no time zone shifts it.
      date: (isoDate) => date.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
      // Compact, without the locale's connecting word ("klo", "at"): it goes into table cells.
      dateTime: (iso) => {
        const instant = new Date(iso);
        return `${day.format(instant)} ${time.format(instant)}`;
      },
    };
  }, [locale]);
}
