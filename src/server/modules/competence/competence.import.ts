/**
 * Export and import of the whole competence map as one JSON document — the shape
 * `validateCompetenceConfig` accepts — so another country can load its own law. An import is validated
 * as a whole (every problem listed, nothing written); then only items that really changed get a new
 * version, rules missing from the import are retired (valid until yesterday) and other missing items
 * are removed from the map, all in one audited transaction. Exporting and re-importing changes nothing.
 */
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { type ChangeAction, commitChanges, itemKeyOf, type PlannedChange } from './competence.commit.ts';
import { splitConfig } from './competence.items.ts';
import { readRevision } from './competence.repository.ts';
import type { CompetenceConfig } from './competence.schemas.ts';
import { getCompetenceState } from './competence.service.ts';
import type { CompetenceItemKind } from './competence.tables.ts';
import { validateCompetenceConfig } from './competence.validate.ts';
import { todayInFinland } from './engine.match.ts';

export interface ImportChange {
  kind: CompetenceItemKind;
  itemId: string;
  action: ChangeAction;
  fromVersion: number | null;
  toVersion: number;
}

export interface ImportResult {
  changed: boolean;
  revision: number;
  counts: Record<'created' | 'updated' | 'retired' | 'deleted' | 'unchanged', number>;
  changes: ImportChange[];
}

/** The current map as an importable document; `validatedAt` is when this revision was written. */
export async function exportConfig(db: Db): Promise<{ config: CompetenceConfig; revision: number }> {
  const state = await getCompetenceState(db);
  return { config: state.config, revision: state.revision };
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Imports a whole configuration; see the file header. Problems → 400 `validation_failed`. */
export async function importConfig(
  db: Db,
  actor: Actor,
  json: unknown,
  changeNote = 'Imported configuration',
): Promise<ImportResult> {
  const checked = validateCompetenceConfig(json);
  if (!checked.ok) {
    const n = checked.problems.length;
    throw new AppError('validation_failed', `The configuration has ${n} problem${n === 1 ? '' : 's'}`, {
      problems: checked.problems,
    });
  }
  const incoming = splitConfig(checked.config);
  const lastDay = dayBefore(todayInFinland());

  const result = await commitChanges(
    db,
    actor,
    changeNote,
    (current) => {
      const changes: PlannedChange[] = incoming.map((item) => {
        const row = current.get(itemKeyOf(item.kind, item.itemId));
        const action = row && !row.deleted ? 'update' : 'create';
        return { kind: item.kind, itemId: item.itemId, data: item.data, action };
      });
      const kept = new Set(incoming.map((i) => itemKeyOf(i.kind, i.itemId)));
      for (const row of current.values()) {
        if (row.deleted || kept.has(itemKeyOf(row.kind, row.itemId))) continue;
        const { validFrom, validTo } = row.data as { validFrom?: string; validTo?: string };
        if (row.kind === 'rule' && !(validFrom && validFrom > lastDay)) {
          const end = validTo && validTo < lastDay ? validTo : lastDay;
          changes.push({
            kind: 'rule',
            itemId: row.itemId,
            data: { ...row.data, validTo: end },
            action: 'retire',
          });
        } else {
          // Not a rule, or a rule that never took effect: nothing to keep for past decisions.
          changes.push({ kind: row.kind, itemId: row.itemId, data: null, action: 'delete' });
        }
      }
      return changes;
    },
    (written, revision) => [
      {
        action: 'competence.import',
        targetType: 'competence_map',
        details: {
          revision,
          changeNote,
          changes: written.map((w) => ({
            kind: w.row.kind,
            itemId: w.row.itemId,
            action: w.action,
            fromVersion: w.fromVersion,
            toVersion: w.row.version,
          })),
        },
      },
    ],
  );

  const changes = result.written.map((w) => ({
    kind: w.row.kind,
    itemId: w.row.itemId,
    action: w.action,
    fromVersion: w.fromVersion,
    toVersion: w.row.version,
  }));
  const count = (action: ChangeAction) => changes.filter((c) => c.action === action).length;
  const revision = result.revision ?? (await readRevision(db))?.revision ?? 0;
  return {
    changed: changes.length > 0,
    revision,
    counts: {
      created: count('create'),
      updated: count('update'),
      retired: count('retire'),
      deleted: count('delete'),
      unchanged: result.unchanged,
    },
    changes,
  };
}
