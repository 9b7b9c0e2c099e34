/** zod schemas of the import API: validation and OpenAPI from one source. */
import { z } from 'zod';

export const ZImportKind = z.enum(['companies', 'worksites', 'observations']);

export const ZUploadQuery = z.object({
  kind: ZImportKind,
  fileName: z.string().trim().min(1).max(200).default('import'),
});

export const ZValidateBody = z.object({
  /** Field key → column header in the file. */
  mapping: z.record(z.string().max(60), z.string().max(200)),
  classification: z.enum(['public', 'restricted', 'secret']).optional(),
  secrecyBasis: z.string().trim().max(200).optional(),
  /** Data categories given to every imported record (rows may add their own). */
  categories: z.array(z.string().min(1).max(80)).max(10).optional(),
  retentionUntil: z.iso.date().optional(),
});

export const ZRunBody = z.object({ mode: z.enum(['all_or_nothing', 'skip_invalid']) });

const ZJson = z.record(z.string(), z.unknown());

export const ZImport = z.object({
  id: z.string(),
  kind: ZImportKind,
  status: z.enum(['uploaded', 'validated', 'running', 'done', 'failed']),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.string()).nullable(),
  mode: z.enum(['all_or_nothing', 'skip_invalid']).nullable(),
  /** While running: checking and matching rows, then writing them (one transaction). */
  phase: z.enum(['validating', 'writing']).nullable(),
  totalRows: z.number(),
  rowsDone: z.number(),
  /** The validation report: counts, problems {row, field, problem}, matches and warnings. */
  report: ZJson.nullable(),
  result: ZJson.nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const ZUploaded = ZImport.extend({
  preview: z.array(z.array(z.string())),
  suggestedMapping: z.record(z.string(), z.string()),
  fields: z.array(z.object({ key: z.string(), required: z.boolean() })),
});
