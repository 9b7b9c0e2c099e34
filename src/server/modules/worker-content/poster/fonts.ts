/**
 * The fonts embedded in posters: Noto Sans from the @fontsource packages (SIL Open Font License),
 * which ship each script as a separate subset file with the unicode-range a browser would use. The
 * same ranges pick the file for each character here. Covered: Latin (with Vietnamese), Cyrillic,
 * Devanagari, Arabic script, Bengali and Thai. Not covered: Chinese — a CJK font is ~70 MB as an npm
 * package, so a Chinese poster names its language in English (docs/WORKER-APP.md).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface FontFace {
  /** The name registered in the PDF document, e.g. "noto-sans-latin-700". */
  name: string;
  weight: 400 | 700;
  covers(codePoint: number): boolean;
  load(): Buffer;
}

/** [package, subset] in the order characters are matched (first that covers wins). */
const SUBSETS: [string, string][] = [
  ['noto-sans', 'latin'],
  ['noto-sans', 'latin-ext'],
  ['noto-sans', 'vietnamese'],
  ['noto-sans', 'cyrillic'],
  ['noto-sans', 'cyrillic-ext'],
  ['noto-sans', 'devanagari'],
  ['noto-sans-arabic', 'arabic'],
  ['noto-sans-bengali', 'bengali'],
  ['noto-sans-thai', 'thai'],
];

/** Parses a CSS unicode-range ("U+0000-00FF,U+0131") into [from, to] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from!, 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });
}

const buffers = new Map<string, Buffer>();

function face(pkg: string, subset: string, weight: 400 | 700): FontFace {
  const ranges = JSON.parse(
    fs.readFileSync(require.resolve(`@fontsource/${pkg}/unicode.json`), 'utf8'),
  ) as Record<string, string>;
  const pairs = parseUnicodeRange(ranges[subset] ?? '');
  const file = `@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`;
  const name = `${pkg}-${subset}-${weight}`;
  return {
    name,
    weight,
    covers: (cp) => pairs.some(([a, b]) => cp >= a && cp <= b),
    load: () => {
      let buffer = buffers.get(name);
      if (!buffer) {
        buffer = fs.readFileSync(require.resolve(file));
        buffers.set(name, buffer);
      }
      return buffer;
    },
  };
}

let faces: Record<400 | 700, FontFace[]> | undefined;

/** The font stack of a weight, in matching order. */
export function fontStack(weight: 400 | 700): FontFace[] {
  faces ??= {
    400: SUBSETS.map(([pkg, subset]) => face(pkg, subset, 400)),
    700: SUBSETS.map(([pkg, subset]) => face(pkg, subset, 700)),
  };
  return faces[weight];
}
