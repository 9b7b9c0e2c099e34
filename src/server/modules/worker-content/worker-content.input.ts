/**
 * From CMS rows to the publication builder's input, and the translation state of one page language.
 * Pure: the repository reads the rows, this file decides what goes into a publication. Contacts,
 * interface texts and the self-check still come from the shipped content (src/worker-app/content).
 */
import { SOURCE_LANGUAGES } from '../../../worker-app/content/languages.ts';
import type { Block, LocalizedText, Notice, PageSet } from '../../../worker-app/content/types.ts';
import type { PublicationInput } from '../../../worker-app/publish/build-publication.ts';
import { defaultPublicationInput } from '../../../worker-app/publish/default-content.ts';

export interface PageRow {
  slug: string;
  position: number;
  published: boolean;
}

/** One language version of a page, as far as a publication needs it. */
export interface VersionText {
  slug: string;
  lang: string;
  title: string;
  summary: string;
  blocks: Block[];
  sources: string[];
  contentDate: string;
  basedOnDate: string | null;
}

export interface NoticeRow {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  languages: string[];
  sectors: string[];
  publishedAt: Date | null;
  expiresAt: Date;
}

export interface InputOptions {
  publishedAt: string;
  /** SILTA_WORKER_SELFCHECK: off publishes no questions, and the app hides the self-check. */
  selfCheck: boolean;
  /** SILTA_WORKER_TIPS: tells the app whether to offer the "tell the authorities" form. */
  tips: boolean;
}

/**
 * The publication input for `pages` (in position order, unpublished ones left out unless listed in
 * `include`) with the given versions and the published notices.
 */
export function publicationInputFrom(
  pages: readonly PageRow[],
  versions: readonly VersionText[],
  notices: readonly NoticeRow[],
  options: InputOptions,
  include: readonly string[] = [],
): PublicationInput {
  const input = defaultPublicationInput(options.publishedAt);
  const pageSet: PageSet = {};
  const shown = [...pages]
    .filter((p) => p.published || include.includes(p.slug))
    .sort((a, b) => a.position - b.position);
  for (const page of shown) {
    for (const v of versions) {
      if (v.slug !== page.slug) continue;
      const list = pageSet[v.lang] ?? [];
      pageSet[v.lang] = list;
      list.push({
        slug: v.slug,
        title: v.title,
        summary: v.summary,
        blocks: v.blocks,
        updatedAt: v.contentDate,
        ...(v.basedOnDate ? { basedOn: v.basedOnDate } : {}),
        sources: v.sources,
      });
    }
  }
  input.pages = pageSet;
  input.notices = notices.filter((n) => n.publishedAt !== null).map(toNotice);
  if (!options.selfCheck) input.selfCheck = [];
  input.features = { tips: options.tips, selfCheck: options.selfCheck };
  return input;
}

function toNotice(n: NoticeRow): Notice {
  return {
    id: n.id,
    title: n.title,
    body: n.body,
    languages: n.languages,
    sectors: n.sectors,
    publishedAt: (n.publishedAt as Date).toISOString(),
    expiresAt: n.expiresAt.toISOString(),
  };
}

export type TranslationState = 'missing' | 'outdated' | 'done';

/**
 * The same rule as the publication builder: a translation made from a source version older than the
 * newest source-language version is outdated. Source languages are compared only when they name a
 * version they follow (`basedOnDate`).
 */
export function translationState(
  lang: string,
  latest: Pick<VersionText, 'contentDate' | 'basedOnDate'> | undefined,
  latestSourceDates: Partial<Record<string, string>>,
): TranslationState {
  if (!latest) return 'missing';
  const isSource = SOURCE_LANGUAGES.includes(lang);
  const newestSource = SOURCE_LANGUAGES.filter((code) => code !== lang)
    .map((code) => latestSourceDates[code])
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  const basedOn = latest.basedOnDate ?? (isSource ? undefined : latest.contentDate);
  return basedOn !== undefined && newestSource !== undefined && basedOn < newestSource ? 'outdated' : 'done';
}
