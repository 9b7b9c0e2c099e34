/**
 * Seeds the stored competence map from the shipped Finnish configuration on first start: every item at
 * version 1, revision 1, one audit row. Idempotent and safe when several nodes start at once: it runs
 * under the map's write lock and does nothing once the map has a revision.
 */
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
import { splitConfig, withVersion } from './competence.items.ts';
import { bumpRevision, insertFirstVersions, lockForWrite, readRevision } from './competence.repository.ts';
import { validateCompetenceConfig } from './competence.validate.ts';

const SYSTEM_AUTHOR = { userId: null, name: 'Silta (shipped configuration)' };

/** Loads `config` (default: the shipped map) into empty competence tables. Returns the items written. */
export async function seedCompetenceMap(
  db: Db,
  config: unknown = SHIPPED_COMPETENCE_CONFIG,
): Promise<number> {
  if (await readRevision(db)) return 0;
  const checked = validateCompetenceConfig(config);
  if (!checked.ok) {
    const list = checked.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new Error(`The competence configuration to seed does not validate:\n${list}`);
  }
  return db.transaction(async (tx) => {
    await lockForWrite(tx);
    if (await readRevision(tx)) return 0;
    const items = splitConfig(checked.config);
    const changeNote = 'Shipped configuration';
    await insertFirstVersions(
      tx,
      items.map((item) => ({ ...item, data: withVersion(item.kind, item.data, 1), version: 1, changeNote })),
      SYSTEM_AUTHOR,
    );
    const revision = await bumpRevision(tx);
    await writeAudit(tx, {
      action: 'competence.seed',
      targetType: 'competence_map',
      details: { items: items.length, revision },
    });
    return items.length;
  });
}
