import { describe, expect, it } from 'vitest';
import { mirror, splitRuns, visualRuns, visualWords, wrap } from './text-layout.ts';

/** Font 0 covers ASCII, font 1 Arabic, font 2 Latin-1 letters. */
const covers = (font: number, cp: number) =>
  font === 0 ? cp < 0x80 : font === 1 ? cp >= 0x600 && cp <= 0x6ff : cp >= 0xc0 && cp <= 0x17f;

describe('text layout', () => {
  it('splits a text into runs by the font that covers each character', () => {
    expect(splitRuns('کوردی (سۆرانی)', 3, covers)).toEqual([
      { text: 'کوردی', font: 1 },
      { text: ' (', font: 0 },
      { text: 'سۆرانی', font: 1 },
      { text: ')', font: 0 },
    ]);
    expect(splitRuns('Română', 3, covers)).toEqual([
      { text: 'Rom', font: 0 },
      { text: 'â', font: 2 },
      { text: 'n', font: 0 },
      { text: 'ă', font: 2 },
    ]);
    expect(splitRuns('中文', 3, covers)).toBeNull();
  });

  it('composes characters first and keeps combining marks with their base character', () => {
    expect(splitRuns('e\u0301', 3, covers)).toEqual([{ text: 'é', font: 2 }]);
    expect(splitRuns('\u0628\u064e', 3, covers)).toEqual([{ text: '\u0628\u064e', font: 1 }]);
  });

  it('wraps by width and breaks a word that is wider than a line', () => {
    const measure = (s: string) => s.length;
    expect(wrap('aa bb cc dd', 5, measure, 1)).toEqual([
      ['aa', 'bb'],
      ['cc', 'dd'],
    ]);
    expect(wrap('abcdefgh', 3, measure, 1)).toEqual([['abc'], ['def'], ['gh']]);
  });

  it('orders right-to-left lines, keeping left-to-right sequences in their order', () => {
    expect(visualWords(['حقوقك', 'في', 'العمل'], 'rtl')).toEqual(['العمل', 'في', 'حقوقك']);
    expect(visualWords(['اتصل', 'Work', 'in', 'Finland', '112'], 'rtl')).toEqual([
      'Work',
      'in',
      'Finland',
      '112',
      'اتصل',
    ]);
    expect(visualWords(['a', 'b'], 'ltr')).toEqual(['a', 'b']);
  });

  it('reverses and mirrors the runs of a right-to-left word', () => {
    const runs = [
      { text: '(', font: 0 },
      { text: 'سۆرانی', font: 1 },
      { text: ')', font: 0 },
    ];
    expect(visualRuns(runs, '(سۆرانی)').map((r) => r.text)).toEqual(['(', 'سۆرانی', ')']);
    expect(mirror('(a]')).toBe(')a[');
  });
});
