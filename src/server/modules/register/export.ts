/**
 * Export of a search result (CSV or XLSX), streamed: the same permission-scoped search pages through
 * the whole result by keyset, 500 rows at a time, up to EXPORT_MAX_ROWS. Only items the actor may
 * see — never hits. Each batch is audited with the ids it holds BEFORE it is sent, so nothing leaves
 * without a trace even if the download is cut short.
 */
import { auditRead } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import type { TSearchFilters } from './search.schemas.ts';
import { describeQuery, type SearchItem, searchPage } from './search.service.ts';
import { type Cell, xlsxStream } from './xlsx.ts';

export const EXPORT_MAX_ROWS = 100_000;
const BATCH = 500;

const TARGET_COLUMNS = [
  'type',
  'id',
  'name',
  'business_id',
  'municipality',
  'tol_code',
  'site_type',
  'company_id',
  'under_18',
  'owner_authority',
  'classification',
  'visible_records',
];
const RECORD_COLUMNS = [
  'id',
  'kind',
  'owner_authority',
  'classification',
  'secrecy_basis',
  'categories',
  'title',
  'body',
  'created_at',
  'retention_until',
  'targets',
];

export const exportColumns = (filters: TSearchFilters) =>
  filters.type === 'record' ? RECORD_COLUMNS : TARGET_COLUMNS;

function cells(item: SearchItem): Cell[] {
  if (item.kind === 'record') {
    const r = item.record;
    return [
      r.id,
      r.kind,
      r.ownerAuthority,
      r.classification,
      r.secrecyBasis,
      r.categories.join(' '),
      r.title,
      r.body,
      r.createdAt,
      r.retentionUntil,
      r.targets.map((t) => `${t.type}:${t.id}`).join(' '),
    ];
  }
  return [
    item.type,
    item.id,
    item.name,
    item.businessId,
    item.municipality,
    item.tolCode,
    item.siteType,
    item.companyId,
    item.under18 === null ? null : String(item.under18),
    item.ownerAuthority,
    item.classification,
    item.records,
  ];
}

const itemId = (item: SearchItem) => (item.kind === 'record' ? item.record.id : item.id);

/** The result in batches of rows; each batch audited with its ids before it is handed on. */
export async function* exportBatches(
  db: Db,
  actor: Actor,
  filters: TSearchFilters,
  format: 'csv' | 'xlsx',
  requestId: string,
): AsyncGenerator<Cell[][]> {
  let cursor: string | undefined;
  let sent = 0;
  let batch = 0;
  do {
    const limit = Math.min(BATCH, EXPORT_MAX_ROWS - sent);
    const page = await searchPage(db, actor, { ...filters, ...(cursor ? { cursor } : {}), limit });
    if (!page.items.length) break;
    await auditRead(db, {
      action: 'search.export',
      actor,
      requestId,
      details: { format, query: describeQuery(filters), batch: ++batch, ids: page.items.map(itemId) },
    });
    sent += page.items.length;
    yield page.items.map(cells);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sent < EXPORT_MAX_ROWS);
}

/** One CSV field (RFC 4180); text that a spreadsheet would run as a formula is defused with a '. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (row: Cell[]) => `${row.map(csvField).join(',')}\r\n`;

export async function* csvStream(header: string[], batches: AsyncIterable<Cell[][]>): AsyncGenerator<string> {
  yield `\ufeff${csvLine(header)}`;
  for await (const rows of batches) yield rows.map(csvLine).join('');
}

/** The file as a stream of chunks, with its content type and a file name. */
export function exportSearch(
  db: Db,
  actor: Actor,
  filters: TSearchFilters,
  format: 'csv' | 'xlsx',
  requestId: string,
) {
  const header = exportColumns(filters);
  const batches = exportBatches(db, actor, filters, format, requestId);
  const day = new Date().toISOString().slice(0, 10);
  return format === 'csv'
    ? {
        contentType: 'text/csv; charset=utf-8',
        filename: `silta-search-${day}.csv`,
        body: csvStream(header, batches),
      }
    : {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filename: `silta-search-${day}.xlsx`,
        body: xlsxStream(header, batches),
      };
}
