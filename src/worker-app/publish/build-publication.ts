/**
 * The publication builder: turns the editors' content (pages per language, contacts, interface texts,
 * self-check, notices) into the static files the worker app reads. Pure apart from hashing, so the server
 * can run it at start and the CMS on every publish.
 *
 * Layout:
 *   manifest.json              { id, publishedAt, fallbackLanguage, languages[], files{lang → path} } (no-cache)
 *   content/<id>/<lang>.json   the fully resolved LanguageView of one language (immutable)
 * The id is a hash of everything under content/, so unchanged content keeps its id and cached files stay valid.
 */
import { createHash } from 'node:crypto';
import { FALLBACK_LANGUAGE, SOURCE_LANGUAGES } from '../content/languages.ts';
import type {
  Contact,
  Language,
  LanguageCode,
  LanguageStatus,
  LanguageView,
  LocalizedText,
  ManifestLanguage,
  Notice,
  PageSet,
  PageStatus,
  PageText,
  PublicationFeatures,
  PublicationManifest,
  ResolvedContact,
  ResolvedNotice,
  ResolvedPage,
  ResolvedSelfCheckQuestion,
  ResolvedText,
  SelfCheckQuestion,
  TextDirection,
} from '../content/types.ts';
import { canonicalJson } from './canonical-json.ts';

export interface PublicationInput {
  pages: PageSet;
  contacts: readonly Contact[];
  languages: readonly Language[];
  /** Interface texts per language; the fallback language's keys are the full set. */
  uiStrings: Partial<Record<LanguageCode, Partial<Record<string, string>>>>;
  selfCheck: readonly SelfCheckQuestion[];
  notices: readonly Notice[];
  /** ISO date or date-time of this publication; notices are filtered against it. */
  publishedAt: string;
  /** Languages the content is written in (default: Finnish and English). */
  sourceLanguages?: readonly LanguageCode[];
  /** Language shown when a text is missing (default: English). */
  fallbackLanguage?: LanguageCode;
  /** Optional parts of the app switched on or off by the server's configuration. */
  features?: PublicationFeatures;
}

export interface Publication {
  id: string;
  manifest: PublicationManifest;
  /** Relative path → JSON text. */
  files: Record<string, string>;
}

