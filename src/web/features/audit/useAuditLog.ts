/** The audit rows read so far, newest first, and "load more" with keyset paging (`before`). */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import type { AuditRow } from '../../api/types.ts';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditLog {
  rows: AuditRow[];
  /** True once the oldest row has been read. */
  complete: boolean;
  loading: boolean;
  error: unknown;
  loadMore: () => void;
}

export function useAuditLog(): AuditLog {
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [complete, setComplete] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback((before: number | null) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setLoading(true);
    setError(null);
    api.audit(before, AUDIT_PAGE_SIZE, current.signal).then(
      (page) => {
        setRows((previous) => (before === null ? page.items : [...previous, ...page.items]));
        setNextBefore(page.nextBefore);
        setComplete(page.nextBefore === null);
        setLoading(false);
      },
      (reason: unknown) => {
        if (current.signal.aborted) return;
        setError(reason);
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    load(null);
    return () => controller.current?.abort();
  }, [load]);

  // After a failed first page there is nothing to continue from: "load more" starts over.
  const loadMore = useCallback(() => load(rows.length ? nextBefore : null), [load, rows.length, nextBefore]);
  return { rows, complete, loading, error, loadMore };
}
