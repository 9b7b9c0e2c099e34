/**
 * CSV reading for imports: RFC 4180 quoting (quotes, doubled quotes, line breaks inside quotes),
 * the delimiter guessed from the header line (`;` as Finnish Excel writes it, `,`, tab or `|`),
 * a UTF-8 BOM dropped, and Windows-1252 assumed when the bytes are not valid UTF-8.
 */

/** Decodes the file: UTF-8 (BOM dropped) or, when that is not valid, Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The most frequent of ; , tab | outside quotes on the first line. */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![1] > 0
    ? [...counts].sort((a, b) => b[1] - a[1])[0]![0]
    : ',';
}

/** Parses CSV text into rows of cells; empty trailing lines are dropped. */
export function parseCsv(text: string, delimiter = guessDelimiter(text)): string[][] {
  // Most files quote nothing: then lines and cells are plain splits (several times faster).
  if (!text.includes('"')) {
    return text
      .split(/\r?\n|\r/)
      .map((line) => line.split(delimiter))
      .filter((r) => r.some((c) => c.trim() !== ''));
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}
