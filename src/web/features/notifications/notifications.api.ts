/** Typed calls to the notification centre (`/api/notifications`) and watchlists (`/api/watches`). */
import { request } from '../../api/client.ts';

/** One notification: an event about something the user follows, still visible to them. */
export interface NotificationItem {
  id: string;
  eventId: number;
  type: string;
  subjectType: string;
  subjectId: string;
  targetIds: string[];
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  unreadCount: number;
  items: NotificationItem[];
}

export type WatchSubject = 'target' | 'record' | 'operation' | 'disclosure_request';

export interface Watch {
  id: string;
  subjectType: WatchSubject;
  subjectId: string;
  createdAt: string;
}

export const notificationsApi = {
  list: (signal?: AbortSignal) => request<NotificationList>('GET', '/api/notifications?limit=50', { signal }),

  markRead: (ids: string[] | 'all') =>
    request<{ updated: number }>('POST', '/api/notifications/read', {
      body: ids === 'all' ? { all: true } : { ids },
    }),

  watches: (signal?: AbortSignal) =>
    request<{ items: Watch[] }>('GET', '/api/watches', { signal }).then((r) => r.items),

  follow: (subjectType: WatchSubject, subjectId: string) =>
    request<Watch>('POST', '/api/watches', { body: { subjectType, subjectId } }),

  unfollow: (watchId: string) => request<void>('DELETE', `/api/watches/${encodeURIComponent(watchId)}`),
};
