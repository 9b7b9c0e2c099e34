/**
 * Pages of the worker app in the CMS: the status grid, the side-by-side view of one language, saving a
 * draft (a new version; never machine-translated — the server only stores what an editor wrote),
 * version history, preview, publish and unpublish.
 */
import { FALLBACK_LANGUAGE, LANGUAGES, SOURCE_LANGUAGES } from '../../../worker-app/content/languages.ts';
import type { LanguageView, ResolvedNotice, ResolvedPage } from '../../../worker-app/content/types.ts';
import { buildPublication, PublicationInputError } from '../../../worker-app/publish/build-publication.ts';
import type { AppContext } from '../../context.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { type Actor, hasRole } from '../../platform/policy/actor.ts';
import { publicationInputFrom, type TranslationState, translationState } from './worker-content.input.ts';
import { inputOptions, type PublicationResult, recordPublication } from './worker-content.publish.ts';
import type { WorkerContentPublisher } from './worker-content.publisher.ts';
import {
  findHistory,
  findLatestVersions,
  findPage,
  findPages,
  findPublishedNotices,
  findPublishedVersions,
  findVersion,
  findVersionByNumber,
  insertPage,
  insertVersion,
  setPagePublished,
  setPublishedVersion,
  type VersionRow,
  versionText,
} from './worker-content.repository.ts';
import type { TPageDraft } from './worker-content.schemas.ts';

/** Defence in depth: the routes already require the role. */
export function requireEditor(actor: Actor | null): Actor {
  if (!actor || !hasRole(actor, 'content_editor'))
    throw forbidden('Only content editors edit the worker app');
  return actor;
}

const isSource = (lang: string) => SOURCE_LANGUAGES.includes(lang);

function sourceDates(latest: readonly VersionRow[], slug: string): Record<string, string> {
  return Object.fromEntries(
    latest.filter((v) => v.slug === slug && isSource(v.lang)).map((v) => [v.lang, v.contentDate]),
  );
}

export interface LanguageState {
  state: TranslationState;
  latest: number | null;
  published: number | null;
}

/** Every page with each language's state (missing / outdated / done) and version numbers. */
export async function listPages(db: Db) {
  const [pages, latest, published] = [
    await findPages(db),
    await findLatestVersions(db),
    await findPublishedVersions(db),
  ];
  return pages.map((page) => {
    const own = latest.filter((v) => v.slug === page.slug);
    const dates = sourceDates(latest, page.slug);
    const languages: Record<string, LanguageState> = {};
    for (const { code } of LANGUAGES) {
      const v = own.find((x) => x.lang === code);
      languages[code] = {
        state: translationState(code, v, dates),
        latest: v?.number ?? null,
        published: published.find((p) => p.slug === page.slug && p.lang === code)?.number ?? null,
      };
    }
    const title =
      own.find((v) => v.lang === FALLBACK_LANGUAGE) ?? own.find((v) => isSource(v.lang)) ?? own[0];
    const titles = Object.fromEntries(own.filter((v) => isSource(v.lang)).map((v) => [v.lang, v.title]));
    return { ...page, title: title?.title ?? page.slug, titles, languages };
  });
}

export function presentVersion(v: VersionRow) {
  return {
    id: v.id,
    slug: v.slug,
    lang: v.lang,
    number: v.number,
    title: v.title,
    summary: v.summary,
    blocks: v.blocks,
    sources: v.sources,
    contentDate: v.contentDate,
    basedOnVersionId: v.basedOnVersionId,
    basedOnDate: v.basedOnDate,
    note: v.note,
    createdAt: v.createdAt.toISOString(),
  };
}

/** One language of a page beside the newest source-language texts: the editor's two columns. */
export async function getPageLanguage(db: Db, slug: string, lang: string) {
  const page = await findPage(db, slug);
  if (!page) throw notFound('Page');
  const latest = await findLatestVersions(db, slug);
  const own = latest.find((v) => v.lang === lang) ?? null;
  const published = (await findPublishedVersions(db, slug)).find((v) => v.lang === lang);
  const basedOn = own?.basedOnVersionId ? await findVersion(db, own.basedOnVersionId) : undefined;
  return {
    slug,
    lang,
    pagePublished: page.published,
    state: translationState(lang, own ?? undefined, sourceDates(latest, slug)),
    latest: own ? presentVersion(own) : null,
    publishedNumber: published?.number ?? null,
    sources: Object.fromEntries(
      latest.filter((v) => isSource(v.lang)).map((v) => [v.lang, presentVersion(v)]),
    ),
    basedOn: basedOn ? { lang: basedOn.lang, number: basedOn.number } : null,
  };
}

