/**
 * Who may import, and loading one import of the actor's authority (another authority's answers 404)
 * as the use cases read it: every column but the stored file.
 */
import { and, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { imports } from './imports.table.ts';
import type { ImportOptions } from './write.ts';

/** An import's row without the stored file (up to 20 MB: read only when the rows are needed). */
const { content: _content, ...importColumns } = getTableColumns(imports);

export { importColumns };
export type ImportRow = Omit<typeof imports.$inferSelect, 'content'>;

/** Importing writes records of the actor's authority: the roles must allow updating them. */
export function requireImporter(
  actor: Actor,
  classification: ImportOptions['classification'] = 'restricted',
) {
  const owner = { ownerAuthority: actor.authority, classification, disclosedTo: [] };
  if (!decide(actor, 'update', owner).allowed)
    throw new AppError('forbidden', 'Your roles do not allow importing');
}

export async function loadImport(db: Db, actor: Actor, id: string): Promise<ImportRow> {
  const [row] = await db
    .select(importColumns)
    .from(imports)
    .where(and(eq(imports.id, id), eq(imports.ownerAuthority, actor.authority)));
  if (!row) throw notFound('Import');
  return row;
}
