/**
 * The bell in the header: a link to the notification centre whose accessible name carries the unread
 * count ("Ilmoitukset, 3 lukematonta"), and a polite live region that announces new arrivals.
 */
import { IconAlert } from 'suomifi-ui-components';
import { usePathname } from '../../app/router.ts';
import { routeOnClick } from '../../components/AppLink.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useNotificationCentre } from './NotificationCentre.tsx';
import { NOTIFICATIONS_PATH, unreadLabel } from './notificationText.ts';
import './notifications.css';

export function NotificationBell() {
  const t = useT();
  const pathname = usePathname();
  const { unreadCount, arrivedCount } = useNotificationCentre();
  const count = unreadCount ?? 0;

  return (
    <div className="notification-bell-wrap">
      <a
        href={NOTIFICATIONS_PATH}
        className={count > 0 ? 'notification-bell notification-bell--unread' : 'notification-bell'}
        aria-label={unreadLabel(t, count)}
        aria-current={pathname === NOTIFICATIONS_PATH ? 'page' : undefined}
        onClick={routeOnClick(NOTIFICATIONS_PATH)}
      >
        <IconAlert className="notification-bell__icon" />
        {count > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </a>
      <span className="visually-hidden" aria-live="polite">
        {arrivedCount !== null ? t('notifications.arrived', { count: arrivedCount }) : ''}
      </span>
    </div>
  );
}
