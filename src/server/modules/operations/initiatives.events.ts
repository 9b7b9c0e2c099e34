/**
 * Live events about a supervision initiative: subject `initiative`, delivered to those who may see it
 * (initiatives.access.ts). `data` carries the id and the status only.
 */
import type { Db } from '../../platform/db/client.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import type { InitiativeRow } from './initiatives.access.ts';

/** Announces a change of the initiative (`type` names it, e.g. initiative.created). */
export async function announceInitiative(
  tx: Db,
  actor: Actor,
  row: InitiativeRow,
  type: string,
): Promise<void> {
  await emitEvent(tx, {
    type,
    subjectType: 'initiative',
    subjectId: row.id,
    data: { initiativeId: row.id, status: row.status },
    actorUserId: actor.userId,
  });
}