const sameText = (v: VersionRow, d: TPageDraft) =>
  v.title === d.title &&
  v.summary === d.summary &&
  JSON.stringify(v.blocks) === JSON.stringify(d.blocks) &&
  JSON.stringify(v.sources) === JSON.stringify(d.sources) &&
  (v.basedOnVersionId ?? undefined) === d.basedOnVersionId;

/**
 * Saves an editor's text as the newest version (a draft until published). A page that does not exist
 * yet is created by its first source-language text. A translation names the source version it follows.
 */
export async function saveDraft(
  ctx: AppContext,
  who: Actor | null,
  slug: string,
  lang: string,
  draft: TPageDraft,
  requestId: string,
) {
  const actor = requireEditor(who);
  return ctx.db.transaction(async (tx) => {
    const page = await findPage(tx, slug);
    if (!page) {
      if (!isSource(lang)) throw notFound('Page');
      await insertPage(tx, slug, false);
    }
    let basedOnDate: string | null = null;
    if (draft.basedOnVersionId) {
      const source = await findVersion(tx, draft.basedOnVersionId);
      if (!source || source.slug !== slug || !isSource(source.lang) || source.lang === lang) {
        throw badRequest('basedOnVersionId must be a source-language version of this page', {
          issues: [{ field: 'body.basedOnVersionId', message: 'not a source version of this page' }],
        });
      }
      basedOnDate = source.contentDate;
    } else if (!isSource(lang)) {
      throw badRequest('A translation names the source version it translates', {
        issues: [{ field: 'body.basedOnVersionId', message: 'required for a translation' }],
      });
    }
    const [latest] = await findLatestVersions(tx, slug).then((all) => all.filter((v) => v.lang === lang));
    if (latest && sameText(latest, draft)) return { version: presentVersion(latest), created: false };
    const version = await insertVersion(tx, {
      slug,
      lang,
      title: draft.title,
      summary: draft.summary,
      blocks: draft.blocks,
      sources: draft.sources,
      contentDate: new Date().toISOString(),
      basedOnVersionId: draft.basedOnVersionId ?? null,
      basedOnDate,
      note: draft.note ?? null,
      createdBy: actor.userId,
    });
    await writeAudit(tx, {
      action: 'worker_content.draft_saved',
      actor,
      targetType: 'worker_page',
      targetId: `${slug}/${lang}`,
      details: { number: version.number, newPage: !page },
      requestId,
    });
    return { version: presentVersion(version), created: true };
  });
}

export async function pageHistory(db: Db, slug: string, lang: string) {
  if (!(await findPage(db, slug))) throw notFound('Page');
  const published = (await findPublishedVersions(db, slug)).find((v) => v.lang === lang);
  const rows = await findHistory(db, slug, lang);
  return rows.map(({ version, createdBy, basedOn }) => ({
    id: version.id,
    number: version.number,
    title: version.title,
    contentDate: version.contentDate,
    note: version.note,
    createdAt: version.createdAt.toISOString(),
    createdBy,
    basedOn,
    published: published?.id === version.id,
  }));
}

export async function getVersion(db: Db, slug: string, lang: string, number: number) {
  const version = await findVersionByNumber(db, slug, lang, number);
  if (!version) throw notFound('Version');
  return presentVersion(version);
}

export interface PreviewRequest {
  lang: string;
  slug?: string | undefined;
  draft?: Pick<TPageDraft, 'title' | 'summary' | 'blocks' | 'sources'> | undefined;
}

export interface Preview {
  lang: string;
  dir: 'ltr' | 'rtl';
  page: ResolvedPage | null;
  notices: ResolvedNotice[];
}

/**
 * What a worker would see in `lang` if the newest versions were published (and, optionally, an unsaved
 * text of one page): built by the same builder as a publication, without writing or recording anything.
 */
