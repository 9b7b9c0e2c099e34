/**
 * Ilmoitukset: what happened to the things the user follows, newest first — when, what, a link to the
 * subject, and marking one or all read. The list updates live through the notification centre.
 * Caseworkers also manage their saved searches here (features/realtime).
 */
import { useEffect, useState } from 'react';
import { Button, Link, Paragraph } from 'suomifi-ui-components';
import { api } from '../../api/endpoints.ts';
import { useMe } from '../../app/session.tsx';
import { useApiData } from '../../app/useApiData.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { SavedSearches } from '../realtime/SavedSearches.tsx';
import { SAVED_SEARCHES_ANCHOR } from '../realtime/savedSearches.api.ts';
import { kindLabel } from '../records/labels.ts';
import { RECORDS_ROLES } from '../records/records.access.ts';
import { useNotificationCentre } from './NotificationCentre.tsx';
import type { NotificationItem } from './notifications.api.ts';
import { describeNotification, openLabelKey, subjectPath } from './notificationText.ts';
import './notifications.css';

function NotificationRow({
  item,
  onRead,
  authorityName,
}: {
  item: NotificationItem;
  onRead: (id: string) => void;
  authorityName: (code: string) => string;
}) {
  const t = useT();
  const format = useFormat();
  const unread = item.readAt === null;
  const path = subjectPath(item.subjectType, item.subjectId, item.data);
  const kind = typeof item.data.kind === 'string' ? kindLabel(t, item.data.kind) : null;
  const what = describeNotification(t, item.type, item.data, authorityName);

  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      <div className="notification__main">
        <p className="notification__what">
          {unread && <span className="notification__dot" aria-hidden="true" />}
          <span>{what}</span>
          {unread && <span className="visually-hidden">{` (${t('notifications.unread')})`}</span>}
        </p>
        <p className="notification__meta">
          <time dateTime={item.createdAt}>{format.dateTime(item.createdAt)}</time>
          {kind && <span>{` · ${kind}`}</span>}
        </p>
      </div>
      <div className="notification__actions">
        {path && (
          <AppLink href={path} onClick={() => unread && onRead(item.id)}>
            {t(openLabelKey(item.subjectType))}
            <span className="visually-hidden">{`: ${what}, ${format.dateTime(item.createdAt)}`}</span>
          </AppLink>
        )}
        {unread && (
          <Button variant="secondaryNoBorder" className="notification__read" onClick={() => onRead(item.id)}>
            {t('notifications.markRead')}
          </Button>
        )}
      </div>
    </li>
  );
}

export function NotificationsPage() {
  const t = useT();
  const centre = useNotificationCentre();
  const me = useMe();
  const { locale } = useLocale();
  const [actionError, setActionError] = useState<unknown>(null);
  const { refresh } = centre;

  // The bell's list may be a moment old: read it again when the page opens.
  useEffect(() => refresh(), [refresh]);

  const markRead = (ids: string[] | 'all') => {
    setActionError(null);
    centre.markRead(ids).catch(setActionError);
  };
  const unread = centre.unreadCount ?? 0;
  const caseworker = me.roles.some((role) => RECORDS_ROLES.includes(role));
  // A hit names an authority: its short name reads better; the code stays if the list fails to load.
  const authorities = useApiData(api.authorities).data ?? [];
  const authorityName = (code: string) =>
    authorities.find((authority) => authority.code === code)?.shortName[locale] ?? code;

  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <Paragraph className="lead">{t('notifications.intro')}</Paragraph>
      {caseworker && (
        <p>
          <Link href={`#${SAVED_SEARCHES_ANCHOR}`}>{t('realtime.savedSearches.link')}</Link>
        </p>
      )}
      {centre.items === null && centre.error === null && <Loading />}
      {centre.error !== null && <ErrorAlert error={centre.error} onRetry={centre.refresh} />}
      {actionError !== null && <ErrorAlert error={actionError} />}
      {centre.items !== null && (
        <section className="panel notifications" aria-labelledby="notifications-summary">
          <div className="notifications__head">
            <p id="notifications-summary" className="notifications__summary">
              {unread === 0 ? t('notifications.allRead') : t('notifications.unreadCount', { count: unread })}
            </p>
            <Button variant="secondary" disabled={unread === 0} onClick={() => markRead('all')}>
              {t('notifications.markAllRead')}
            </Button>
          </div>
          {centre.items.length === 0 ? (
            <Paragraph>{t('notifications.empty')}</Paragraph>
          ) : (
            <ol className="notifications__list">
              {centre.items.map((item) => (
                <NotificationRow
                  key={item.id}
                  item={item}
                  onRead={(id) => markRead([id])}
                  authorityName={authorityName}
                />
              ))}
            </ol>
          )}
        </section>
      )}
      {caseworker && <SavedSearches />}
    </>
  );
}
