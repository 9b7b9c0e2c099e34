/**
 * One search and its keyset pages: the first page when the question changes, "load more" appends the
 * next page by its cursor. Hits come with every page; they are merged (one per target and holder).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { targetsApi } from '../targets.api.ts';
import type { Hit, SearchItem } from '../targets.types.ts';

export interface SearchState {
  items: SearchItem[] | null;
  hits: Hit[];
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
  loadMore: () => void;
  reload: () => void;
}

export function useSearch(params: URLSearchParams | null): SearchState {
  const [items, setItems] = useState<SearchItem[] | null>(null);
  const [hits, setHits] = useState<Hit[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const key = params?.toString() ?? null;
  // A new search when the question changes or on reload(): a new object is what loads the first page.
  const search = useMemo(() => ({ key, attempt }), [key, attempt]);

  const load = useCallback(
    (cursor: string | null) => {
      if (search.key === null) return;
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setLoading(true);
      setError(null);
      targetsApi.search(new URLSearchParams(search.key), cursor, current.signal).then(
        (page) => {
          setItems((previous) => (cursor && previous ? [...previous, ...page.items] : page.items));
          setHits((previous) => {
            const all = cursor ? [...previous, ...page.hits] : page.hits;
            return [...new Map(all.map((hit) => [`${hit.targetId}:${hit.authority}`, hit])).values()];
          });
          setNextCursor(page.nextCursor);
          setLoading(false);
        },
        (reason: unknown) => {
          if (current.signal.aborted) return;
          setError(reason);
          setLoading(false);
        },
      );
    },
    [search],
  );

  useEffect(() => {
    setItems(null);
    setHits([]);
    setNextCursor(null);
    load(null);
    return () => controller.current?.abort();
  }, [load]);

  return {
    items,
    hits,
    nextCursor,
    loading,
    error,
    loadMore: () => {
      if (nextCursor) load(nextCursor);
    },
    reload: () => setAttempt((n) => n + 1),
  };
}
