import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../worker-app/publish/build-publication.ts';
import { publicationInputFrom, translationState } from './worker-content.input.ts';

const version = (slug: string, lang: string, contentDate: string, basedOnDate: string | null = null) => ({
  slug,
  lang,
  title: `${slug} ${lang}`,
  summary: 's',
  blocks: [{ type: 'p' as const, text: 't' }],
  sources: [],
  contentDate,
  basedOnDate,
});

describe('translationState (the publication builder’s rule)', () => {
  const sources = { fi: '2026-11-28', en: '2026-11-29T10:00:00.000Z' };
  it.each([
    ['no text', 'vi', undefined, 'missing'],
    [
      'based on the newest source',
      'vi',
      { contentDate: '2026-11-30', basedOnDate: '2026-11-29T10:00:00.000Z' },
      'done',
    ],
    ['based on an older source', 'vi', { contentDate: '2026-11-30', basedOnDate: '2026-11-28' }, 'outdated'],
    ['a source language', 'fi', { contentDate: '2026-11-28', basedOnDate: null }, 'done'],
  ] as const)('%s', (_name, lang, latest, expected) => {
    expect(translationState(lang, latest, sources)).toBe(expected);
  });

  it('agrees with the publication builder', () => {
    const pages = [{ slug: 'a', position: 1, published: true }];
    const options = { publishedAt: '2026-12-01T00:00:00Z', selfCheck: true, tips: true };
    const outdated = publicationInputFrom(
      pages,
      [
        version('a', 'en', '2026-11-29T10:00:00.000Z'),
        version('a', 'fi', '2026-11-28'),
        version('a', 'vi', '2026-11-30', '2026-11-28'),
      ],
      [],
      options,
    );
    const { files, manifest } = buildPublication(outdated);
    const vi = JSON.parse(files[manifest.files.vi!]!) as { pages: { status: string }[] };
    expect(vi.pages[0]!.status).toBe('outdated');
  });
});

describe('publicationInputFrom', () => {
  const pages = [
    { slug: 'b', position: 2, published: true },
    { slug: 'a', position: 1, published: true },
    { slug: 'hidden', position: 3, published: false },
  ];
  const versions = [
    version('a', 'en', '2026-11-28'),
    version('b', 'en', '2026-11-28'),
    version('hidden', 'en', '2026-11-28'),
  ];
  const notice = (id: string, publishedAt: Date | null) => ({
    id,
    title: { en: id },
    body: { en: id },
    languages: [],
    sectors: [],
    publishedAt,
    expiresAt: new Date('2099-01-01T00:00:00Z'),
  });

  it('keeps the page order, leaves unpublished pages and draft notices out', () => {
    const input = publicationInputFrom(
      pages,
      versions,
      [notice('live', new Date('2026-01-01')), notice('draft', null)],
      {
        publishedAt: '2026-12-01T00:00:00Z',
        selfCheck: true,
        tips: true,
      },
    );
    expect(input.pages.en!.map((p) => p.slug)).toEqual(['a', 'b']);
    expect(input.notices.map((n) => n.id)).toEqual(['live']);
  });

  it('includes an unpublished page on request (preview) and can switch the self-check off', () => {
    const input = publicationInputFrom(
      pages,
      versions,
      [],
      {
        publishedAt: '2026-12-01T00:00:00Z',
        selfCheck: false,
        tips: false,
      },
      ['hidden'],
    );
    expect(input.pages.en!.map((p) => p.slug)).toEqual(['a', 'b', 'hidden']);
    expect(input.selfCheck).toEqual([]);
    expect(input.features).toEqual({ tips: false, selfCheck: false });
  });
});
