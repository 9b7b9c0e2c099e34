/**
 * Editing the competence map item by item (platform admins; the route enforces the role): update,
 * create, verify and retire. Each is one `commitChanges` call: the whole map is validated, a new
 * version is written, the revision bumped and the change audited as `competence.<kind>.<action>`.
 */
import type { Db } from '../../platform/db/client.ts';
import { AppError, badRequest, conflict, notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { type ChangeAction, type CommitResult, commitChanges, itemKeyOf } from './competence.commit.ts';
import { itemKey, keyField, VERIFIABLE_KINDS } from './competence.items.ts';
import type { StoredItem } from './competence.repository.ts';
import type { CompetenceItemKind } from './competence.tables.ts';

type Json = Record<string, unknown>;

/** The outcome of an edit: the current version afterwards and whether a new one was written. */
export interface EditResult {
  item: StoredItem;
  changed: boolean;
  revision: number | null;
}

interface EditInput {
  kind: CompetenceItemKind;
  itemId: string;
  action: ChangeAction;
  changeNote: string;
  /** Given the live current row (undefined if none), the new data; throw to refuse. */
  next: (live: StoredItem | undefined) => Json;
}

async function edit(db: Db, actor: Actor, input: EditInput): Promise<EditResult> {
  const key = itemKeyOf(input.kind, input.itemId);
  let before: StoredItem | undefined;
  const result: CommitResult = await commitChanges(
    db,
    actor,
    input.changeNote,
    (current) => {
      const row = current.get(key);
      before = row && !row.deleted ? row : undefined;
      return [{ kind: input.kind, itemId: input.itemId, data: input.next(before), action: input.action }];
    },
    (written, revision) =>
      written.map((w) => ({
        action: `competence.${input.kind}.${input.action}`,
        targetType: 'competence_item',
        targetId: key,
        details: {
          kind: input.kind,
          itemId: input.itemId,
          oldVersion: w.fromVersion,
          newVersion: w.row.version,
          changeNote: input.changeNote,
          revision,
        },
      })),
  );
  const written = result.written[0]?.row;
  return { item: written ?? before!, changed: written !== undefined, revision: result.revision };
}

function checkKey(kind: CompetenceItemKind, itemId: string, data: Json): void {
  const key = itemKey(kind, data);
  if (key !== itemId) {
    const field = keyField(kind);
    throw badRequest(`data.${field} must be '${itemId}', the id in the address`, {
      problems: [{ path: `data.${field}`, message: `must be '${itemId}'` }],
    });
  }
}

/**
 * Replaces an item's data with a new version. `baseVersion`, when given, must be the current version
 * (someone else's edit in between → 409). Identical data writes nothing (`changed: false`).
 */
export async function updateItem(
  db: Db,
  actor: Actor,
  kind: CompetenceItemKind,
  itemId: string,
  data: Json,
  changeNote: string,
  baseVersion?: number,
): Promise<EditResult> {
  checkKey(kind, itemId, data);
  return edit(db, actor, {
    kind,
    itemId,
    action: 'update',
    changeNote,
    next: (live) => {
      if (!live) throw notFound(`Competence ${kind} '${itemId}'`);
      if (baseVersion !== undefined && baseVersion !== live.version) {
        throw conflict(
          `'${itemId}' is at version ${live.version}, not ${baseVersion}: reload and edit again`,
        );
      }
      return data;
    },
  });
}

/** Adds a new item at version 1 (or a new version of a removed one). An existing id → 409. */
export async function createItem(
  db: Db,
  actor: Actor,
  kind: CompetenceItemKind,
  data: Json,
  changeNote: string,
): Promise<EditResult> {
  if (kind === 'meta') throw badRequest('The map has exactly one meta item; update it instead');
  const itemId = itemKey(kind, data);
  if (itemId === undefined) {
    const field = keyField(kind);
    throw new AppError('validation_failed', `data.${field} is required`, {
      problems: [{ path: `data.${field}`, message: 'required' }],
    });
  }
  return edit(db, actor, {
    kind,
    itemId,
    action: 'create',
    changeNote,
    next: (live) => {
      if (live) throw conflict(`Competence ${kind} '${itemId}' exists; ids are never reused`);
      return data;
    },
  });
}

/** A platform admin confirms an unverified authority, competence or rule against its sources. */
export async function verifyItem(
  db: Db,
  actor: Actor,
  kind: CompetenceItemKind,
  itemId: string,
  note: string,
): Promise<EditResult> {
  if (!VERIFIABLE_KINDS.includes(kind)) throw badRequest(`A ${kind} has no verified flag`);
  return edit(db, actor, {
    kind,
    itemId,
    action: 'verify',
    changeNote: note,
    next: (live) => {
      if (!live) throw notFound(`Competence ${kind} '${itemId}'`);
      return { ...live.data, verified: true };
    },
  });
}

/** Ends a rule on `validTo` as a new version; the rule stays in the map for decisions about earlier dates. */
export async function retireRule(
  db: Db,
  actor: Actor,
  ruleId: string,
  validTo: string,
  changeNote: string,
): Promise<EditResult> {
  return edit(db, actor, {
    kind: 'rule',
    itemId: ruleId,
    action: 'retire',
    changeNote,
    next: (live) => {
      if (!live) throw notFound(`Rule '${ruleId}'`);
      return { ...live.data, validTo };
    },
  });
}
