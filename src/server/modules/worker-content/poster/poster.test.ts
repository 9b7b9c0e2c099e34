import jsqr from 'jsqr';
import { describe, expect, it } from 'vitest';
import { findLanguage, LANGUAGES } from '../../../../worker-app/content/languages.ts';
import { parseUnicodeRange } from './fonts.ts';
import { canRender, renderPoster } from './poster.ts';
import { darkRuns, posterUrl, qrMatrix, shortAddress } from './qr.ts';

// jsqr is a UMD bundle: under Node its default export arrives one level down.
type Decode = typeof import('jsqr').default;
const jsQR = ((jsqr as unknown as { default?: Decode }).default ?? jsqr) as Decode;

/** Draws a module matrix as RGBA pixels (with a quiet zone) for the decoder. */
function toPixels(matrix: boolean[][], scale = 4): { data: Uint8ClampedArray; size: number } {
  const size = (matrix.length + 8) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [r, row] of matrix.entries()) {
    for (const [c, dark] of row.entries()) {
      if (!dark) continue;
      for (let y = 0; y < scale; y++) {
        for (let x = 0; x < scale; x++) {
          const i = (((r + 4) * scale + y) * size + (c + 4) * scale + x) * 4;
          data[i] = 0;
          data[i + 1] = 0;
          data[i + 2] = 0;
        }
      }
    }
  }
  return { data, size };
}

describe('poster QR code', () => {
  it('opens the worker app in the poster language', () => {
    expect(posterUrl('https://silta.example.fi/', 'fa-AF')).toBe('https://silta.example.fi/help/?lang=fa-AF');
    expect(shortAddress('https://silta.example.fi/help/?lang=vi')).toBe('silta.example.fi/help/?lang=vi');
  });

  it.each(['vi', 'ar', 'zh-Hans'])('decodes back to the address for %s', (lang) => {
    const url = posterUrl('http://127.0.0.1:8080', lang);
    const { data, size } = toPixels(qrMatrix(url));
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('draws exactly the dark modules as horizontal runs', () => {
    const matrix = qrMatrix('http://127.0.0.1:8080/help/?lang=vi');
    const redrawn = matrix.map((row) => row.map(() => false));
    for (const [r, c, n] of darkRuns(matrix)) for (let i = 0; i < n; i++) redrawn[r]![c + i] = true;
    expect(redrawn).toEqual(matrix);
  });
});

describe('poster fonts', () => {
  it('parses unicode ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131')).toEqual([
      [0, 255],
      [0x131, 0x131],
    ]);
  });

  it('renders every language name in its own script except Chinese', () => {
    const unrenderable = LANGUAGES.filter((l) => !canRender(l.nativeName)).map((l) => l.code);
    expect(unrenderable).toEqual(['zh-Hans']);
  });
});

describe('renderPoster', () => {
  it('makes a one-page A4 PDF, also for a right-to-left language', async () => {
    const text = { fi: 'Suomeksi', en: 'In English' };
    const pdf = await renderPoster({
      language: findLanguage('ar')!,
      url: 'http://127.0.0.1:8080/help/?lang=ar',
      address: '127.0.0.1:8080/help/?lang=ar',
      appName: text,
      message: text,
      scan: text,
      danger: text,
    });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
    expect(raw).toContain('/Count 1');
  });
});
