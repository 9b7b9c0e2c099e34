/**
 * Posters from the current publication: texts come from its interface strings, so a poster shows a
 * language's own message only when a real translation of it has been published. PDFs are kept in
 * memory per publication, language and public address (28 languages × ~15 KB at most).
 */
import { createHash } from 'node:crypto';
import { findLanguage } from '../../../../worker-app/content/languages.ts';
import type { PublicationInput } from '../../../../worker-app/publish/build-publication.ts';
import { defaultPublicationInput } from '../../../../worker-app/publish/default-content.ts';
import type { AppContext } from '../../../context.ts';
import { notFound } from '../../../platform/errors.ts';
import { findCurrentPublication } from '../worker-content.repository.ts';
import { type PosterText, renderPoster } from './poster.ts';
import { posterUrl, shortAddress } from './qr.ts';

const cache = new Map<string, Buffer>();
const MAX_CACHED = 64;

export interface Poster {
  pdf: Buffer;
  etag: string;
}

export async function posterFor(ctx: AppContext, lang: string): Promise<Poster> {
  const language = findLanguage(lang);
  if (!language) throw notFound('Language');
  const current = await findCurrentPublication(ctx.db);
  const key = `${current?.contentId ?? 'default'}:${lang}:${ctx.config.publicUrl}`;
  const etag = `"poster-${createHash('sha256').update(key).digest('base64url').slice(0, 22)}"`;
  const hit = cache.get(key);
  if (hit) return { pdf: hit, etag };

  const input = current?.input ?? defaultPublicationInput();
  const text = (k: string): PosterText => textOf(input, lang, k);
  const url = posterUrl(ctx.config.publicUrl, language.code);
  const pdf = await renderPoster({
    language,
    url,
    address: shortAddress(url),
    appName: text('appName'),
    message: text('posterMessage'),
    scan: text('posterScan'),
    danger: text('dangerNow'),
  });
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, pdf);
  return { pdf, etag };
}

/** Finnish, English, and the language's own text only if it has one (never a stand-in). */
function textOf(input: PublicationInput, lang: string, key: string): PosterText {
  const own = lang === 'fi' || lang === 'en' ? undefined : input.uiStrings[lang]?.[key];
  return {
    own,
    fi: input.uiStrings.fi?.[key] ?? input.uiStrings.en?.[key] ?? key,
    en: input.uiStrings.en?.[key] ?? key,
  };
}
