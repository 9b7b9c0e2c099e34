/** Loads data for a page: `{ data, error, loading, reload }`, cancelled when the page goes away. */
import { useCallback, useEffect, useMemo, useState } from 'react';

export interface ApiData<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * `load` must be stable (a module-level function or a `useCallback`), or every render loads again.
 * It loads again when `load` changes, on `reload()`, and whenever `revision` changes (e.g. a counter
 * the parent bumps after a save); the data already shown stays until the new data arrives.
 */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, revision?: unknown): ApiData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  // One request per load, reload() and revision: a new object is what starts the next load.
  const request = useMemo(() => ({ load, attempt, revision }), [load, attempt, revision]);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    request.load(controller.signal).then(
      (value) => {
        setData(value);
        setLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [request]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, reload };
}
