/**
 * The uploaded file as a table: the accepted types and size, parsing by the declared type (content that
 * is not what the type says is refused), and the files parsed in this process, kept so that a node
 * parses an upload once.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError, badRequest, conflict } from '../../platform/errors.ts';
import { decodeText, parseCsv } from './csv.ts';
import { imports } from './imports.table.ts';
import { readXlsx } from './xlsx.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPES = ['text/csv', 'application/csv'];
/** Largest file accepted (bytes). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

type Table = { columns: string[]; rows: string[][] };
/**
 * Files parsed in this process, by import id and checksum: the upload parses the file once, and the
 * validation and the run on the same node reuse it instead of reading the stored bytes back and parsing
 * them again. A node that did not see the upload reads the stored file. At most a few are kept.
 */
const parsedFiles = new Map<string, { sha256: string; table: Table }>();
const PARSED_FILES_KEPT = 2;
export function rememberTable(id: string, sha256: string, table: Table) {
  parsedFiles.delete(id);
  parsedFiles.set(id, { sha256, table });
  while (parsedFiles.size > PARSED_FILES_KEPT) parsedFiles.delete(parsedFiles.keys().next().value!);
}

/** Drops the parsed file of an import that has ended. */
export function forgetTable(id: string) {
  parsedFiles.delete(id);
}

/** The import's table: the one parsed here, else the stored file parsed again. */
export async function tableOf(
  db: Db,
  row: { id: string; sha256: string; contentType: string },
): Promise<Table> {
  const kept = parsedFiles.get(row.id);
  if (kept && kept.sha256 === row.sha256) return kept.table;
  const [stored] = await db.select({ content: imports.content }).from(imports).where(eq(imports.id, row.id));
  if (!stored?.content) throw conflict('This import has ended; upload the file again');
  const table = readTable(stored.content, row.contentType);
  rememberTable(row.id, row.sha256, table);
  return table;
}

/** Parses the file by its declared type, refusing content that is not what the type says. */
export function readTable(bytes: Buffer, contentType: string): { columns: string[]; rows: string[][] } {
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  let table: string[][];
  if (contentType === XLSX_TYPE) {
    if (!zip) throw new AppError('unsupported_media_type', 'The file is not an XLSX workbook');
    try {
      table = readXlsx(bytes);
    } catch (error) {
      throw new AppError(
        'unsupported_media_type',
        `The XLSX file cannot be read: ${(error as Error).message}`,
      );
    }
  } else if (CSV_TYPES.includes(contentType)) {
    if (zip || bytes.includes(0)) throw new AppError('unsupported_media_type', 'The file is not CSV text');
    table = parseCsv(decodeText(bytes));
  } else {
    throw new AppError('unsupported_media_type', `Import CSV (text/csv) or XLSX (${XLSX_TYPE})`);
  }
  if (!table.length) throw badRequest('The file is empty');
  const seen = new Map<string, number>();
  const columns = table[0]!.map((raw, i) => {
    const base = raw.trim() || `column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base} (${n})` : base;
  });
  return { columns, rows: table.slice(1) };
}
