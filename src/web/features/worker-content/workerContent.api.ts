/** Typed calls to the worker-content API (content editors only; posters are public). */
import { request } from '../../api/client.ts';
import type {
  HistoryItem,
  Notice,
  NoticeBody,
  PageDraft,
  PageLanguageView,
  PagesOverview,
  Preview,
  Publication,
  Version,
} from './workerContent.types.ts';

const BASE = '/api/worker-content';
const page = (slug: string, lang: string) =>
  `${BASE}/pages/${encodeURIComponent(slug)}/${encodeURIComponent(lang)}`;

interface PublishResult {
  publication: Publication;
  changed: boolean;
}

export const workerContentApi = {
  pages: (signal?: AbortSignal) => request<PagesOverview>('GET', `${BASE}/pages`, { signal }),

  page: (slug: string, lang: string, signal?: AbortSignal) =>
    request<PageLanguageView>('GET', page(slug, lang), { signal }),

  save: (slug: string, lang: string, draft: PageDraft) =>
    request<{ version: Version; created: boolean }>('PUT', page(slug, lang), { body: draft }),

  history: (slug: string, lang: string, signal?: AbortSignal) =>
    request<{ items: HistoryItem[] }>('GET', `${page(slug, lang)}/versions`, { signal }).then((r) => r.items),

  version: (slug: string, lang: string, number: number) =>
    request<Version>('GET', `${page(slug, lang)}/versions/${number}`),

  preview: (lang: string, slug: string, draft?: Omit<PageDraft, 'basedOnVersionId' | 'note'>) =>
    request<Preview>('POST', `${BASE}/preview`, { body: { lang, slug, ...(draft ? { draft } : {}) } }),

  publish: (slug: string, languages?: string[]) =>
    request<PublishResult>('POST', `${BASE}/pages/${encodeURIComponent(slug)}/publish`, {
      body: languages ? { languages } : {},
    }),

  unpublish: (slug: string) =>
    request<PublishResult>('POST', `${BASE}/pages/${encodeURIComponent(slug)}/unpublish`),

  publications: (signal?: AbortSignal) =>
    request<{ items: Publication[] }>('GET', `${BASE}/publications`, { signal }).then((r) => r.items),

  notices: (signal?: AbortSignal) =>
    request<{ items: Notice[] }>('GET', `${BASE}/notices`, { signal }).then((r) => r.items),

  createNotice: (body: NoticeBody) =>
    request<{ notice: Notice; publication: Publication | null }>('POST', `${BASE}/notices`, { body }),

  updateNotice: (id: string, body: NoticeBody) =>
    request<{ notice: Notice; publication: Publication | null }>(
      'PUT',
      `${BASE}/notices/${encodeURIComponent(id)}`,
      { body },
    ),

  deleteNotice: (id: string) =>
    request<{ notice: Notice }>('DELETE', `${BASE}/notices/${encodeURIComponent(id)}`),
};

/** The public poster of a language (a PDF the server draws with a QR code to the app). */
export const posterUrl = (lang: string) => `${BASE}/posters/${encodeURIComponent(lang)}.pdf`;
