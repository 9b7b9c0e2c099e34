/**
 * The records list: newest first, "load more" by creation time, and a live refresh that re-reads the
 * newest page when a record event arrives (a new record, a new disclosure to us, a revocation) while
 * keeping the older pages already loaded. Says how many records the refresh added.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveEvents } from '../notifications/LiveEvents.tsx';
import { PAGE_SIZE, recordsApi } from './records.api.ts';
import type { InfoRecord } from './records.types.ts';

export interface RecordList {
  items: InfoRecord[] | null;
  error: unknown;
  loading: boolean;
  complete: boolean;
  /** Records that appeared through the last live refresh (for a polite announcement). */
  arrived: number;
  loadMore: () => void;
  reload: () => void;
}

/** The fresh newest page, then the older records already shown that it does not reach. */
export function mergeNewest(fresh: InfoRecord[], shown: InfoRecord[], pageSize = PAGE_SIZE): InfoRecord[] {
  if (fresh.length < pageSize) return fresh;
  const oldest = fresh[fresh.length - 1]?.createdAt ?? '';
  const ids = new Set(fresh.map((r) => r.id));
  return [...fresh, ...shown.filter((r) => !ids.has(r.id) && r.createdAt < oldest)];
}

export function useRecordList(): RecordList {
  const [items, setItems] = useState<InfoRecord[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [complete, setComplete] = useState(false);
  const [arrived, setArrived] = useState(0);
  const shown = useRef<InfoRecord[]>([]);
  const ticket = useRef(0);

  const show = useCallback((next: InfoRecord[]) => {
    shown.current = next;
    setItems(next);
  }, []);

  const loadNewest = useCallback(
    (live: boolean) => {
      const mine = ++ticket.current;
      setLoading(true);
      recordsApi.list(null).then(
        (fresh) => {
          if (mine !== ticket.current) return;
          const before = new Set(shown.current.map((r) => r.id));
          const next = live ? mergeNewest(fresh, shown.current) : fresh;
          if (live) setArrived(next.filter((r) => !before.has(r.id)).length);
          if (!live) setComplete(fresh.length < PAGE_SIZE);
          show(next);
          setError(null);
          setLoading(false);
        },
        (reason: unknown) => {
          if (mine !== ticket.current) return;
          setError(reason);
          setLoading(false);
        },
      );
    },
    [show],
  );

  useEffect(() => {
    loadNewest(false);
    return () => {
      ticket.current += 1;
    };
  }, [loadNewest]);

  useLiveEvents({ types: ['record.*'] }, () => loadNewest(true));

  const loadMore = useCallback(() => {
    const oldest = shown.current[shown.current.length - 1];
    if (!oldest) return;
    const mine = ++ticket.current;
    setLoading(true);
    recordsApi.list(oldest.createdAt).then(
      (older) => {
        if (mine !== ticket.current) return;
        const ids = new Set(shown.current.map((r) => r.id));
        show([...shown.current, ...older.filter((r) => !ids.has(r.id))]);
        setComplete(older.length < PAGE_SIZE);
        setLoading(false);
      },
      (reason: unknown) => {
        if (mine !== ticket.current) return;
        setError(reason);
        setLoading(false);
      },
    );
  }, [show]);

  const reload = useCallback(() => loadNewest(false), [loadNewest]);
  return { items, error, loading, complete, arrived, loadMore, reload };
}
