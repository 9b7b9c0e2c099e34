/**
 * A small PDF text extractor for tests (not used by the server): reads the page tree, inflates the
 * content streams, and maps each shown glyph code back to text through its font's ToUnicode CMap —
 * which is how a PDF reader's copy-and-paste and search find the text. Enough for the PDFs pdfkit
 * writes (Type0 fonts, Identity-H, hex strings in Tj/TJ); lines are runs that share a baseline.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const s = body.indexOf('stream');
    let stream: Buffer | null = null;
    let dict = body;
    if (s !== -1 && !body.slice(0, s).includes('endstream')) {
      dict = body.slice(0, s);
      let from = s + 'stream'.length;
      if (body[from] === '\r') from++;
      if (body[from] === '\n') from++;
      const to = body.lastIndexOf('endstream');
      const raw = Buffer.from(body.slice(from, to).replace(/\r?\n$/, ''), 'latin1');
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    out.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return out;
}

const hexToString = (hex: string) => {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
};

/** Glyph code → text, from a ToUnicode CMap (bfchar and both bfrange forms). */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(Number.parseInt(m[1]!, 16), hexToString(m[2]!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const lo = Number.parseInt(m[1]!, 16);
      const hi = Number.parseInt(m[2]!, 16);
      const target = m[3]!;
      if (target.startsWith('[')) {
        // An entry may hold several UTF-16 units separated by spaces (a ligature: <0066 0069>).
        const items = [...target.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((x) =>
          hexToString(x[1]!.replace(/\s/g, '')),
        );
        for (let c = lo; c <= hi && c - lo < items.length; c++) map.set(c, items[c - lo]!);
      } else {
        const base = Number.parseInt(target.slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(base + c - lo));
      }
    }
  }
  return map;
}

/** The text of every page, in page order; each page's lines joined with "\n". */
export function extractPdfText(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const ref = (dict: string, key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return m ? Number(m[1]) : null;
  };
  // Font resource names (pdfkit names them document-wide) → glyph maps.
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objs.values()) {
    for (const m of dict.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const font = objs.get(Number(m[2]));
      const toUnicode = font ? ref(font.dict, 'ToUnicode') : null;
      const cmap = toUnicode !== null ? objs.get(toUnicode)?.stream : null;
      if (cmap && !fonts.has(m[1]!)) fonts.set(m[1]!, parseCMap(cmap.toString('latin1')));
    }
  }
  // Pages in the order of the page tree.
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const pages: number[] = [];
  const walk = (id: number) => {
    const node = objs.get(id);
    if (!node) return;
    if (/\/Type\s*\/Pages/.test(node.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    } else pages.push(id);
  };
  const root = catalog ? ref(catalog.dict, 'Pages') : null;
  if (root !== null) walk(root);
  return pages.map((id) => {
    const page = objs.get(id)!;
    const contents = ref(page.dict, 'Contents');
    const content = contents !== null ? (objs.get(contents)?.stream?.toString('latin1') ?? '') : '';
    const lines: { y: string; text: string }[] = [];
    let font: Map<number, string> | undefined;
    let y = '';
    const ops =
      /\/(F\d+)\s+[\d.]+\s+Tf|([-\d.]+)\s+([-\d.]+)\s+Tm|(\[(?:[^\]]*)\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g;
    for (const m of content.matchAll(ops)) {
      if (m[1]) font = fonts.get(m[1]);
      else if (m[3]) y = m[3];
      else if (m[4]) {
        const text = [...m[4].matchAll(/<([0-9a-fA-F]*)>/g)]
          .flatMap((h) => h[1]!.match(/.{4}/g) ?? [])
          .map((code) => font?.get(Number.parseInt(code, 16)) ?? '\ufffd')
          .join('');
        const last = lines.at(-1);
        if (last && last.y === y) last.text += text;
        else lines.push({ y, text });
      }
    }
    return lines.map((l) => l.text).join('\n');
  });
}
