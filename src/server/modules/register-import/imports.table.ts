/**
 * Import jobs: the uploaded file (kept until the job ends, then dropped), the columns found, the
 * mapping the user chose, the validation report, and progress (rows done / total) readable by any node.
 */
import { customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { authorities } from '../authorities/authorities.table.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export type ImportKind = 'companies' | 'worksites' | 'observations';
export type ImportStatus = 'uploaded' | 'validated' | 'running' | 'done' | 'failed';

export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<ImportKind>().notNull(),
    status: text('status').$type<ImportStatus>().notNull().default('uploaded'),
    ownerAuthority: text('owner_authority')
      .notNull()
      .references(() => authorities.code),
    createdBy: uuid('created_by').references(() => users.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** The file itself; set to null when the job has ended. */
    content: bytea('content'),
    columns: jsonb('columns').$type<string[]>().notNull(),
    mapping: jsonb('mapping').$type<Record<string, string>>(),
    /** Options chosen at validation: classification, categories, secrecy basis, retention. */
    options: jsonb('options').$type<Record<string, unknown>>().notNull().default({}),
    mode: text('mode').$type<'all_or_nothing' | 'skip_invalid'>(),
    phase: text('phase').$type<'validating' | 'writing' | null>(),
    totalRows: integer('total_rows').notNull().default(0),
    rowsDone: integer('rows_done').notNull().default(0),
    report: jsonb('report').$type<Record<string, unknown>>(),
    result: jsonb('result').$type<Record<string, unknown>>(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_owner_created').on(t.ownerAuthority, t.createdAt)],
);
