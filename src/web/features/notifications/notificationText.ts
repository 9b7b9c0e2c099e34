/** Words for notifications: the bell's accessible name and what each kind of event means. */
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/translate.ts';

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
};

/** What happened, in the user's language; an unknown type still reads as a sentence. */
export function describeNotification(t: Translate, type: string): string {
  const key = TYPE_TEXT[type];
  return key ? t(key) : t('notifications.type.other', { type });
}

/** Where the notification's subject is shown, if the app has a page for it. */
export function subjectPath(subjectType: string, subjectId: string): string | null {
  if (subjectType === 'record') return `/records/${encodeURIComponent(subjectId)}`;
  return null;
}
