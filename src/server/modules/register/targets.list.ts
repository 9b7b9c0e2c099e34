/** Listing targets of one type by name, keyset-paged; lists showing non-public targets are audited. */
import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import { auditRead } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { visibleScope } from '../../platform/policy/scope.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { TargetType } from './record-targets.table.ts';
import { companies, persons, worksites } from './register.tables.ts';
import type { Target } from './targets.present.ts';
import { presentTargets, type Row, tableOf } from './targets.service.ts';

export interface TargetListQuery {
  businessId?: string | undefined;
  companyId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Visible targets of one type by name (keyset on name, id); lists with non-public rows are audited. */
export async function listTargets<T extends TargetType>(
  db: Db,
  actor: Actor,
  type: T,
  query: TargetListQuery,
  requestId: string,
): Promise<{ items: Target[]; nextCursor: string | null }> {
  const table = tableOf(type);
  const sortName = type === 'person' ? persons.familyName : table.name;
  const where: (SQL | undefined)[] = [visibleScope(actor, table)];
  if (type === 'company' && query.businessId) where.push(eq(companies.businessId, query.businessId));
  if (type === 'worksite' && query.companyId) where.push(eq(worksites.companyId, query.companyId));
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    const key = String(c.key ?? '');
    where.push(or(gt(sortName, key), and(eq(sortName, key), gt(table.id, c.id))));
  }
  const rows = (await db
    .select()
    .from(table)
    .where(and(...where))
    .orderBy(asc(sortName), asc(table.id))
    .limit(query.limit + 1)) as unknown as Row<T>[];
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor(
          type === 'person'
            ? (last as typeof persons.$inferSelect).familyName
            : (last as { name: string }).name,
          last.id,
        )
      : null;
  const hidden = page.filter((r) => r.classification !== 'public').map((r) => r.id);
  if (hidden.length) {
    await auditRead(db, {
      action: 'target.list',
      actor,
      targetType: type,
      requestId,
      details: { ids: hidden },
    });
  }
  return { items: await presentTargets(db, actor, type, page), nextCursor };
}
