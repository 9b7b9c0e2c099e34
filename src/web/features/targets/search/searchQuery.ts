/**
 * The search form as data: its values, the query string the API and the page's address take, and
 * back. Pure, so the round trip and the empty-field rules are tested without a browser.
 */

export type SearchType = '' | 'company' | 'worksite' | 'person' | 'record';

export interface SearchForm {
  q: string;
  type: SearchType;
  industry: string;
  municipality: string;
  category: string;
  owner: string;
  from: string;
  to: string;
}

export const EMPTY_SEARCH: SearchForm = {
  q: '',
  type: '',
  industry: '',
  municipality: '',
  category: '',
  owner: '',
  from: '',
  to: '',
};

const KEYS = Object.keys(EMPTY_SEARCH) as (keyof SearchForm)[];
const TYPES: readonly SearchType[] = ['', 'company', 'worksite', 'person', 'record'];

/** Only the filled fields, trimmed: the API refuses empty values (e.g. `q` under 2 characters). */
export function toSearchParams(form: SearchForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = form[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** The form a page address describes; unknown keys and types are ignored. */
export function fromSearchParams(params: URLSearchParams): SearchForm {
  const form = { ...EMPTY_SEARCH };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null) form[key] = value as never;
  }
  if (!TYPES.includes(form.type)) form.type = '';
  return form;
}

/** True when there is anything to search for (a query of 2+ characters, or at least one filter). */
export function isSearchable(form: SearchForm): boolean {
  const { q, type: _type, ...filters } = form;
  return q.trim().length >= 2 || Object.values(filters).some((value) => value.trim() !== '');
}

/** The export address for the current result (no cursor, no limit: the server streams all of it). */
export function exportUrl(form: SearchForm, format: 'csv' | 'xlsx'): string {
  const query = toSearchParams(form).toString();
  return `/api/search/export.${format}${query ? `?${query}` : ''}`;
}
