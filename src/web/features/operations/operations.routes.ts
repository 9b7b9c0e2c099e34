/**
 * The joint operations pages under `/operations`: the list, the annual clock, the initiatives and one
 * operation with its tab. The shell routes everything below `/operations` to one page, which reads the
 * rest here.
 */

export const OPERATIONS_PATH = '/operations';
export const CLOCK_PATH = `${OPERATIONS_PATH}/clock`;
export const INITIATIVES_PATH = `${OPERATIONS_PATH}/initiatives`;

export type OperationsView =
  | { view: 'list' }
  | { view: 'clock' }
  | { view: 'initiatives' }
  | { view: 'initiative'; id: string }
  | { view: 'operation'; id: string; tab: string | null }
  | { view: 'unknown' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TAB = /^[a-z][a-z-]{0,30}$/;

/** `/operations/<uuid>/meeting` → `{ view: 'operation', id, tab: 'meeting' }`. */
export function parseOperationsPath(pathname: string): OperationsView {
  if (pathname !== OPERATIONS_PATH && !pathname.startsWith(`${OPERATIONS_PATH}/`)) return { view: 'unknown' };
  const [first, second, ...more] = pathname.slice(OPERATIONS_PATH.length).split('/').filter(Boolean);
  if (first === undefined) return { view: 'list' };
  if (more.length > 0) return { view: 'unknown' };
  if (first === 'clock') return second === undefined ? { view: 'clock' } : { view: 'unknown' };
  if (first === 'initiatives') {
    if (second === undefined) return { view: 'initiatives' };
    return UUID.test(second) ? { view: 'initiative', id: second.toLowerCase() } : { view: 'unknown' };
  }
  if (!UUID.test(first)) return { view: 'unknown' };
  if (second !== undefined && !TAB.test(second)) return { view: 'unknown' };
  return { view: 'operation', id: first.toLowerCase(), tab: second ?? null };
}

export function operationPath(id: string, tab?: string): string {
  const base = `${OPERATIONS_PATH}/${encodeURIComponent(id)}`;
  return tab ? `${base}/${encodeURIComponent(tab)}` : base;
}

export function initiativePath(id: string): string {
  return `${INITIATIVES_PATH}/${encodeURIComponent(id)}`;
}

/** Links that prefill a form: `/operations?from=initiative:<id>` and so on. */
export function withQuery(path: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}
