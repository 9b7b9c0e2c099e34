/** The notice form's values and the API body, both ways. A notice expires at the end of the chosen day. */
import type { Notice, NoticeBody } from './workerContent.types.ts';

export interface NoticeText {
  lang: string;
  title: string;
  body: string;
}

export interface NoticeFormValues {
  texts: NoticeText[];
  /** Target languages; none = every language. */
  languages: string[];
  sectors: string[];
  /** YYYY-MM-DD, local. */
  expiresOn: string;
}

const DEFAULT_DAYS = 30;

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function noticeFormValues(notice: Notice | null, today = new Date()): NoticeFormValues {
  if (!notice) {
    return {
      texts: [
        { lang: 'fi', title: '', body: '' },
        { lang: 'en', title: '', body: '' },
      ],
      languages: [],
      sectors: [],
      expiresOn: localDate(new Date(today.getTime() + DEFAULT_DAYS * 86_400_000)),
    };
  }
  const langs = [...new Set(['fi', 'en', ...Object.keys(notice.title)])];
  return {
    texts: langs.map((lang) => ({ lang, title: notice.title[lang] ?? '', body: notice.body[lang] ?? '' })),
    languages: [...notice.languages],
    sectors: [...notice.sectors],
    expiresOn: localDate(new Date(notice.expiresAt)),
  };
}

/** The end of the chosen day in local time, as an ISO timestamp; null for an invalid date. */
export function expiresAtFromDate(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const end = new Date(`${date}T23:59:59`);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}

export function noticeBody(values: NoticeFormValues, published: boolean): NoticeBody {
  const written = values.texts.filter((x) => x.title.trim() && x.body.trim());
  return {
    title: Object.fromEntries(written.map((x) => [x.lang, x.title.trim()])),
    body: Object.fromEntries(written.map((x) => [x.lang, x.body.trim()])),
    languages: values.languages,
    sectors: values.sectors,
    expiresAt: expiresAtFromDate(values.expiresOn) ?? '',
    published,
  };
}
