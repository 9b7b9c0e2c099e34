/**
 * The worker app's CMS API (content editors only) and its posters (public). Thin: access rule, zod
 * schemas, one service call. The publisher keeps this node's published files equal to the database;
 * it starts when the server listens (not in `inject` tests) and stops with the server.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANGUAGES, SOURCE_LANGUAGES } from '../../../worker-app/content/languages.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import { createNotice, editNotice, listNotices, removeNotice } from './notices.service.ts';
import {
  getPageLanguage,
  getVersion,
  listPages,
  pageHistory,
  preview,
  publishPage,
  requireEditor,
  saveDraft,
  unpublishPage,
} from './pages.service.ts';
import { posterFor } from './poster/poster.service.ts';
import { WorkerContentPublisher } from './worker-content.publisher.ts';
import { findPublications } from './worker-content.repository.ts';
import {
  ZHistoryItem,
  ZIdParams,
  ZNotice,
  ZNoticeBody,
  ZPageDraft,
  ZPageLanguageParams,
  ZPageLanguageView,
  ZPageParams,
  ZPageSummary,
  ZPreview,
  ZPreviewBody,
  ZPublication,
  ZPublishBody,
  ZPublishResult,
  ZVersion,
} from './worker-content.schemas.ts';

const editor = { access: access.roles('content_editor') };
const tags = ['worker-content'];

const presentPublication = (p: {
  id: string;
  contentId: string;
  publishedAt: Date;
  publishedBy?: string | null;
  reason: string;
  isCurrent: boolean;
}) => ({
  id: p.id,
  contentId: p.contentId,
  publishedAt: p.publishedAt.toISOString(),
  publishedBy: p.publishedBy ?? null,
  reason: p.reason,
  isCurrent: p.isCurrent,
});

export async function workerContentRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const publisher = new WorkerContentPublisher(ctx, app.log);
  app.addHook('onListen', async () => {
    await publisher.start();
  });
  app.addHook('onClose', async () => {
    await publisher.stop();
  });

  r.get(
    '/api/worker-content/pages',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Pages with each language’s translation state (missing / outdated / done)',
        response: {
          200: z.object({
            languages: z.array(
              z.object({
                code: z.string(),
                nativeName: z.string(),
                englishName: z.string(),
                dir: z.string(),
              }),
            ),
            sourceLanguages: z.array(z.string()),
            pages: z.array(ZPageSummary),
          }),
        },
      },
    },
    async (request) => {
      requireEditor(request.actor);
      return {
        languages: [...LANGUAGES],
        sourceLanguages: [...SOURCE_LANGUAGES],
        pages: await listPages(ctx.db),
      };
    },
  );

  r.get(
    '/api/worker-content/pages/:slug/:lang',
    {
      config: editor,
      schema: {
        tags,
        summary: 'One language of a page beside the newest source-language texts',
        params: ZPageLanguageParams,
        response: { 200: ZPageLanguageView },
      },
    },
    async (request) => {
      requireEditor(request.actor);
      return getPageLanguage(ctx.db, request.params.slug, request.params.lang);
    },
  );

  r.put(
    '/api/worker-content/pages/:slug/:lang',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Save a draft: a new version of the page in this language (a new page for fi/en)',
        params: ZPageLanguageParams,
        body: ZPageDraft,
        response: { 200: z.object({ version: ZVersion, created: z.boolean() }) },
      },
    },
    async (request) =>
      saveDraft(ctx, request.actor, request.params.slug, request.params.lang, request.body, request.id),
  );

  r.get(
    '/api/worker-content/pages/:slug/:lang/versions',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Version history of a page in one language, newest first',
        params: ZPageLanguageParams,
        response: { 200: z.object({ items: z.array(ZHistoryItem) }) },
      },
    },
    async (request) => {
      requireEditor(request.actor);
      return { items: await pageHistory(ctx.db, request.params.slug, request.params.lang) };
    },
  );

  r.get(
    '/api/worker-content/pages/:slug/:lang/versions/:number',
    {
      config: editor,
      schema: {
        tags,
        summary: 'One version of a page',
        params: ZPageLanguageParams.extend({ number: z.coerce.number().int().min(1) }),
        response: { 200: ZVersion },
      },
    },
    async (request) => {
      requireEditor(request.actor);
      const { slug, lang, number } = request.params;
      return getVersion(ctx.db, slug, lang, number);
    },
  );

  r.post(
    '/api/worker-content/pages/:slug/publish',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Publish the newest versions of a page (all languages with a newer version, or those named)',
        params: ZPageParams,
        body: ZPublishBody,
        response: { 200: ZPublishResult },
      },
    },
    async (request) => {
      const result = await publishPage(
        ctx,
        publisher,
        request.actor,
        request.params.slug,
        request.body.languages,
        request.id,
      );
      return { publication: presentPublication(result.publication), changed: result.changed };
    },
  );

  r.post(
    '/api/worker-content/pages/:slug/unpublish',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Take a page out of the app (publishes without it; its versions stay)',
        params: ZPageParams,
        response: { 200: ZPublishResult },
      },
    },
    async (request) => {
      const result = await unpublishPage(ctx, publisher, request.actor, request.params.slug, request.id);
      return { publication: presentPublication(result.publication), changed: result.changed };
    },
  );

  r.post(
    '/api/worker-content/preview',
    {
      config: editor,
      schema: {
        tags,
        summary:
          'What a worker would see in a language with the newest (or an unsaved) text; nothing is saved',
        body: ZPreviewBody,
        response: { 200: ZPreview },
      },
    },
    async (request) => {
      requireEditor(request.actor);
      return preview(ctx, request.body);
    },
  );

  r.get(
    '/api/worker-content/publications',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Recent publications, newest first',
        response: { 200: z.object({ items: z.array(ZPublication) }) },
      },
    },
    async (request) => {
      requireEditor(request.actor);
      return { items: (await findPublications(ctx.db, 50)).map(presentPublication) };
    },
  );

  r.get(
    '/api/worker-content/notices',
    {
      config: editor,
      schema: {
        tags,
        summary: 'All notices (drafts, live, expired)',
        response: { 200: z.object({ items: z.array(ZNotice) }) },
      },
    },
    async (request) => {
      requireEditor(request.actor);
      return { items: await listNotices(ctx.db) };
    },
  );

  const ZNoticeResult = z.object({ notice: ZNotice, publication: ZPublication.nullable() });

  r.post(
    '/api/worker-content/notices',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Create a notice (published at once when `published` is true)',
        body: ZNoticeBody,
        response: { 201: ZNoticeResult },
      },
    },
    async (request, reply) => {
      const result = await createNotice(ctx, publisher, request.actor, request.body, request.id);
      reply.status(201);
      return {
        notice: result.notice,
        publication: result.publication && presentPublication(result.publication),
      };
    },
  );

  r.put(
    '/api/worker-content/notices/:id',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Change a notice',
        params: ZIdParams,
        body: ZNoticeBody,
        response: { 200: ZNoticeResult },
      },
    },
    async (request) => {
      const result = await editNotice(
        ctx,
        publisher,
        request.actor,
        request.params.id,
        request.body,
        request.id,
      );
      return {
        notice: result.notice,
        publication: result.publication && presentPublication(result.publication),
      };
    },
  );

  r.delete(
    '/api/worker-content/notices/:id',
    {
      config: editor,
      schema: { tags, summary: 'Delete a notice', params: ZIdParams, response: { 200: ZNoticeResult } },
    },
    async (request) => {
      const result = await removeNotice(ctx, publisher, request.actor, request.params.id, request.id);
      return {
        notice: result.notice,
        publication: result.publication && presentPublication(result.publication),
      };
    },
  );

  // Public: a poster holds only public information (the app's name and address), so print shops,
  // organisations and officials without an editor role can print them. Generating one costs CPU, hence
  // the tighter rate limit; the result is cached per publication.
  r.get(
    '/api/worker-content/posters/:file',
    {
      config: { access: access.public, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'A printable A4 poster (PDF) with a QR code to the worker app in one language, e.g. vi.pdf',
        params: z.object({ file: z.string().regex(/^[A-Za-z-]{2,10}\.pdf$/) }),
      },
    },
    async (request, reply) => {
      const lang = request.params.file.slice(0, -'.pdf'.length);
      if (!LANGUAGES.some((l) => l.code === lang)) throw notFound('Language');
      const poster = await posterFor(ctx, lang);
      reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="silta-poster-${lang}.pdf"`)
        .header('cache-control', 'no-cache')
        .header('etag', poster.etag);
      if (request.headers['if-none-match'] === poster.etag) return reply.status(304).send();
      return reply.send(poster.pdf);
    },
  );
}
