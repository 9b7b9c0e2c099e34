/**
 * Just enough text layout for a poster, on top of a PDF library that shapes one run in one font:
 * - splitting a text into runs by the font that covers each character (font fallback);
 * - word wrapping by measured width (a word wider than a line is broken between characters, which
 *   also covers scripts written without spaces, such as Thai);
 * - a simplified bidi for right-to-left paragraphs: words are placed from right to left, a sequence of
 *   left-to-right words (a number, a Latin name) keeps its own order, and brackets are mirrored. The
 *   font engine itself orders the glyphs inside a right-to-left run.
 * This is not the full Unicode bidi algorithm; it is enough for names and short messages.
 */

export interface Run {
  text: string;
  /** Index of the font in the stack. */
  font: number;
}

/** Combining marks and joiners stay in the font of the character before them. */
const ATTACHES = /[\p{M}\u200c\u200d]/u;
const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const STRONG_LTR = /[\p{L}\p{N}]/u;
const MIRROR: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '«': '»',
  '»': '«',
};

/**
 * Splits `text` into runs of one font each; `covers(i, cp)` says whether font i has the character.
 * Returns null when a character is covered by no font (the caller then uses another text).
 */
export function splitRuns(
  text: string,
  fonts: number,
  covers: (font: number, cp: number) => boolean,
): Run[] | null {
  const runs: Run[] = [];
  // Precomposed forms first: "e" + combining acute becomes "é", which the Latin font has.
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    const last = runs.at(-1);
    if (last && ATTACHES.test(ch) && covers(last.font, cp)) {
      last.text += ch;
      continue;
    }
    let font = -1;
    if (last && covers(last.font, cp) && !/\s/.test(ch)) font = last.font;
    else for (let i = 0; i < fonts && font < 0; i++) if (covers(i, cp)) font = i;
    if (font < 0) return null;
    if (last && last.font === font) last.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs;
}

export const isRtlWord = (word: string): boolean => STRONG_RTL.test(word);

/** Mirrors brackets, as a right-to-left context shows them. */
export const mirror = (text: string): string => [...text].map((c) => MIRROR[c] ?? c).join('');

/**
 * Greedy word wrap. `measure` gives a word's width; a word wider than `maxWidth` is broken between
 * characters (grapheme-safe enough for the scripts above: marks stay with their base character).
 */
export function wrap(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
  space: number,
): string[][] {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => breakLong(w, maxWidth, measure));
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const word of words) {
    const w = measure(word);
    if (line.length > 0 && width + space + w > maxWidth) {
      lines.push(line);
      line = [];
      width = 0;
    }
    width += (line.length > 0 ? space : 0) + w;
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function breakLong(word: string, maxWidth: number, measure: (s: string) => number): string[] {
  if (measure(word) <= maxWidth) return [word];
  const clusters = word.match(/\P{M}\p{M}*/gu) ?? [word];
  const parts: string[] = [];
  let part = '';
  for (const c of clusters) {
    if (part && measure(part + c) > maxWidth) {
      parts.push(part);
      part = '';
    }
    part += c;
  }
  if (part) parts.push(part);
  return parts;
}

/**
 * The words of one line in the order they are drawn from left to right. In a right-to-left paragraph
 * the words are reversed, except that consecutive left-to-right words keep their order.
 */
export function visualWords(words: readonly string[], dir: 'ltr' | 'rtl'): string[] {
  if (dir === 'ltr') return [...words];
  const groups: { ltr: boolean; words: string[] }[] = [];
  for (const word of words) {
    const ltr = !isRtlWord(word) && STRONG_LTR.test(word);
    const last = groups.at(-1);
    if (ltr && last?.ltr) last.words.push(word);
    else groups.push({ ltr, words: [word] });
  }
  return groups.reverse().flatMap((g) => g.words);
}

/** The runs of one word in drawing order: a right-to-left word draws its runs reversed and mirrored. */
export function visualRuns(runs: readonly Run[], word: string): Run[] {
  if (!isRtlWord(word)) return [...runs];
  return [...runs].reverse().map((r) => (isRtlWord(r.text) ? r : { ...r, text: mirror(r.text) }));
}
