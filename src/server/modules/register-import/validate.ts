/**
 * Checks every row of an import against its mapping: required fields, business ID check digits,
 * dates, known categories and site types, duplicates within the file. Pure: no database.
 */
import { badRequest } from '../../platform/errors.ts';
import { type Cell, FIELDS, type ParseContext } from './fields.ts';
import type { ImportKind } from './imports.table.ts';

export interface Problem {
  /** 1 = the first data row under the header. */
  row: number;
  field: string;
  problem: string;
}

export interface ValidRow {
  row: number;
  values: Record<string, Cell>;
}

export interface Checked {
  valid: ValidRow[];
  problems: Problem[];
  invalidRows: number;
}

/** Throws a 400 when the mapping names unknown fields or columns, or leaves a required field unmapped. */
export function checkMapping(
  kind: ImportKind,
  columns: readonly string[],
  mapping: Record<string, string>,
): void {
  const fields = FIELDS[kind];
  const problems: { path: string; message: string }[] = [];
  for (const [field, column] of Object.entries(mapping)) {
    if (!fields.some((f) => f.key === field))
      problems.push({ path: field, message: `no field "${field}" in a ${kind} import` });
    if (!columns.includes(column))
      problems.push({ path: field, message: `no column "${column}" in the file` });
  }
  for (const f of fields) {
    if (f.required && !mapping[f.key])
      problems.push({ path: f.key, message: 'required field is not mapped to a column' });
  }
  if (kind === 'worksites' && !mapping.companyBusinessId && !mapping.companyName) {
    problems.push({ path: 'companyBusinessId', message: 'map the company business ID or the company name' });
  }
  if (problems.length) throw badRequest('The column mapping is not usable', { problems });
}

/** Validates and converts rows; `rows` excludes the header. */
export function validateRows(
  kind: ImportKind,
  columns: readonly string[],
  rows: readonly string[][],
  mapping: Record<string, string>,
  ctx: ParseContext,
): Checked {
  const fields = FIELDS[kind].filter((f) => mapping[f.key]);
  const index = new Map(fields.map((f) => [f.key, columns.indexOf(mapping[f.key]!)]));
  const valid: ValidRow[] = [];
  const problems: Problem[] = [];
  const seenBusinessIds = new Map<string, number>();
  let invalidRows = 0;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!;
    const values: Record<string, Cell> = {};
    const before = problems.length;
    for (const field of fields) {
      const raw = (cells[index.get(field.key)!] ?? '').trim();
      if (!raw) {
        if (field.required)
          problems.push({ row: r + 1, field: field.key, problem: 'required value is empty' });
        values[field.key] = null;
        continue;
      }
      const parsed = field.parse(raw, ctx);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        problems.push({ row: r + 1, field: field.key, problem: parsed.problem });
      } else values[field.key] = parsed;
    }
    if (
      kind === 'worksites' &&
      !values.companyBusinessId &&
      !values.companyName &&
      problems.length === before
    ) {
      problems.push({
        row: r + 1,
        field: 'companyBusinessId',
        problem: 'no company: give its business ID or name',
      });
    }
    if (kind === 'companies' && typeof values.businessId === 'string') {
      const first = seenBusinessIds.get(values.businessId);
      if (first)
        problems.push({ row: r + 1, field: 'businessId', problem: `same business ID as row ${first}` });
      else seenBusinessIds.set(values.businessId, r + 1);
    }
    if (problems.length > before) invalidRows++;
    else valid.push({ row: r + 1, values });
  }
  return { valid, problems, invalidRows };
}
