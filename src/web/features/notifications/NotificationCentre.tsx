/**
 * The notification centre's state for the whole signed-in tab: the unread count shown by the bell and
 * the list shown on /notifications. It reloads when a record, target or disclosure-request event
 * arrives (the server decides, at read time, which notifications the user may still see) and after the
 * live stream reconnects.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useLiveConnection, useLiveEvents } from './LiveEvents.tsx';
import { type NotificationItem, notificationsApi } from './notifications.api.ts';

interface NotificationCentreValue {
  /** null until the first answer. */
  unreadCount: number | null;
  items: NotificationItem[] | null;
  error: unknown;
  /**
   * The unread count when new notifications last arrived, for a polite screen-reader announcement;
   * null when there is nothing to announce (at start and after marking read).
   */
  arrivedCount: number | null;
  refresh: () => void;
  markRead: (ids: string[] | 'all') => Promise<void>;
}

const NotificationCentreContext = createContext<NotificationCentreValue | null>(null);

/** Bursts of events (a mass disclosure) become one reload. */
const COALESCE_MS = 250;

export function NotificationCentreProvider({ children }: { children: ReactNode }) {
  const [unreadCount, setUnreadCount] = useState<number | null>(null);
  const [items, setItems] = useState<NotificationItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [arrivedCount, setArrivedCount] = useState<number | null>(null);
  const latestRequest = useRef(0);
  const previousCount = useRef<number | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const load = useCallback(() => {
    const ticket = ++latestRequest.current;
    notificationsApi.list().then(
      (list) => {
        if (ticket !== latestRequest.current) return;
        const before = previousCount.current;
        previousCount.current = list.unreadCount;
        if (before !== null && list.unreadCount > before) setArrivedCount(list.unreadCount);
        setUnreadCount(list.unreadCount);
        setItems(list.items);
        setError(null);
      },
      (reason: unknown) => {
        if (ticket === latestRequest.current) setError(reason);
      },
    );
  }, []);

  const refresh = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(load, COALESCE_MS);
  }, [load]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => load(), [load]);

  // Again after each reconnection (not the first connection): a gap may have hidden notifications.
  const connection = useLiveConnection();
  useEffect(() => {
    if (connection > 1) load();
  }, [load, connection]);

  useLiveEvents({ types: ['record.*', 'disclosure_request.*', 'target.*', 'saved_search.*'] }, refresh);

  const markRead = useCallback(
    async (ids: string[] | 'all') => {
      await notificationsApi.markRead(ids);
      // Reading is not news: the count goes down without an announcement.
      previousCount.current = null;
      setArrivedCount(null);
      load();
    },
    [load],
  );

  return (
    <NotificationCentreContext.Provider
      value={{ unreadCount, items, error, arrivedCount, refresh, markRead }}
    >
      {children}
    </NotificationCentreContext.Provider>
  );
}

export function useNotificationCentre(): NotificationCentreValue {
  const value = useContext(NotificationCentreContext);
  if (!value) throw new Error('useNotificationCentre used outside <NotificationCentreProvider>');
  return value;
}
