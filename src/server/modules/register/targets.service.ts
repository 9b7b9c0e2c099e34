/**
 * Targets: create, read, update and list companies, worksites and persons. Every path asks the one
 * decision function (a target is visible when public or owned by the actor's authority); a refused
 * target answers like a missing one. Changes are audited and announced in their transaction; reads of
 * non-public targets (every person under 18 among them) are audited.
 */
import { eq, inArray } from 'drizzle-orm';
import { auditRead, writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import type { TargetType } from './record-targets.table.ts';
import { companies, type persons, type worksites } from './register.tables.ts';
import { TARGET_TABLES, targetPolicy } from './targets.policy.ts';
import {
  type Company,
  type Person,
  presentCompany,
  presentPerson,
  presentWorksite,
  type Worksite,
} from './targets.present.ts';
import type {
  TCompanyInput,
  TCompanyPatch,
  TPersonInput,
  TPersonPatch,
  TWorksiteInput,
  TWorksitePatch,
} from './targets.schemas.ts';
import { type PersonRole, personRoles } from './targets.table.ts';

/**
 * The three target tables share id, owner and classification; the query builder's types cannot follow
 * a table chosen at run time, so it sees them through the company table's type (rows are re-typed).
 */
export const tableOf = (type: TargetType) => TARGET_TABLES[type] as unknown as typeof companies;
export type Row<T extends TargetType> = (typeof TARGET_TABLES)[T]['$inferSelect'];

type Input = { company: TCompanyInput; worksite: TWorksiteInput; person: TPersonInput };
type Patch = { company: TCompanyPatch; worksite: TWorksitePatch; person: TPersonPatch };
type Presented = { company: Company; worksite: Worksite; person: Person };

const fieldError = (field: string, message: string) =>
  new AppError('validation_failed', `${field}: ${message}`, { issues: [{ field, message }] });

/** Roles of many persons, in one query. */
export async function rolesOf(db: Db, ids: string[]): Promise<Map<string, PersonRole[]>> {
  const map = new Map<string, PersonRole[]>();
  if (!ids.length) return map;
  const rows = await db.select().from(personRoles).where(inArray(personRoles.personId, ids));
  for (const r of rows) map.set(r.personId, [...(map.get(r.personId) ?? []), r.role]);
  return map;
}

/** Presents rows of one type, loading person roles in one query. */
export async function presentTargets<T extends TargetType>(
  db: Db,
  actor: Actor,
  type: T,
  rows: Row<T>[],
): Promise<Presented[T][]> {
  if (type === 'company')
    return rows.map((r) => presentCompany(actor, r as typeof companies.$inferSelect)) as Presented[T][];
  if (type === 'worksite')
    return rows.map((r) => presentWorksite(actor, r as typeof worksites.$inferSelect)) as Presented[T][];
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    presentPerson(actor, r as typeof persons.$inferSelect, roles.get(r.id) ?? []),
  ) as Presented[T][];
}

/** A person under 18 is at least restricted; asking for 'public' is refused rather than ignored. */
function checkMinor(under18: boolean | undefined, classification: string | undefined, field: string) {
  if (under18 && classification === 'public') {
    throw fieldError(field, 'a person under 18 cannot be public: use restricted or secret');
  }
}

async function assertBusinessIdFree(db: Db, actor: Actor, businessId: string, except?: string) {
  const [existing] = await db.select().from(companies).where(eq(companies.businessId, businessId));
  if (!existing || existing.id === except) return;
  const visible = decide(actor, 'read', targetPolicy(existing)).allowed;
  throw conflict(
    'A company with this business ID is already in the register',
    visible ? { existingId: existing.id } : undefined,
  );
}

async function assertCompanyVisible(db: Db, actor: Actor, companyId: string | null | undefined) {
  if (!companyId) return;
  const [row] = await db.select().from(companies).where(eq(companies.id, companyId));
  if (!row || !decide(actor, 'read', targetPolicy(row)).allowed)
    throw fieldError('body.companyId', 'no such company');
}

