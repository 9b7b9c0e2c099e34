/** Typed calls to `/api/saved-searches`: a caseworker's saved register searches. */
import { request } from '../../api/client.ts';

/** The filters of the register search (`/api/search`), as a saved search keeps them. */
export interface SavedSearchFilters {
  q?: string;
  type?: 'company' | 'worksite' | 'person' | 'record';
  industry?: string;
  municipality?: string;
  category?: string;
  owner?: string;
  from?: string;
  to?: string;
}

export interface SavedSearch {
  id: string;
  name: string;
  filters: SavedSearchFilters;
  muted: boolean;
  createdAt: string;
  updatedAt: string;
}

export const SAVED_SEARCHES_ANCHOR = 'saved-searches';
export const SAVED_SEARCHES_PATH = `/notifications#${SAVED_SEARCHES_ANCHOR}`;

/** Empty strings out, so the server sees only the filters that are set. */
export function compactFilters(filters: SavedSearchFilters): SavedSearchFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  ) as SavedSearchFilters;
}

/** Does the search have something to watch (the server asks the same: a term or a narrowing filter)? */
export function isWatchable(filters: SavedSearchFilters): boolean {
  const f = compactFilters(filters);
  return !!((f.q && f.q.trim().length >= 2) || f.municipality || f.industry || f.category || f.owner);
}

export const savedSearchesApi = {
  list: (signal?: AbortSignal) =>
    request<{ items: SavedSearch[] }>('GET', '/api/saved-searches', { signal }).then((r) => r.items),

  create: (name: string, filters: SavedSearchFilters) =>
    request<SavedSearch>('POST', '/api/saved-searches', { body: { name, filters: compactFilters(filters) } }),

  update: (id: string, patch: { name?: string; muted?: boolean }) =>
    request<SavedSearch>('PATCH', `/api/saved-searches/${encodeURIComponent(id)}`, { body: patch }),

  remove: (id: string) => request<void>('DELETE', `/api/saved-searches/${encodeURIComponent(id)}`),
};
