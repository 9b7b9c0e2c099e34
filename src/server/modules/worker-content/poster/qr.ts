/**
 * The poster's QR code as a plain matrix (pure, so a test can decode it) and the address it holds.
 */
import QRCode from 'qrcode';

/** The address a poster's QR code opens: the worker app, straight in the poster's language. */
export function posterUrl(publicUrl: string, lang: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/help/?lang=${encodeURIComponent(lang)}`;
}

/** The address as printed under the code: without the scheme, easy to type. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/**
 * Dark modules of the QR code for `text`, row by row (true = dark). Error correction M: a poster may be
 * creased or partly covered, yet the code stays small enough for a phone at arm's length.
 */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let r = 0; r < modules.size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < modules.size; c++) row.push(Boolean(modules.get(r, c)));
    rows.push(row);
  }
  return rows;
}

/** Horizontal runs of dark modules, [row, firstColumn, length]: fewer rectangles, no hairline seams. */
export function darkRuns(matrix: readonly boolean[][]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  matrix.forEach((row, r) => {
    let start = -1;
    row.forEach((dark, c) => {
      if (dark && start < 0) start = c;
      if ((!dark || c === row.length - 1) && start >= 0) {
        runs.push([r, start, (dark ? c + 1 : c) - start]);
        start = -1;
      }
    });
  });
  return runs;
}
