/**
 * The records pages under `/records`: which view a path shows. The shell routes everything below
 * `/records` to one page, which reads the rest here.
 */

export const RECORDS_PATH = '/records';
export const NEW_RECORD_PATH = `${RECORDS_PATH}/new`;

export type RecordsView =
  | { view: 'list' }
  | { view: 'new' }
  | { view: 'detail'; id: string }
  | { view: 'unknown' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/records/<uuid>` → `{ view: 'detail', id }`; anything that is no records page → `unknown`. */
export function parseRecordsPath(pathname: string): RecordsView {
  if (pathname !== RECORDS_PATH && !pathname.startsWith(`${RECORDS_PATH}/`)) return { view: 'unknown' };
  const rest = pathname.slice(RECORDS_PATH.length).split('/').filter(Boolean);
  if (rest.length === 0) return { view: 'list' };
  if (rest.length > 1) return { view: 'unknown' };
  const [segment = ''] = rest;
  if (segment === 'new') return { view: 'new' };
  return UUID.test(segment) ? { view: 'detail', id: segment.toLowerCase() } : { view: 'unknown' };
}

export function recordPath(id: string): string {
  return `${RECORDS_PATH}/${encodeURIComponent(id)}`;
}