/** Creates a target owned by the actor's authority. */
export async function createTarget<T extends TargetType>(
  db: Db,
  actor: Actor,
  type: T,
  input: Input[T],
  requestId: string,
): Promise<Presented[T]> {
  const policy = { ownerAuthority: actor.authority, classification: input.classification, disclosedTo: [] };
  if (!decide(actor, 'update', policy).allowed) throw forbidden('Your roles do not allow recording');
  const owner = { ownerAuthority: actor.authority, classification: input.classification };
  let roles: PersonRole[] = [];
  if (type === 'company') await assertBusinessIdFree(db, actor, (input as TCompanyInput).businessId);
  if (type === 'worksite') await assertCompanyVisible(db, actor, (input as TWorksiteInput).companyId);
  if (type === 'person') {
    const p = input as TPersonInput;
    checkMinor(p.under18, p.classification, 'body.classification');
    roles = [...new Set(p.roles)];
  }
  return db.transaction(async (tx) => {
    const { roles: _roles, ...values } = input as Input[T] & { roles?: unknown };
    const [row] = await tx
      .insert(tableOf(type))
      .values({ ...values, ...owner } as unknown as typeof companies.$inferInsert)
      .returning();
    if (roles.length) await tx.insert(personRoles).values(roles.map((role) => ({ personId: row!.id, role })));
    await writeAudit(tx, {
      action: 'target.create',
      actor,
      targetType: type,
      targetId: row!.id,
      requestId,
      details: { classification: input.classification },
    });
    await emitEvent(tx, {
      type: 'target.created',
      subjectType: 'target',
      subjectId: row!.id,
      targetIds: [row!.id],
      data: { targetType: type },
      actorUserId: actor.userId,
    });
    const [presented] = await presentTargets(tx, actor, type, [row!] as never);
    return presented!;
  });
}

async function loadRow<T extends TargetType>(db: Db, type: T, id: string): Promise<Row<T> | undefined> {
  const table = tableOf(type);
  const [row] = await db.select().from(table).where(eq(table.id, id));
  return row as Row<T> | undefined;
}

/** One target, if the actor may see it; reads of non-public targets are audited. */
export async function getTarget<T extends TargetType>(
  db: Db,
  actor: Actor,
  type: T,
  id: string,
  requestId: string,
): Promise<Presented[T]> {
  const row = await loadRow(db, type, id);
  if (!row || !decide(actor, 'read', targetPolicy(row)).allowed) throw notFound('Target');
  if (row.classification !== 'public') {
    await auditRead(db, { action: 'target.read', actor, targetType: type, targetId: id, requestId });
  }
  const [presented] = await presentTargets(db, actor, type, [row] as never);
  return presented!;
}

/** Changes a target; only its owner authority may. The audit row names the changed fields. */
export async function updateTarget<T extends TargetType>(
  db: Db,
  actor: Actor,
  type: T,
  id: string,
  patch: Patch[T],
  requestId: string,
): Promise<Presented[T]> {
  const row = await loadRow(db, type, id);
  if (!row || !decide(actor, 'read', targetPolicy(row)).allowed) throw notFound('Target');
  if (!decide(actor, 'update', targetPolicy(row)).allowed)
    throw forbidden('Only the owner authority may change this target');
  const { roles, ...values } = patch as Patch[T] & { roles?: PersonRole[] };
  if (type === 'company' && 'businessId' in values && values.businessId)
    await assertBusinessIdFree(db, actor, values.businessId as string, id);
  if (type === 'worksite' && 'companyId' in values)
    await assertCompanyVisible(db, actor, values.companyId as string | null);
  if (type === 'person') {
    const p = { ...(row as typeof persons.$inferSelect), ...(values as TPersonPatch) };
    checkMinor(p.under18, p.classification, 'body.classification');
  }
  const fields = Object.keys(patch);
  return db.transaction(async (tx) => {
    const table = tableOf(type);
    const [updated] = await tx
      .update(table)
      .set({ ...values, updatedAt: new Date() } as Partial<typeof companies.$inferInsert>)
      .where(eq(table.id, id))
      .returning();
    if (type === 'person' && roles) {
      await tx.delete(personRoles).where(eq(personRoles.personId, id));
      const unique = [...new Set(roles)];
      if (unique.length) await tx.insert(personRoles).values(unique.map((role) => ({ personId: id, role })));
    }
    await writeAudit(tx, {
      action: 'target.update',
      actor,
      targetType: type,
      targetId: id,
      requestId,
      details: { fields },
    });
    await emitEvent(tx, {
      type: 'target.updated',
      subjectType: 'target',
      subjectId: id,
      targetIds: [id],
      data: { targetType: type, fields },
      actorUserId: actor.userId,
    });
    const [presented] = await presentTargets(tx, actor, type, [updated!] as never);
    return presented!;
  });
}
