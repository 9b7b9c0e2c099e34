/**
 * A printable A4 poster per language: the app's name, the language's own name in its own script, a
 * short message in the language (only if a real translation of it exists), Finnish and English, a QR
 * code that opens the app in that language, and the address in text.
 */
import PDFDocument from 'pdfkit';
import type { Language } from '../../../../worker-app/content/types.ts';
import { type FontFace, fontStack } from './fonts.ts';
import { darkRuns, qrMatrix } from './qr.ts';
import { type Run, splitRuns, visualRuns, visualWords, wrap } from './text-layout.ts';

/** A text in the poster language (if translated), Finnish and English. */
export interface PosterText {
  own?: string | undefined;
  fi: string;
  en: string;
}

export interface PosterContent {
  language: Language;
  /** What the QR code opens. */
  url: string;
  /** The address printed under the code. */
  address: string;
  appName: PosterText;
  message: PosterText;
  scan: PosterText;
  danger: PosterText;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const BRAND = '#0b4f8a';
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const DANGER = '#a4161a';

interface Style {
  size: number;
  weight: 400 | 700;
  color: string;
  dir?: 'ltr' | 'rtl';
  lineHeight?: number;
}

/** Can every character of `text` be drawn with the embedded fonts? */
export function canRender(text: string): boolean {
  const stack = fontStack(400);
  return splitRuns(text, stack.length, (i, cp) => stack[i]!.covers(cp)) !== null;
}

/** Renders the poster; resolves with the PDF bytes. */
export async function renderPoster(content: PosterContent): Promise<Buffer> {
  const { language } = content;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    lang: language.code,
    info: {
      Title: `${content.appName.en} — ${language.englishName}`,
      Subject: content.url,
      Creator: 'Silta',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer = new TextWriter(doc);
  const width = A4.width - 2 * MARGIN;

  // Header band: the app's name in English and Finnish.
  doc.rect(0, 0, A4.width, 118).fill(BRAND);
  let y = writer.paragraph(content.appName.en, 52, width, { size: 26, weight: 700, color: '#ffffff' });
  writer.paragraph(content.appName.fi, y + 6, width, { size: 17, weight: 400, color: '#ffffff' });

  // The language, in its own name and script (its English name if the script has no embedded font).
  const ownName = canRender(language.nativeName) ? language.nativeName : language.englishName;
  y = writer.paragraph(ownName, 186, width, { size: 44, weight: 700, color: INK, dir: language.dir });
  if (ownName !== language.englishName) {
    y = writer.paragraph(language.englishName, y + 4, width, { size: 16, weight: 400, color: MUTED });
  }

  y += 22;
  y = writer.texts(content.message, y, width, language.dir, { size: 13, weight: 400, color: INK });

  // The QR code, centred, with its quiet zone.
  const qrSize = 280;
  y += 16;
  drawQr(doc, content.url, (A4.width - qrSize) / 2, y, qrSize);
  y += qrSize + 10;
  y = writer.texts(content.scan, y, width, language.dir, {
    size: 10,
    weight: 400,
    color: MUTED,
    lineHeight: 1.3,
  });
  y = writer.paragraph(content.address, y + 8, width, { size: 18, weight: 700, color: BRAND });

  writer.texts(content.danger, Math.max(y + 20, A4.height - 110), width, language.dir, {
    size: 14,
    weight: 700,
    color: DANGER,
  });

  doc.end();
  return done;
}

/** Draws the QR code's dark modules inside a white square with a 4-module quiet zone. */
function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const matrix = qrMatrix(url);
  const module = size / (matrix.length + 8);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (const [row, col, length] of darkRuns(matrix)) {
    doc.rect(x + (col + 4) * module, y + (row + 4) * module, length * module, module);
  }
  doc.fill('#000000');
}

/** Centred paragraphs with font fallback and right-to-left lines. */
class TextWriter {
  private readonly registered = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** The language's own text (if any), then Finnish and English; returns the y below them. */
  texts(text: PosterText, y: number, width: number, dir: 'ltr' | 'rtl', style: Style): number {
    let next = y;
    if (text.own && canRender(text.own)) next = this.paragraph(text.own, next, width, { ...style, dir }) + 8;
    next = this.paragraph(text.fi, next, width, style) + 4;
    return this.paragraph(text.en, next, width, style);
  }

  /** Draws `text` centred between the margins from `top`; returns the y below the last line. */
  paragraph(text: string, top: number, width: number, style: Style): number {
    const stack = fontStack(style.weight);
    const runsOf = (word: string): Run[] =>
      splitRuns(word, stack.length, (i, cp) => stack[i]!.covers(cp)) ?? [{ text: word, font: 0 }];
    const measureRuns = (runs: Run[]) =>
      runs.reduce((sum, r) => sum + this.use(stack[r.font]!, style.size).widthOfString(r.text), 0);
    const measure = (word: string) => measureRuns(runsOf(word));
    const space = this.use(stack[0]!, style.size).widthOfString(' ');
    const lineHeight = style.size * (style.lineHeight ?? 1.35);
    const lines = wrap(text, width, measure, space);
    let baseline = top + style.size;
    for (const line of lines) {
      const words = visualWords(line, style.dir ?? 'ltr');
      const total = words.reduce((sum, w) => sum + measure(w), 0) + space * (words.length - 1);
      let x = MARGIN + (width - total) / 2;
      for (const word of words) {
        for (const run of visualRuns(runsOf(word), word)) {
          const font = this.use(stack[run.font]!, style.size);
          font
            .fillColor(style.color)
            .text(run.text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
          x += font.widthOfString(run.text);
        }
        x += space;
      }
      baseline += lineHeight;
    }
    return baseline - lineHeight + style.size * 0.35;
  }

  private use(face: FontFace, size: number): PDFKit.PDFDocument {
    if (!this.registered.has(face.name)) {
      this.doc.registerFont(face.name, face.load());
      this.registered.add(face.name);
    }
    return this.doc.font(face.name).fontSize(size);
  }
}
