/**
 * The annual clock (vuosikello): planned themed inspections, EMPACT joint action days and seasonal
 * work. Planning information, not records: every caseworker sees every item; only the owner authority
 * changes its items. Yearly items are projected onto the year asked for.
 */
import { and, eq, gte, lte, or } from 'drizzle-orm';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import { type Actor, hasRole } from '../../platform/policy/actor.ts';
import type { TClockItem, TCreateClockItem, TUpdateClockItem } from './clock.schemas.ts';
import { clockItems } from './clock.tables.ts';
import { initiatives } from './initiatives.tables.ts';
import { operations } from './operations.tables.ts';

type ClockRow = typeof clockItems.$inferSelect;

const mayEdit = (actor: Actor, row: Pick<ClockRow, 'ownerAuthority'>) =>
  row.ownerAuthority === actor.authority && hasRole(actor, 'officer', 'operation_lead');

/** `YYYY-MM-DD` moved to another year (29 February becomes 28 February in a common year). */
export function moveToYear(date: string, year: number): string {
  const [, month, day] = date.split('-');
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const d = month === '02' && day === '29' && !leap ? '28' : day;
  return `${String(year).padStart(4, '0')}-${month}-${d}`;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * Where a yearly item falls in `year`: the occurrence starting in that year, or the one starting the
 * year before if it runs over New Year into it. Null if the item had not begun yet.
 */
export function projectYearly(
  item: { startsOn: string; endsOn: string },
  year: number,
): { startsOn: string; endsOn: string } | null {
  const firstYear = Number(item.startsOn.slice(0, 4));
  const length = daysBetween(item.startsOn, item.endsOn);
  for (const y of [year, year - 1]) {
    if (y < firstYear) continue;
    const startsOn = moveToYear(item.startsOn, y);
    const endsOn = addDays(startsOn, length);
    if (startsOn <= `${year}-12-31` && endsOn >= `${year}-01-01`) return { startsOn, endsOn };
  }
  return null;
}

function present(actor: Actor, row: ClockRow, dates?: { startsOn: string; endsOn: string }): TClockItem {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    sectors: row.sectors,
    startsOn: dates?.startsOn ?? row.startsOn,
    endsOn: dates?.endsOn ?? row.endsOn,
    recurring: row.recurring,
    ownerAuthority: row.ownerAuthority,
    authorities: row.authorities,
    source: row.source,
    mayEdit: mayEdit(actor, row),
  };
}

/** Items overlapping `year`, yearly ones projected onto it, in date order. */
export async function listClock(db: Db, actor: Actor, year: number): Promise<{ items: TClockItem[] }> {
  const rows = await db
    .select()
    .from(clockItems)
    .where(
      or(
        and(
          eq(clockItems.recurring, 'once'),
          lte(clockItems.startsOn, `${year}-12-31`),
          gte(clockItems.endsOn, `${year}-01-01`),
        ),
        and(eq(clockItems.recurring, 'yearly'), lte(clockItems.startsOn, `${year}-12-31`)),
      ),
    );
  const items = rows.flatMap((row) => {
    if (row.recurring === 'once') return [present(actor, row)];
    const dates = projectYearly(row, year);
    return dates ? [present(actor, row, dates)] : [];
  });
  items.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title));
  return { items };
}

async function announce(tx: Db, actor: Actor, id: string, change: 'created' | 'updated' | 'deleted') {
  await emitEvent(tx, {
    type: `clock.${change}`,
    subjectType: 'clock',
    subjectId: id,
    data: { clockItemId: id },
    actorUserId: actor.userId,
  });
}

export async function createClockItem(
  db: Db,
  actor: Actor,
  input: TCreateClockItem,
  requestId: string,
): Promise<TClockItem> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(clockItems)
      .values({
        ...input,
        source: input.source ?? null,
        ownerAuthority: actor.authority,
        createdBy: actor.userId,
      })
      .returning();
    await writeAudit(tx, {
      action: 'clock.create',
      actor,
      targetType: 'clock_item',
      targetId: row!.id,
      requestId,
      details: { kind: row!.kind, recurring: row!.recurring },
    });
    await announce(tx, actor, row!.id, 'created');
    return present(actor, row!);
  });
}

async function loadEditable(tx: Db, actor: Actor, id: string): Promise<ClockRow> {
  const [row] = await tx.select().from(clockItems).where(eq(clockItems.id, id)).for('update');
  if (!row || !hasRole(actor, ...CASEWORK_ROLES)) throw notFound('Clock item');
  if (!mayEdit(actor, row)) throw forbidden('Only the owner authority changes its clock items');
  return row;
}

export async function updateClockItem(
  db: Db,
  actor: Actor,
  id: string,
  input: TUpdateClockItem,
  requestId: string,
): Promise<TClockItem> {
  return db.transaction(async (tx) => {
    const before = await loadEditable(tx, actor, id);
    const startsOn = input.startsOn ?? before.startsOn;
    const endsOn = input.endsOn ?? before.endsOn;
    if (startsOn > endsOn)
      throw badRequest('endsOn must not be before startsOn', { problems: [{ path: 'endsOn' }] });
    const [row] = await tx
      .update(clockItems)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(clockItems.id, id))
      .returning();
    await writeAudit(tx, {
      action: 'clock.update',
      actor,
      targetType: 'clock_item',
      targetId: id,
      requestId,
      details: { fields: Object.keys(input) },
    });
    await announce(tx, actor, id, 'updated');
    return present(actor, row!);
  });
}

export async function deleteClockItem(db: Db, actor: Actor, id: string, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await loadEditable(tx, actor, id);
    const [usedByInitiative] = await tx
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(eq(initiatives.clockItemId, id))
      .limit(1);
    const [usedByOperation] = await tx
      .select({ id: operations.id })
      .from(operations)
      .where(eq(operations.clockItemId, id))
      .limit(1);
    if (usedByInitiative || usedByOperation)
      throw new AppError('conflict', 'An initiative or operation refers to this clock item');
    await tx.delete(clockItems).where(eq(clockItems.id, id));
    await writeAudit(tx, {
      action: 'clock.delete',
      actor,
      targetType: 'clock_item',
      targetId: id,
      requestId,
    });
    await announce(tx, actor, id, 'deleted');
  });
}
