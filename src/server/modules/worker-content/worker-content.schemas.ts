/** The CMS API's zod schemas: validation of what editors send, and the shapes it answers with. */
import { z } from 'zod';
import { CONTACTS } from '../../../worker-app/content/contacts.ts';
import { LANGUAGES } from '../../../worker-app/content/languages.ts';
import { SECTORS } from '../../../worker-app/content/sectors.ts';

const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [string, ...string[]];
const CONTACT_IDS = CONTACTS.map((c) => c.id) as [string, ...string[]];

export const ZLanguageCode = z.enum(LANGUAGE_CODES);
export const ZSlug = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');

const text = (max: number) => z.string().trim().min(1).max(max);

export const ZBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('p'), text: text(2000) }),
  z.object({ type: z.literal('callout'), text: text(1000) }),
  z.object({ type: z.literal('list'), items: z.array(text(500)).min(1).max(30) }),
  z.object({ type: z.literal('contact'), contactId: z.enum(CONTACT_IDS) }),
]);

const ZBlockOut = z.discriminatedUnion('type', [
  z.object({ type: z.literal('p'), text: z.string() }),
  z.object({ type: z.literal('callout'), text: z.string() }),
  z.object({ type: z.literal('list'), items: z.array(z.string()) }),
  z.object({ type: z.literal('contact'), contactId: z.string() }),
]);
export const ZPageDraft = z.object({
  title: text(200),
  summary: text(500),
  blocks: z.array(ZBlock).min(1).max(60),
  sources: z.array(z.string().url().max(500)).max(20).default([]),
  /** For a translation: the source-language version it was translated from. */
  basedOnVersionId: z.uuid().optional(),
  note: z.string().trim().max(500).optional(),
});
export type TPageDraft = z.infer<typeof ZPageDraft>;

export const ZTranslationState = z.enum(['missing', 'outdated', 'done']);

export const ZLanguageState = z.object({
  state: ZTranslationState,
  latest: z.number().int().nullable(),
  published: z.number().int().nullable(),
});

export const ZPageSummary = z.object({
  slug: z.string(),
  position: z.number().int(),
  published: z.boolean(),
  title: z.string(),
  /** The newest title in each source language. */
  titles: z.record(z.string(), z.string()),
  languages: z.record(z.string(), ZLanguageState),
});

export const ZVersion = z.object({
  id: z.string(),
  slug: z.string(),
  lang: z.string(),
  number: z.number().int(),
  title: z.string(),
  summary: z.string(),
  blocks: z.array(ZBlockOut),
  sources: z.array(z.string()),
  contentDate: z.string(),
  basedOnVersionId: z.string().nullable(),
  basedOnDate: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const ZPageLanguageView = z.object({
  slug: z.string(),
  lang: z.string(),
  pagePublished: z.boolean(),
  state: ZTranslationState,
  latest: ZVersion.nullable(),
  publishedNumber: z.number().int().nullable(),
  /** The newest version in each source language, for the left side of the editor. */
  sources: z.record(z.string(), ZVersion),
  /** For a translation: the source version it was based on, if any. */
  basedOn: z.object({ lang: z.string(), number: z.number().int() }).nullable(),
});

export const ZHistoryItem = z.object({
  id: z.string(),
  number: z.number().int(),
  title: z.string(),
  contentDate: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  basedOn: z.object({ lang: z.string(), number: z.number().int() }).nullable(),
  published: z.boolean(),
});

export const ZPublishBody = z.object({
  /** Languages whose newest version goes live; default: every language with a newer version. */
  languages: z.array(ZLanguageCode).max(LANGUAGES.length).optional(),
});

export const ZPublication = z.object({
  id: z.string(),
  contentId: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
  reason: z.string(),
  isCurrent: z.boolean(),
});

export const ZPublishResult = z.object({ publication: ZPublication, changed: z.boolean() });

export const ZPreviewBody = z.object({
  lang: ZLanguageCode,
  slug: ZSlug.optional(),
  /** Unsaved text of `slug` in `lang`, previewed in place of its newest version. */
  draft: ZPageDraft.omit({ basedOnVersionId: true, note: true }).optional(),
});

/** Texts per language; empty texts count as "not written" and are dropped by the service. */
const ZLocalized = z.partialRecord(ZLanguageCode, z.string().max(2000));

export const ZNoticeBody = z
  .object({
    title: ZLocalized,
    body: ZLocalized,
    /** Target languages; empty = every language. */
    languages: z.array(ZLanguageCode).max(LANGUAGES.length).default([]),
    sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).default([]),
    expiresAt: z.iso.datetime({ offset: true }),
    /** Put the notice live now (true) or keep it as a draft / take it down (false). */
    published: z.boolean(),
  })
  .superRefine((n, issue) => {
    const title = withText(n.title);
    const body = withText(n.body);
    if (!title.fi && !title.en) {
      issue.addIssue({ code: 'custom', path: ['title'], message: 'write the title in Finnish or English' });
    }
    if (Object.keys(body).sort().join(',') !== Object.keys(title).sort().join(',')) {
      issue.addIssue({
        code: 'custom',
        path: ['body'],
        message: 'give a body in each language of the title',
      });
    }
    for (const [lang, text] of Object.entries(title)) {
      if (text.length > 200) issue.addIssue({ code: 'custom', path: ['title', lang], message: 'too long' });
    }
    if (n.published && Date.parse(n.expiresAt) <= Date.now()) {
      issue.addIssue({ code: 'custom', path: ['expiresAt'], message: 'must be in the future' });
    }
  });
export type TNoticeBody = z.infer<typeof ZNoticeBody>;

/** Trims texts and drops empty ones. */
export function withText(texts: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(texts)
      .map(([lang, text]) => [lang, (text ?? '').trim()] as const)
      .filter(([, text]) => text !== ''),
  );
}

const ZResolvedText = z.object({ text: z.string(), lang: z.string() });

export const ZPreview = z.object({
  lang: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  page: z
    .object({
      slug: z.string(),
      title: z.string(),
      summary: z.string(),
      blocks: z.array(ZBlockOut),
      lang: z.string(),
      dir: z.enum(['ltr', 'rtl']),
      status: z.enum(['translated', 'missing', 'outdated']),
      updatedAt: z.string(),
      sources: z.array(z.string()),
    })
    .nullable(),
  notices: z.array(
    z.object({
      id: z.string(),
      title: ZResolvedText,
      body: ZResolvedText,
      sectors: z.array(z.string()),
      expiresAt: z.string(),
    }),
  ),
});

export const ZNotice = z.object({
  id: z.string(),
  title: z.record(z.string(), z.string()),
  body: z.record(z.string(), z.string()),
  languages: z.array(z.string()),
  sectors: z.array(z.string()),
  publishedAt: z.string().nullable(),
  expiresAt: z.string(),
  status: z.enum(['draft', 'live', 'expired']),
  updatedAt: z.string(),
});

export const ZIdParams = z.object({ id: z.uuid() });
export const ZPageParams = z.object({ slug: ZSlug });
export const ZPageLanguageParams = z.object({ slug: ZSlug, lang: ZLanguageCode });
