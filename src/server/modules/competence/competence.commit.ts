/**
 * The one way the stored competence map changes: in one transaction, under a lock shared by all server
 * nodes, apply the planned item changes to the current map, validate the WHOLE resulting map, and only
 * then write a new version of each item that really changed, bump the revision and write the audit
 * rows. A change that would leave any problem anywhere in the map is refused with all problems listed.
 */
import { type AuditEntry, writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { assembleConfig, type ConfigItem, sameData, splitConfig, withVersion } from './competence.items.ts';
import {
  bumpRevision,
  insertVersion,
  loadCurrentItems,
  lockForWrite,
  type StoredItem,
} from './competence.repository.ts';
import type { CompetenceItemKind } from './competence.tables.ts';
import { validateCompetenceConfig } from './competence.validate.ts';

type Json = Record<string, unknown>;

export type ChangeAction = 'create' | 'update' | 'verify' | 'retire' | 'delete';

export interface PlannedChange {
  kind: CompetenceItemKind;
  itemId: string;
  /** The item's new data, or null to remove it from the map (kept in history). */
  data: Json | null;
  action: ChangeAction;
}

export interface WrittenVersion {
  action: ChangeAction;
  fromVersion: number | null;
  row: StoredItem;
}

export interface CommitResult {
  written: WrittenVersion[];
  /** The revision after the commit (unchanged when nothing was written). */
  revision: number | null;
  unchanged: number;
}

export const itemKeyOf = (kind: string, itemId: string) => `${kind}/${itemId}`;

/** Current rows by `kind/itemId` (deleted ones too), handed to the planning function. */
export type CurrentItems = ReadonlyMap<string, StoredItem>;

function resultingItems(current: StoredItem[], changes: PlannedChange[]): ConfigItem[] {
  const items = new Map<string, ConfigItem>();
  for (const row of current) if (!row.deleted) items.set(itemKeyOf(row.kind, row.itemId), row);
  const versionOf = new Map(current.map((r) => [itemKeyOf(r.kind, r.itemId), r]));
  const nextPosition = new Map<string, number>();
  for (const row of current) {
    nextPosition.set(row.kind, Math.max(nextPosition.get(row.kind) ?? 0, row.position + 1));
  }
  for (const change of changes) {
    const key = itemKeyOf(change.kind, change.itemId);
    if (change.data === null) {
      items.delete(key);
      continue;
    }
    const previous = versionOf.get(key);
    let position = previous?.position;
    if (position === undefined) {
      position = nextPosition.get(change.kind) ?? 0;
      nextPosition.set(change.kind, position + 1);
    }
    const data = withVersion(change.kind, change.data, (previous?.version ?? 0) + 1);
    items.set(key, { kind: change.kind, itemId: change.itemId, position, data });
  }
  return [...items.values()];
}

/**
 * Plans, validates and writes a change of the map. `plan` sees the current rows (read under the lock)
 * and returns the changes; `audit` returns the audit rows for what was written (called only when
 * something was).
 */
export async function commitChanges(
  db: Db,
  actor: Actor,
  changeNote: string,
  plan: (current: CurrentItems) => PlannedChange[],
  audit: (written: WrittenVersion[], revision: number) => Omit<AuditEntry, 'actor'>[],
): Promise<CommitResult> {
  return db.transaction(async (tx) => {
    await lockForWrite(tx);
    const rows = await loadCurrentItems(tx);
    const current = new Map(rows.map((r) => [itemKeyOf(r.kind, r.itemId), r]));
    const changes = plan(current);
    const items = resultingItems(rows, changes);
    const result = validateCompetenceConfig(assembleConfig(items));
    if (!result.ok) {
      const n = result.problems.length;
      throw new AppError(
        'validation_failed',
        `The change would leave ${n} problem${n === 1 ? '' : 's'} in the competence map`,
        { problems: result.problems },
      );
    }
    // Store the parsed items (defaults applied), exactly what the assembled map will hold.
    const parsed = new Map(splitConfig(result.config).map((i) => [itemKeyOf(i.kind, i.itemId), i]));
    const author = { userId: actor.userId, name: actor.displayName };
    const written: WrittenVersion[] = [];
    let unchanged = 0;
    for (const change of changes) {
      const key = itemKeyOf(change.kind, change.itemId);
      const previous = current.get(key);
      const live = previous && !previous.deleted ? previous : undefined;
      const next = parsed.get(key);
      if (change.data === null ? !live : live && next && sameData(change.kind, live.data, next.data)) {
        unchanged++;
        continue;
      }
      const version = (previous?.version ?? 0) + 1;
      const data = next ? withVersion(change.kind, next.data, version) : (previous?.data ?? {});
      const position = next?.position ?? previous?.position ?? 0;
      const row = await insertVersion(
        tx,
        { kind: change.kind, itemId: change.itemId, version, data, position, deleted: !next, changeNote },
        author,
      );
      written.push({ action: change.action, fromVersion: previous?.version ?? null, row });
    }
    if (written.length === 0) return { written, revision: null, unchanged };
    const revision = await bumpRevision(tx);
    for (const entry of audit(written, revision)) await writeAudit(tx, { ...entry, actor });
    return { written, revision, unchanged };
  });
}
