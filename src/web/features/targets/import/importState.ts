/**
 * The import page as data: the mapping the user edits (starting from the server's suggestion), what
 * still stops validation (a required field without a column), and progress as a percentage. Pure.
 */
import type { ImportJob } from '../targets.types.ts';

export interface ImportField {
  key: string;
  required: boolean;
}

/** Field keys whose required column is missing from the mapping. */
export function unmappedRequired(fields: ImportField[], mapping: Record<string, string>): string[] {
  return fields.filter((field) => field.required && !mapping[field.key]).map((field) => field.key);
}

/** Only mapped fields, and each column at most once (the later choice wins). */
export function cleanMapping(mapping: Record<string, string>): Record<string, string> {
  const byColumn = new Map<string, string>();
  for (const [field, column] of Object.entries(mapping)) if (column) byColumn.set(column, field);
  return Object.fromEntries([...byColumn].map(([column, field]) => [field, column]));
}

/** 0–100 over both phases (checking rows, then writing them), never past 100. */
export function progressPercent(job: Pick<ImportJob, 'status' | 'phase' | 'rowsDone' | 'totalRows'>): number {
  if (job.status === 'done') return 100;
  if (job.status !== 'running' || job.totalRows <= 0) return 0;
  const part = Math.min(1, job.rowsDone / job.totalRows);
  return Math.round((job.phase === 'writing' ? 50 + part * 50 : part * 50) * 10) / 10;
}

export interface ImportReport {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  problemCount: number;
  problems: { row: number; field: string; problem: string }[];
  create: number;
  link: number;
}

/** The report as the server stores it (a JSON object), read defensively. */
export function readReport(job: Pick<ImportJob, 'report'>): ImportReport | null {
  const r = job.report as Partial<ImportReport> | null;
  if (!r || typeof r.totalRows !== 'number') return null;
  return {
    totalRows: r.totalRows,
    validRows: r.validRows ?? 0,
    invalidRows: r.invalidRows ?? 0,
    problemCount: r.problemCount ?? 0,
    problems: Array.isArray(r.problems) ? r.problems : [],
    create: r.create ?? 0,
    link: r.link ?? 0,
  };
}
