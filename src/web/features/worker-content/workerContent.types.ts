/** Shapes of the worker-content API (server: modules/worker-content/worker-content.schemas.ts). */
export type TranslationState = 'missing' | 'outdated' | 'done';

export interface WorkerLanguage {
  code: string;
  nativeName: string;
  englishName: string;
  dir: 'ltr' | 'rtl';
}

export interface LanguageState {
  state: TranslationState;
  latest: number | null;
  published: number | null;
}

export interface PageSummary {
  slug: string;
  position: number;
  published: boolean;
  title: string;
  /** The newest title in each source language (fi, en). */
  titles: Record<string, string>;
  languages: Record<string, LanguageState>;
}

export interface PagesOverview {
  languages: WorkerLanguage[];
  sourceLanguages: string[];
  pages: PageSummary[];
}

export type Block =
  | { type: 'p'; text: string }
  | { type: 'callout'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'contact'; contactId: string };

export interface Version {
  id: string;
  slug: string;
  lang: string;
  number: number;
  title: string;
  summary: string;
  blocks: Block[];
  sources: string[];
  contentDate: string;
  basedOnVersionId: string | null;
  basedOnDate: string | null;
  note: string | null;
  createdAt: string;
}

export interface PageLanguageView {
  slug: string;
  lang: string;
  pagePublished: boolean;
  state: TranslationState;
  latest: Version | null;
  publishedNumber: number | null;
  sources: Record<string, Version>;
  basedOn: { lang: string; number: number } | null;
}

export interface HistoryItem {
  id: string;
  number: number;
  title: string;
  contentDate: string;
  note: string | null;
  createdAt: string;
  createdBy: string | null;
  basedOn: { lang: string; number: number } | null;
  published: boolean;
}

export interface PageDraft {
  title: string;
  summary: string;
  blocks: Block[];
  sources: string[];
  basedOnVersionId?: string;
  note?: string;
}

export interface Publication {
  id: string;
  contentId: string;
  publishedAt: string;
  publishedBy: string | null;
  reason: string;
  isCurrent: boolean;
}

export interface ResolvedText {
  text: string;
  lang: string;
}

export interface Preview {
  lang: string;
  dir: 'ltr' | 'rtl';
  page: {
    slug: string;
    title: string;
    summary: string;
    blocks: Block[];
    lang: string;
    dir: 'ltr' | 'rtl';
    status: 'translated' | 'missing' | 'outdated';
    updatedAt: string;
    sources: string[];
  } | null;
  notices: { id: string; title: ResolvedText; body: ResolvedText; sectors: string[]; expiresAt: string }[];
}

export type NoticeStatus = 'draft' | 'live' | 'expired';

export interface Notice {
  id: string;
  title: Record<string, string>;
  body: Record<string, string>;
  languages: string[];
  sectors: string[];
  publishedAt: string | null;
  expiresAt: string;
  status: NoticeStatus;
  updatedAt: string;
}

export interface NoticeBody {
  title: Record<string, string>;
  body: Record<string, string>;
  languages: string[];
  sectors: string[];
  expiresAt: string;
  published: boolean;
}
