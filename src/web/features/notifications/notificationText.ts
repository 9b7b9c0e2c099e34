/** Words for notifications: the bell's accessible name and what each kind of event means. */
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/translate.ts';
import { initiativePath, operationPath } from '../operations/operations.routes.ts';
import { isTargetType, targetPath } from '../targets/targets.routes.ts';

export const NOTIFICATIONS_PATH = '/notifications';

/** "Ilmoitukset, ei lukemattomia" / "…, 1 lukematon" / "…, 3 lukematonta". */
export function unreadLabel(t: Translate, count: number): string {
  if (count === 0) return t('notifications.bell.none');
  if (count === 1) return t('notifications.bell.one');
  return t('notifications.bell.many', { count });
}

const TYPE_TEXT: Record<string, MessageKey> = {
  'record.created': 'notifications.type.record.created',
  'record.updated': 'notifications.type.record.updated',
  'record.disclosed': 'notifications.type.record.disclosed',
  'record.revoked': 'notifications.type.record.revoked',
  'disclosure_request.created': 'notifications.type.request.created',
  'disclosure_request.granted': 'notifications.type.request.granted',
  'disclosure_request.declined': 'notifications.type.request.declined',
  'target.updated': 'notifications.type.target.updated',
  'target.merged': 'notifications.type.target.merged',
  'target.split': 'notifications.type.target.split',
  'operation.created': 'notifications.type.operation.created',
  'operation.updated': 'notifications.type.operation.updated',
  'operation.transitioned': 'notifications.type.operation.transitioned',
  'operation.participant_invited': 'notifications.type.operation.participantInvited',
  'operation.participant_responded': 'notifications.type.operation.participantResponded',
  'operation.agenda_decided': 'notifications.type.operation.agendaDecided',
  'operation.target_decided': 'notifications.type.operation.targetDecided',
  'operation.plan_saved': 'notifications.type.operation.planSaved',
  'operation.plan_approved': 'notifications.type.operation.planApproved',
  'operation.plan_shared': 'notifications.type.operation.planShared',
  'operation.arrived': 'notifications.type.operation.arrived',
  'operation.target_finished': 'notifications.type.operation.targetFinished',
  'operation.finding_recorded': 'notifications.type.operation.findingRecorded',
  'operation.victim_referred': 'notifications.type.operation.victimReferred',
  'operation.result_recorded': 'notifications.type.operation.resultRecorded',
  'operation.follow_up_changed': 'notifications.type.operation.followUpChanged',
};

/**
 * What happened, in the user's language; an unknown type still reads as a sentence. A saved-search
 * match says whether it is a new result or only a hit (which authority holds something new on a target
 * the search names — never what); `authorityName` turns the authority code into its short name.
 */
export function describeNotification(
  t: Translate,
  type: string,
  data: Record<string, unknown> = {},
  authorityName: (code: string) => string = (code) => code,
): string {
  if (type === 'saved_search.matched') {
    return data.match === 'hit' && typeof data.authority === 'string'
      ? t('realtime.notification.hit', { authority: authorityName(data.authority) })
      : t('realtime.notification.match');
  }
  const key = TYPE_TEXT[type];
  return key ? t(key) : t('notifications.type.other', { type });
}

/** Where the notification's subject is shown, if the app has a page for it. */
export function subjectPath(
  subjectType: string,
  subjectId: string,
  data: Record<string, unknown> = {},
): string | null {
  if (subjectType === 'record') return `/records/${encodeURIComponent(subjectId)}`;
  if (subjectType === 'target' && isTargetType(data.targetType))
    return targetPath(data.targetType, subjectId);
  if (subjectType === 'operation') return operationPath(subjectId);
  if (subjectType === 'initiative') return initiativePath(subjectId);
  // A saved-search result that is a record opens the record; a hit has no page to open.
  if (
    subjectType === 'saved_search_match' &&
    data.entityType === 'record' &&
    typeof data.entityId === 'string'
  )
    return `/records/${encodeURIComponent(data.entityId)}`;
  return null;
}

/** The words of a notification's link: what it opens. */
export function openLabelKey(subjectType: string): MessageKey {
  if (subjectType === 'target') return 'notifications.openTarget';
  if (subjectType === 'operation') return 'notifications.openOperation';
  if (subjectType === 'initiative') return 'notifications.openInitiative';
  return 'notifications.open';
}
