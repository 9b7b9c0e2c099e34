/**
 * The change history of one competence item: every version with who wrote it, when and why, and a
 * field-level diff between two versions. Old versions are never deleted, so a decision's rule
 * versions can always be shown as they were.
 */
import type { Db } from '../../platform/db/client.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { diffJson, type FieldChange } from './competence.diff.ts';
import { loadHistory, type StoredItem } from './competence.repository.ts';
import type { CompetenceItemKind } from './competence.tables.ts';

/** One stored version as the API shows it. */
export interface ItemVersion {
  kind: CompetenceItemKind;
  itemId: string;
  version: number;
  isCurrent: boolean;
  /** The item was removed from the map in this version (its last data is kept). */
  deleted: boolean;
  changedBy: string | null;
  changedByName: string;
  changedAt: string;
  changeNote: string;
  data?: Record<string, unknown>;
}

export function presentVersion(row: StoredItem, withData: boolean): ItemVersion {
  const out: ItemVersion = {
    kind: row.kind,
    itemId: row.itemId,
    version: row.version,
    isCurrent: row.isCurrent,
    deleted: row.deleted,
    changedBy: row.changedBy,
    changedByName: row.changedByName,
    changedAt: row.changedAt.toISOString(),
    changeNote: row.changeNote,
  };
  if (withData) out.data = row.data;
  return out;
}

/** All versions of an item, newest first; an unknown item → 404. */
export async function itemHistory(
  db: Db,
  kind: CompetenceItemKind,
  itemId: string,
  withData = true,
): Promise<ItemVersion[]> {
  const rows = await loadHistory(db, kind, itemId);
  if (rows.length === 0) throw notFound(`Competence ${kind} '${itemId}'`);
  return rows.map((row) => presentVersion(row, withData));
}

export interface ItemDiff {
  kind: CompetenceItemKind;
  itemId: string;
  from: number;
  to: number;
  changes: FieldChange[];
}

/** The fields that differ from version `from` to version `to` (a rule's `version` field left out). */
export async function itemDiff(
  db: Db,
  kind: CompetenceItemKind,
  itemId: string,
  from: number,
  to: number,
): Promise<ItemDiff> {
  const rows = await loadHistory(db, kind, itemId);
  if (rows.length === 0) throw notFound(`Competence ${kind} '${itemId}'`);
  const pick = (version: number, field: string): StoredItem => {
    const row = rows.find((r) => r.version === version);
    if (!row) {
      throw badRequest(`${kind} '${itemId}' has no version ${version}`, {
        problems: [{ path: field, message: `no version ${version} (latest is ${rows[0]!.version})` }],
      });
    }
    return row;
  };
  const before = pick(from, 'from');
  const after = pick(to, 'to');
  const ignore = kind === 'rule' ? ['version'] : [];
  const changes = diffJson(before.deleted ? {} : before.data, after.deleted ? {} : after.data, ignore);
  return { kind, itemId, from, to, changes };
}
