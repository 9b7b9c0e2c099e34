import { describe, expect, it } from 'vitest';
import type { Language, LanguageView, Notice, PageText, PublicationManifest } from '../content/types.ts';
import { buildPublication, type PublicationInput, PublicationInputError } from './build-publication.ts';
import { defaultPublicationInput } from './default-content.ts';

const LANGS: Language[] = [
  { code: 'fi', nativeName: 'Suomi', englishName: 'Finnish', dir: 'ltr' },
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl' },
  { code: 'vi', nativeName: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr' },
];

function page(slug: string, title: string, updatedAt: string, basedOn?: string): PageText {
  return {
    slug,
    title,
    summary: `${title}.`,
    blocks: [{ type: 'p', text: title }],
    updatedAt,
    basedOn,
    sources: ['https://example.fi'],
  };
}

function notice(overrides: Partial<Notice>): Notice {
  return {
    id: 'n1',
    title: { en: 'Berry season', fi: 'Marjakausi' },
    body: { en: 'Know your rights.', fi: 'Tunne oikeutesi.' },
    languages: [],
    sectors: ['berry-picking'],
    publishedAt: '2026-06-01T00:00:00Z',
    expiresAt: '2026-09-30T00:00:00Z',
    ...overrides,
  };
}

function input(overrides: Partial<PublicationInput> = {}): PublicationInput {
  return {
    pages: {
      fi: [page('pay', 'Palkka', '2026-05-01'), page('hours', 'Työaika', '2026-05-01')],
      en: [page('pay', 'Pay', '2026-05-01'), page('hours', 'Hours', '2026-05-01')],
    },
    contacts: [
      {
        id: 'c1',
        name: { fi: 'Apu', en: 'Help' },
        description: { fi: 'Kuvaus', en: 'Description' },
        hours: { fi: '24 h', en: '24 h' },
        phone: '112',
        languages: [],
        interpreters: false,
        tags: ['urgent'],
        source: 'https://example.fi',
        checkedOn: '2026-05-01',
      },
    ],
    languages: LANGS,
    uiStrings: { en: { hello: 'Hello', bye: 'Bye' }, fi: { hello: 'Hei', bye: 'Hei hei' } },
    selfCheck: [
      {
        id: 'q1',
        indicators: ['deception'],
        topics: ['pay'],
        urgent: false,
        text: { fi: 'Kysymys?', en: 'Question?' },
      },
    ],
    notices: [],
    publishedAt: '2026-07-01T12:00:00Z',
    ...overrides,
  };
}

function view(files: Record<string, string>, id: string, lang: string): LanguageView {
  const text = files[`content/${id}/${lang}.json`];
  if (text === undefined) throw new Error(`no file for ${lang}`);
  return JSON.parse(text) as LanguageView;
}

describe('buildPublication: layout', () => {
  it('writes a small manifest and one content-addressed file per language', () => {
    const { id, manifest, files } = buildPublication(input());
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(Object.keys(files).sort()).toEqual(
      ['manifest.json', ...LANGS.map((l) => `content/${id}/${l.code}.json`)].sort(),
    );
    expect(JSON.parse(files['manifest.json']!) as PublicationManifest).toEqual(manifest);
    expect(manifest.files.ar).toBe(`content/${id}/ar.json`);
    expect(manifest.languages.map((l) => [l.code, l.dir, l.status])).toEqual([
      ['fi', 'ltr', 'complete'],
      ['en', 'ltr', 'complete'],
      ['ar', 'rtl', 'missing'],
      ['vi', 'ltr', 'missing'],
    ]);
  });
});

describe('buildPublication: translation states', () => {
  it('shows a missing language in English, marked with the language the text is in', () => {
    const { id, files } = buildPublication(input());
    const ar = view(files, id, 'ar');
    expect(ar.dir).toBe('rtl');
    expect(ar.pages.map((p) => [p.slug, p.title, p.lang, p.dir, p.status])).toEqual([
      ['pay', 'Pay', 'en', 'ltr', 'missing'],
      ['hours', 'Hours', 'en', 'ltr', 'missing'],
    ]);
    expect(ar.ui.hello).toEqual({ text: 'Hello', lang: 'en' });
    expect(ar.contacts[0]!.name).toEqual({ text: 'Help', lang: 'en' });
    expect(ar.selfCheck[0]!.text).toEqual({ text: 'Question?', lang: 'en' });
  });

  it('marks a partly translated language partial, with fallback per page and per string', () => {
    const base = input();
    const { id, manifest, files } = buildPublication({
      ...base,
      pages: { ...base.pages, vi: [page('pay', 'Lương', '2026-05-02')] },
      uiStrings: { ...base.uiStrings, vi: { hello: 'Xin chào' } },
    });
    const vi = view(files, id, 'vi');
    expect(manifest.languages.find((l) => l.code === 'vi')?.status).toBe('partial');
    expect(vi.pages.map((p) => [p.slug, p.lang, p.status])).toEqual([
      ['pay', 'vi', 'translated'],
      ['hours', 'en', 'missing'],
    ]);
    expect(vi.ui.hello).toEqual({ text: 'Xin chào', lang: 'vi' });
    expect(vi.ui.bye).toEqual({ text: 'Bye', lang: 'en' });
  });

  it('marks a translation outdated when its basedOn is older than the newest source version', () => {
    const base = input();
    const { id, files } = buildPublication({
      ...base,
      pages: {
        fi: [page('pay', 'Palkka', '2026-06-01'), page('hours', 'Työaika', '2026-05-01')],
        en: [page('pay', 'Pay', '2026-05-01'), page('hours', 'Hours', '2026-05-01')],
        vi: [page('pay', 'Lương', '2026-06-10', '2026-05-01'), page('hours', 'Giờ làm', '2026-05-20')],
      },
    });
    const vi = view(files, id, 'vi');
    expect(vi.pages.map((p) => [p.slug, p.title, p.status])).toEqual([
      ['pay', 'Lương', 'outdated'],
      ['hours', 'Giờ làm', 'translated'],
    ]);
    // Source languages are not outdated against each other unless they say what they are based on.
    expect(view(files, id, 'en').pages[0]!.status).toBe('translated');
  });

  it('calls a language complete only when every page, string, contact and question is its own', () => {
    const base = input();
    const vi = {
      pages: { ...base.pages, vi: [page('pay', 'Lương', '2026-05-02'), page('hours', 'Giờ', '2026-05-02')] },
      uiStrings: { ...base.uiStrings, vi: { hello: 'Xin chào', bye: 'Tạm biệt' } },
    };
    const partial = buildPublication({ ...base, ...vi });
    expect(partial.manifest.languages.find((l) => l.code === 'vi')?.status).toBe('partial');
    const complete = buildPublication({
      ...base,
      ...vi,
      contacts: base.contacts.map((c) => ({
        ...c,
        name: { ...c.name, vi: 'Giúp' },
        description: { ...c.description, vi: 'Mô tả' },
        hours: { ...c.hours, vi: '24 giờ' },
      })),
      selfCheck: base.selfCheck.map((q) => ({ ...q, text: { ...q.text, vi: 'Câu hỏi?' } })),
    });
    expect(complete.manifest.languages.find((l) => l.code === 'vi')?.status).toBe('complete');
  });
});

describe('buildPublication: notices', () => {
  it('shows a notice only in the languages it targets; empty targets mean all', () => {
    const { id, files } = buildPublication(
      input({ notices: [notice({ id: 'all' }), notice({ id: 'vi-only', languages: ['vi'] })] }),
    );
    expect(view(files, id, 'vi').notices.map((n) => n.id)).toEqual(['all', 'vi-only']);
    expect(view(files, id, 'fi').notices.map((n) => n.id)).toEqual(['all']);
    const vi = view(files, id, 'vi').notices[1]!;
    expect(vi.title).toEqual({ text: 'Berry season', lang: 'en' });
    expect(view(files, id, 'fi').notices[0]!.title).toEqual({ text: 'Marjakausi', lang: 'fi' });
  });

  it('leaves out expired and not yet published notices', () => {
    const { id, files } = buildPublication(
      input({
        notices: [
          notice({ id: 'expired', expiresAt: '2026-07-01T11:59:59Z' }),
          notice({ id: 'future', publishedAt: '2026-08-01T00:00:00Z' }),
          notice({ id: 'current' }),
        ],
      }),
    );
    expect(view(files, id, 'en').notices.map((n) => n.id)).toEqual(['current']);
  });
});

describe('buildPublication: content-addressed id', () => {
  it('is stable for the same content, whatever the publication time or key order', () => {
    const a = buildPublication(input());
    const b = buildPublication(input({ publishedAt: '2026-07-02T08:00:00Z' }));
    expect(b.id).toBe(a.id);
    expect(b.manifest.publishedAt).not.toBe(a.manifest.publishedAt);
    const reordered = input();
    reordered.uiStrings = { fi: { bye: 'Hei hei', hello: 'Hei' }, en: { bye: 'Bye', hello: 'Hello' } };
    expect(buildPublication(reordered).id).toBe(a.id);
  });

  it('changes when any text changes, or when a notice appears', () => {
    const a = buildPublication(input());
    const changed = input();
    changed.pages.en![0]!.title = 'Wages';
    expect(buildPublication(changed).id).not.toBe(a.id);
    expect(buildPublication(input({ notices: [notice({})] })).id).not.toBe(a.id);
  });
});

describe('buildPublication: validation and default content', () => {
  it('rejects dangling contact ids and unknown languages', () => {
    const bad = input();
    bad.pages.en![0]!.blocks.push({ type: 'contact', contactId: 'nope' });
    bad.notices = [notice({ languages: ['xx'] })];
    expect(() => buildPublication(bad)).toThrow(PublicationInputError);
    try {
      buildPublication(bad);
    } catch (error) {
      expect((error as PublicationInputError).problems).toEqual([
        'page "pay" in "en" refers to unknown contact "nope"',
        'notice "n1" targets unknown language "xx"',
      ]);
    }
  });

  it('builds the shipped content: Finnish and English complete, Swedish partial, the rest missing', () => {
    const { manifest, files, id } = buildPublication(defaultPublicationInput('2026-11-28T00:00:00Z'));
    const status = Object.fromEntries(manifest.languages.map((l) => [l.code, l.status]));
    expect(status.fi).toBe('complete');
    expect(status.en).toBe('complete');
    expect(status.sv).toBe('partial');
    expect(manifest.languages.filter((l) => l.status === 'missing')).toHaveLength(
      manifest.languages.length - 3,
    );
    const ar = view(files, id, 'ar');
    expect(ar.pages).toHaveLength(12);
    expect(ar.pages.every((p) => p.lang === 'en' && p.dir === 'ltr' && p.status === 'missing')).toBe(true);
    expect(ar.ui.getHelpNow).toEqual({ text: 'Get help now', lang: 'en' });
    expect(view(files, id, 'sv').ui.getHelpNow).toEqual({ text: 'Få hjälp nu', lang: 'sv' });
  });
});
