import { describe, expect, it } from 'vitest';
import { CONTACTS } from './contacts.ts';
import { LANGUAGES } from './languages.ts';
import { TOPICS } from './pages/index.ts';
import { UI_KEYS, UI_STRINGS } from './ui-strings.ts';

const TEM_BROCHURE = [
  'fi',
  'sv',
  'en',
  'ru',
  'uk',
  'ne',
  'th',
  'fr',
  'ar',
  'sq',
  'uz',
  'vi',
  'zh-Hans',
  'tr',
  'fa',
  'ckb',
  'bn',
  'fa-AF',
  'hi',
  'ur',
  'so',
  'bs',
  'es',
  'pt',
];

function words(texts: string[]): number {
  return texts.join(' ').split(/\s+/).filter(Boolean).length;
}

describe('languages', () => {
  it('are Finnish + at least 25, including the 24 of the TEM brochure and et, ro, pl', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length - 1).toBeGreaterThanOrEqual(25);
    for (const code of [...TEM_BROCHURE, 'et', 'ro', 'pl']) expect(codes).toContain(code);
  });

  it('mark the right-to-left languages', () => {
    const rtl = LANGUAGES.filter((l) => l.dir === 'rtl')
      .map((l) => l.code)
      .sort();
    expect(rtl).toEqual(['ar', 'ckb', 'fa', 'fa-AF', 'ur']);
  });
});

describe('pages', () => {
  it('exist in Finnish and English with the same slug, sources and a sensible length', () => {
    const slugs = TOPICS.map((t) => t.en.slug);
    expect(new Set(slugs).size).toBe(12);
    for (const topic of TOPICS) {
      expect(topic.fi.slug).toBe(topic.en.slug);
      for (const page of [topic.fi, topic.en]) {
        expect(page.sources.length).toBeGreaterThan(0);
        for (const url of page.sources) expect(url).toMatch(/^https?:\/\//);
        expect(page.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const texts = page.blocks.flatMap((b) =>
          b.type === 'p' || b.type === 'callout' ? [b.text] : b.type === 'list' ? b.items : [],
        );
        const count = words([page.title, page.summary, ...texts]);
        expect(count, `${page.slug}: ${count} words`).toBeGreaterThanOrEqual(80);
        expect(count, `${page.slug}: ${count} words`).toBeLessThanOrEqual(350);
      }
    }
  });

  it('refer only to known contacts', () => {
    const ids = new Set(CONTACTS.map((c) => c.id));
    for (const topic of TOPICS) {
      for (const block of [...topic.fi.blocks, ...topic.en.blocks]) {
        if (block.type === 'contact') expect(ids.has(block.contactId), block.contactId).toBe(true);
      }
    }
  });
});

describe('contacts and interface texts', () => {
  it('have the FACTS.md numbers', () => {
    const byId = new Map(CONTACTS.map((c) => [c.id, c]));
    expect(byId.get('assistance-system')?.phoneDisplay).toBe('+358 2954 63177');
    expect(byId.get('assistance-system')?.email).toBe('ihmiskauppa.auttamisjarjestelma@migri.fi');
    expect(byId.get('victim-support')?.phoneDisplay).toBe('116 006');
    expect(byId.get('osh-telephone')?.phoneDisplay).toBe('0295 016 620');
    expect(byId.get('sak-advice')?.phoneDisplay).toBe('0800 414 004');
    expect(byId.get('police-thb-tips')?.email).toBe('ihmiskauppa@poliisi.fi');
    expect(byId.get('emergency-112')?.phone).toBe('112');
  });

  it('are complete in Finnish and English', () => {
    for (const key of UI_KEYS) {
      expect(UI_STRINGS.en?.[key], key).toBeTruthy();
      expect(UI_STRINGS.fi?.[key], key).toBeTruthy();
    }
  });
});
