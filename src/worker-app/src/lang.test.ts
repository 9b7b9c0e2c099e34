import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../content/languages.ts';
import type { ManifestLanguage } from '../content/types.ts';
import { matchLanguage, suggestLanguages } from './lang.ts';

const languages: ManifestLanguage[] = LANGUAGES.map((l) => ({ ...l, status: 'missing' }));
const code = (tag: string) => matchLanguage(tag, languages)?.code;

describe('matchLanguage', () => {
  it('matches exact codes case-insensitively, and region tags by their base language', () => {
    expect(code('vi')).toBe('vi');
    expect(code('VI')).toBe('vi');
    expect(code('vi-VN')).toBe('vi');
    expect(code('pt-BR')).toBe('pt');
    expect(code('en-GB')).toBe('en');
  });

  it('tells Dari from Farsi, and knows other names of our languages', () => {
    expect(code('fa-AF')).toBe('fa-AF');
    expect(code('fa-IR')).toBe('fa');
    expect(code('prs')).toBe('fa-AF');
    expect(code('zh-CN')).toBe('zh-Hans');
    expect(code('zh')).toBe('zh-Hans');
    expect(code('tl')).toBe('fil');
    expect(code('ku')).toBe('ckb');
  });

  it('finds nothing for languages we do not have', () => {
    expect(code('de')).toBeUndefined();
    expect(code('')).toBeUndefined();
  });
});

describe('suggestLanguages', () => {
  it('keeps the browser order and drops duplicates and unknown languages', () => {
    const suggested = suggestLanguages(['vi-VN', 'vi', 'de-DE', 'en-US', 'en'], languages).map((l) => l.code);
    expect(suggested).toEqual(['vi', 'en']);
  });
});