export class PublicationInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid publication input: ${problems.join('; ')}`);
    this.name = 'PublicationInputError';
  }
}

/** Builds the manifest and the per-language files. Throws PublicationInputError on broken references. */
export function buildPublication(input: PublicationInput): Publication {
  const problems = validatePublicationInput(input);
  if (problems.length > 0) throw new PublicationInputError(problems);

  const views = input.languages.map((language) => resolveLanguage(input, language));
  const languages: ManifestLanguage[] = input.languages.map((l, i) => ({ ...l, status: views[i]!.status }));
  const fallbackLanguage = input.fallbackLanguage ?? FALLBACK_LANGUAGE;

  const id = createHash('sha256')
    .update(canonicalJson({ fallbackLanguage, languages, views }))
    .digest('hex')
    .slice(0, 16);

  const files: Record<string, string> = {};
  const paths: Record<LanguageCode, string> = {};
  for (const view of views) {
    const path = `content/${id}/${view.lang}.json`;
    paths[view.lang] = path;
    files[path] = JSON.stringify(view);
  }
  const manifest: PublicationManifest = {
    id,
    publishedAt: input.publishedAt,
    fallbackLanguage,
    languages,
    files: paths,
    ...(input.features ? { features: { ...input.features } } : {}),
  };
  files['manifest.json'] = JSON.stringify(manifest);
  return { id, manifest, files };
}

/** Lists what is wrong with an input (unknown languages, dangling contact ids, duplicate slugs...). */
export function validatePublicationInput(input: PublicationInput): string[] {
  const problems: string[] = [];
  const codes = new Set(input.languages.map((l) => l.code));
  const contactIds = new Set(input.contacts.map((c) => c.id));
  const fallback = input.fallbackLanguage ?? FALLBACK_LANGUAGE;
  const sources = input.sourceLanguages ?? SOURCE_LANGUAGES;

  if (codes.size !== input.languages.length) problems.push('duplicate language codes');
  for (const code of [fallback, ...sources]) {
    if (!codes.has(code)) problems.push(`source or fallback language "${code}" is not in languages`);
  }
  if (contactIds.size !== input.contacts.length) problems.push('duplicate contact ids');
  const sourceSlugs = new Set(sources.flatMap((code) => (input.pages[code] ?? []).map((p) => p.slug)));
  for (const [code, pages] of Object.entries(input.pages)) {
    if (!codes.has(code)) problems.push(`pages in unknown language "${code}"`);
    const slugs = new Set<string>();
    for (const page of pages ?? []) {
      if (slugs.has(page.slug)) problems.push(`duplicate page "${page.slug}" in "${code}"`);
      slugs.add(page.slug);
      if (!sourceSlugs.has(page.slug))
        problems.push(`page "${page.slug}" in "${code}" has no source-language version`);
      for (const block of page.blocks) {
        if (block.type === 'contact' && !contactIds.has(block.contactId)) {
          problems.push(`page "${page.slug}" in "${code}" refers to unknown contact "${block.contactId}"`);
        }
      }
    }
  }
  for (const code of Object.keys(input.uiStrings)) {
    if (!codes.has(code)) problems.push(`interface texts in unknown language "${code}"`);
  }
  for (const notice of input.notices) {
    for (const code of notice.languages) {
      if (!codes.has(code)) problems.push(`notice "${notice.id}" targets unknown language "${code}"`);
    }
    if (Number.isNaN(Date.parse(notice.publishedAt)) || Number.isNaN(Date.parse(notice.expiresAt))) {
      problems.push(`notice "${notice.id}" has an invalid date`);
    }
  }
  if (Number.isNaN(Date.parse(input.publishedAt))) problems.push('publishedAt is not a date');
  return problems;
}

/** Counts how much of a language is really in that language, to tell complete / partial / missing. */
interface Coverage {
  total: number;
  own: number;
  outdated: number;
}

function resolveLanguage(input: PublicationInput, language: Language): LanguageView {
  const lang = language.code;
  const fallback = input.fallbackLanguage ?? FALLBACK_LANGUAGE;
  const sources = input.sourceLanguages ?? SOURCE_LANGUAGES;
  const chain = unique([lang, fallback, ...sources]);
  const dirOf = directionLookup(input.languages);
  const coverage: Coverage = { total: 0, own: 0, outdated: 0 };

  const text = (localized: LocalizedText): ResolvedText => {
    const resolved = pick(localized, chain);
    coverage.total++;
    if (resolved.lang === lang) coverage.own++;
    return resolved;
  };

  const pages = orderedSlugs(input.pages, fallback, sources).map((slug) => {
    const page = resolvePage(input.pages, slug, lang, chain, sources, dirOf);
    coverage.total++;
    if (page.status === 'translated') coverage.own++;
    if (page.status === 'outdated') coverage.outdated++;
    return page;
  });

  const contacts: ResolvedContact[] = input.contacts.map((c) => ({
    id: c.id,
    name: text(c.name),
    description: text(c.description),
    hours: text(c.hours),
    phone: c.phone,
    phoneDisplay: c.phoneDisplay,
    email: c.email,
    url: c.url,
    languages: [...c.languages],
    interpreters: c.interpreters,
    tags: [...c.tags],
    source: c.source,
    checkedOn: c.checkedOn,
  }));

  const ui: Record<string, ResolvedText> = {};
  for (const key of uiKeys(input.uiStrings, [fallback, ...sources])) {
    ui[key] = text(Object.fromEntries(chain.flatMap((code) => withText(code, input.uiStrings[code]?.[key]))));
  }

  const selfCheck: ResolvedSelfCheckQuestion[] = input.selfCheck.map((q) => ({
    id: q.id,
    indicators: [...q.indicators],
    topics: [...q.topics],
    urgent: q.urgent,
    text: text(q.text),
    hint: q.hint ? text(q.hint) : undefined,
  }));

  const notices = input.notices
    .filter(
      (n) => isCurrent(n, input.publishedAt) && (n.languages.length === 0 || n.languages.includes(lang)),
    )
    .map(
      (n): ResolvedNotice => ({
        id: n.id,
        title: pick(n.title, chain),
        body: pick(n.body, chain),
        sectors: [...n.sectors],
        publishedAt: n.publishedAt,
        expiresAt: n.expiresAt,
      }),
    );

  return { lang, dir: language.dir, status: statusOf(coverage), pages, contacts, ui, selfCheck, notices };
}

function resolvePage(
  pageSet: PageSet,
  slug: string,
  lang: LanguageCode,
  chain: readonly LanguageCode[],
  sources: readonly LanguageCode[],
  dirOf: (code: LanguageCode) => TextDirection,
): ResolvedPage {
  const find = (code: LanguageCode): PageText | undefined => pageSet[code]?.find((p) => p.slug === slug);
  const own = find(lang);
  let chosen: { page: PageText; lang: LanguageCode } | undefined = own ? { page: own, lang } : undefined;
  let status: PageStatus = 'translated';
  if (own) {
    // Newest version among the other source languages: a translation made from an older one is outdated.
    const newestSource = sources
      .filter((code) => code !== lang)
      .map((code) => find(code)?.updatedAt)
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    const isSource = sources.includes(lang);
    const basedOn = own.basedOn ?? (isSource ? undefined : own.updatedAt);
    if (basedOn !== undefined && newestSource !== undefined && basedOn < newestSource) status = 'outdated';
  } else {
    status = 'missing';
    for (const code of chain) {
      const page = find(code);
      if (page) {
        chosen = { page, lang: code };
        break;
      }
    }
  }
  // validatePublicationInput guarantees that every slug has a source-language version.
  const { page, lang: textLang } = chosen!;
  return {
    slug,
    title: page.title,
    summary: page.summary,
    blocks: page.blocks,
    lang: textLang,
    dir: dirOf(textLang),
    status,
    updatedAt: page.updatedAt,
    sources: [...page.sources],
  };
}

/** Slugs in the fallback language's order, then any that exist only in another source language. */
function orderedSlugs(pageSet: PageSet, fallback: LanguageCode, sources: readonly LanguageCode[]): string[] {
  return unique([fallback, ...sources].flatMap((code) => (pageSet[code] ?? []).map((p) => p.slug)));
}

/** The full set of interface keys: those of the fallback and source languages. */
function uiKeys(strings: PublicationInput['uiStrings'], reference: readonly LanguageCode[]): string[] {
  return unique(reference.flatMap((code) => Object.keys(strings[code] ?? {})));
}

function pick(localized: LocalizedText, chain: readonly LanguageCode[]): ResolvedText {
  for (const code of chain) {
    const value = localized[code];
    if (value !== undefined && value !== '') return { text: value, lang: code };
  }
  const [code, value] = Object.entries(localized).find(([, v]) => v !== undefined && v !== '') ?? ['', ''];
  return { text: value ?? '', lang: code };
}

function withText(code: LanguageCode, value: string | undefined): [LanguageCode, string][] {
  return value === undefined ? [] : [[code, value]];
}

function isCurrent(notice: Notice, publishedAt: string): boolean {
  const now = Date.parse(publishedAt);
  return Date.parse(notice.publishedAt) <= now && Date.parse(notice.expiresAt) > now;
}

function statusOf(c: Coverage): LanguageStatus {
  if (c.own === 0 && c.outdated === 0) return 'missing';
  if (c.own === c.total) return 'complete';
  return 'partial';
}

function directionLookup(languages: readonly Language[]): (code: LanguageCode) => TextDirection {
  const dirs = new Map(languages.map((l) => [l.code, l.dir]));
  return (code) => dirs.get(code) ?? 'ltr';
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