export async function preview(ctx: AppContext, request: PreviewRequest): Promise<Preview> {
  const db = ctx.db;
  const [pages, latest, notices] = [
    await findPages(db),
    await findLatestVersions(db),
    await findPublishedNotices(db),
  ];
  if (request.slug && !pages.some((p) => p.slug === request.slug)) throw notFound('Page');
  const versions = latest.map(versionText);
  if (request.slug && request.draft) {
    const base = latest.find((v) => v.slug === request.slug && v.lang === request.lang);
    const text = {
      slug: request.slug,
      lang: request.lang,
      ...request.draft,
      contentDate: new Date().toISOString(),
      basedOnDate: base?.basedOnDate ?? null,
    };
    const i = versions.findIndex((v) => v.slug === request.slug && v.lang === request.lang);
    if (i >= 0) versions[i] = text;
    else versions.push(text);
  }
  const input = publicationInputFrom(
    pages,
    versions,
    notices,
    inputOptions(ctx.config, new Date().toISOString()),
    request.slug ? [request.slug] : [],
  );
  // Only the languages the view needs: the builder resolves each language on its own.
  const needed = new Set([request.lang, input.fallbackLanguage ?? FALLBACK_LANGUAGE, ...SOURCE_LANGUAGES]);
  const keep = <T>(byLang: Partial<Record<string, T>>) =>
    Object.fromEntries(Object.entries(byLang).filter(([code]) => needed.has(code)));
  input.languages = input.languages.filter((l) => needed.has(l.code));
  input.pages = keep(input.pages);
  input.uiStrings = keep(input.uiStrings);
  input.notices = input.notices
    .filter((n) => n.languages.length === 0 || n.languages.includes(request.lang))
    .map((n) => ({ ...n, languages: [] }));
  let view: LanguageView;
  try {
    const built = buildPublication(input);
    view = JSON.parse(built.files[built.manifest.files[request.lang]!]!) as LanguageView;
  } catch (error) {
    if (error instanceof PublicationInputError) throw badRequest(error.message, { problems: error.problems });
    throw error;
  }
  return {
    lang: view.lang,
    dir: view.dir,
    page: request.slug ? (view.pages.find((p) => p.slug === request.slug) ?? null) : null,
    notices: view.notices,
  };
}

/** Runs a change of what is published and records the publication in one transaction, then writes files. */
export async function publishChange(
  ctx: AppContext,
  publisher: WorkerContentPublisher,
  change: (tx: Db) => Promise<{ reason: 'page' | 'unpublish' | 'notice'; actor: Actor; requestId: string }>,
): Promise<PublicationResult> {
  let result: PublicationResult;
  try {
    result = await ctx.db.transaction(async (tx) => {
      const { reason, actor, requestId } = await change(tx);
      return recordPublication(tx, ctx.config, reason, actor, requestId);
    });
  } catch (error) {
    if (error instanceof PublicationInputError) throw badRequest(error.message, { problems: error.problems });
    throw error;
  }
  await publisher.written(result.publication);
  return result;
}

/** Puts the newest version of the given languages (default: all with a newer version) live. */
export async function publishPage(
  ctx: AppContext,
  publisher: WorkerContentPublisher,
  who: Actor | null,
  slug: string,
  languages: readonly string[] | undefined,
  requestId: string,
) {
  const actor = requireEditor(who);
  return publishChange(ctx, publisher, async (tx) => {
    if (!(await findPage(tx, slug))) throw notFound('Page');
    const latest = await findLatestVersions(tx, slug);
    const published = await findPublishedVersions(tx, slug);
    const chosen = languages
      ? languages.map((lang) => {
          const v = latest.find((x) => x.lang === lang);
          if (!v) throw badRequest(`No text in "${lang}" to publish`);
          return v;
        })
      : latest.filter((v) => published.find((p) => p.lang === v.lang)?.number !== v.number);
    const liveSources = SOURCE_LANGUAGES.some(
      (code) => chosen.some((v) => v.lang === code) || published.some((v) => v.lang === code),
    );
    if (!liveSources) throw badRequest('Publish the Finnish or English text of a page first');
    for (const v of chosen) await setPublishedVersion(tx, v, actor.userId);
    await setPagePublished(tx, slug, true);
    await writeAudit(tx, {
      action: 'worker_content.page_published',
      actor,
      targetType: 'worker_page',
      targetId: slug,
      details: { versions: chosen.map((v) => ({ lang: v.lang, number: v.number })) },
      requestId,
    });
    return { reason: 'page', actor, requestId };
  });
}

/** Takes a page out of the app: the next publication is made without it. Its versions stay. */
export async function unpublishPage(
  ctx: AppContext,
  publisher: WorkerContentPublisher,
  who: Actor | null,
  slug: string,
  requestId: string,
) {
  const actor = requireEditor(who);
  return publishChange(ctx, publisher, async (tx) => {
    if (!(await findPage(tx, slug))) throw notFound('Page');
    await setPagePublished(tx, slug, false);
    await writeAudit(tx, {
      action: 'worker_content.page_unpublished',
      actor,
      targetType: 'worker_page',
      targetId: slug,
      requestId,
    });
    return { reason: 'unpublish', actor, requestId };
  });
}
