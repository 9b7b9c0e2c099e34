/**
 * Checking an import without writing anything: the mapping, the options (classification, secrecy
 * basis, categories, retention), every row validated and matched to existing targets in batches, and
 * the report the user reviews (row, field and problem; what would be created or linked).
 */
import type { Db } from '../../platform/db/client.ts';
import { badRequest } from '../../platform/errors.ts';
import { getCompetenceConfig } from '../competence/competence.service.ts';
import type { ImportRow } from './import.access.ts';
import { tableOf } from './import.file.ts';
import type { ImportKind } from './imports.table.ts';
import { type ResolvedRow, Resolver } from './resolve.ts';
import { checkMapping, type Problem, validateRows } from './validate.ts';
import type { ImportOptions } from './write.ts';

/** Problems kept in a report (the counts are always complete). */
const REPORT_PROBLEMS = 500;
const RESOLVE_BATCH = 5_000;

export interface ValidateInput {
  mapping: Record<string, string>;
  classification?: ImportOptions['classification'] | undefined;
  secrecyBasis?: string | undefined;
  categories?: string[] | undefined;
  retentionUntil?: string | undefined;
}

async function resolveOptions(db: Db, kind: ImportKind, input: ValidateInput) {
  const config = await getCompetenceConfig(db);
  const known = new Set(config.categories.map((c) => c.code));
  const classification = input.classification ?? (kind === 'observations' ? 'restricted' : 'public');
  const categories = input.categories ?? [];
  const unknown = categories.filter((c) => !known.has(c));
  if (unknown.length) throw badRequest(`Unknown data categories: ${unknown.join(', ')}`);
  if (kind === 'observations' && classification !== 'public' && !input.secrecyBasis) {
    throw badRequest('A restricted or secret import needs its secrecy basis', {
      problems: [{ path: 'secrecyBasis', message: 'required for restricted and secret records' }],
    });
  }
  const retention =
    input.retentionUntil ?? new Date(Date.now() + 5 * 365.25 * 86_400_000).toISOString().slice(0, 10);
  const options: ImportOptions = {
    classification,
    secrecyBasis: input.secrecyBasis,
    categories,
    retentionUntil: retention,
  };
  return { options, known };
}

interface Analysis {
  resolved: ResolvedRow[];
  problems: Problem[];
  invalidRows: number;
  report: Record<string, unknown>;
}

/** Checks and matches every row (no writes); `onProgress` gets rows done. */
export async function analyse(
  db: Db,
  row: ImportRow,
  input: ValidateInput,
  onProgress?: (done: number) => Promise<void> | void,
): Promise<Analysis & { options: ImportOptions }> {
  const { columns, rows } = await tableOf(db, row);
  checkMapping(row.kind, columns, input.mapping);
  const { options, known } = await resolveOptions(db, row.kind, input);
  const checked = validateRows(row.kind, columns, rows, input.mapping, { categories: known });
  if (row.kind === 'observations' && !options.categories.length) {
    for (const v of [...checked.valid]) {
      if (!(v.values.categories as string[] | null)?.length) {
        checked.problems.push({
          row: v.row,
          field: 'categories',
          problem: 'no data category (give one per row or for the import)',
        });
        checked.valid.splice(checked.valid.indexOf(v), 1);
        checked.invalidRows++;
      }
    }
    checked.problems.sort((a, b) => a.row - b.row);
  }
  const resolver = new Resolver(db);
  const resolved: ResolvedRow[] = [];
  for (let i = 0; i < checked.valid.length; i += RESOLVE_BATCH) {
    resolved.push(...(await resolver.resolve(row.kind, checked.valid.slice(i, i + RESOLVE_BATCH))));
    await onProgress?.(
      Math.min(
        rows.length,
        Math.round(((i + RESOLVE_BATCH) / Math.max(1, checked.valid.length)) * rows.length),
      ),
    );
  }
  const links = resolved.filter(
    (r) => r.target.action === 'link' || (row.kind !== 'companies' && r.companyId),
  );
  const report = {
    totalRows: rows.length,
    validRows: checked.valid.length,
    invalidRows: checked.invalidRows,
    problemCount: checked.problems.length,
    problems: checked.problems.slice(0, REPORT_PROBLEMS),
    create: resolved.filter((r) => r.target.action === 'create').length,
    link: resolved.filter((r) => r.target.action === 'link').length,
    companyLinks: resolved.filter((r) => r.companyId && row.kind !== 'companies').length,
    matches: links.slice(0, 100).map((r) => ({
      row: r.row,
      target: r.target,
      companyId: r.companyId,
      companyVia: r.companyVia,
    })),
    warnings: resolved
      .filter((r) => r.warning)
      .slice(0, REPORT_PROBLEMS)
      .map((r) => ({ row: r.row, warning: r.warning })),
  };
  return { resolved, problems: checked.problems, invalidRows: checked.invalidRows, report, options };
}
