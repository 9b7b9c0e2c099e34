/**
 * The CMS pages under `/worker-content`: the overview (status grid, posters, publications), the
 * side-by-side editor of one page in one language, and the notices.
 */
export const WORKER_CONTENT_PATH = '/worker-content';
export const NOTICES_PATH = `${WORKER_CONTENT_PATH}/notices`;

export type WorkerContentView =
  | { view: 'overview' }
  | { view: 'notices' }
  | { view: 'page'; slug: string; lang: string }
  | { view: 'unknown' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?$/;

export function parseWorkerContentPath(pathname: string): WorkerContentView {
  if (pathname !== WORKER_CONTENT_PATH && !pathname.startsWith(`${WORKER_CONTENT_PATH}/`)) {
    return { view: 'unknown' };
  }
  const rest = pathname.slice(WORKER_CONTENT_PATH.length).split('/').filter(Boolean).map(decodeURIComponent);
  if (rest.length === 0) return { view: 'overview' };
  if (rest.length === 1 && rest[0] === 'notices') return { view: 'notices' };
  const [first, slug = '', lang = ''] = rest;
  if (rest.length === 3 && first === 'pages' && SLUG.test(slug) && LANG.test(lang)) {
    return { view: 'page', slug, lang };
  }
  return { view: 'unknown' };
}

export function pageEditorPath(slug: string, lang: string): string {
  return `${WORKER_CONTENT_PATH}/pages/${encodeURIComponent(slug)}/${encodeURIComponent(lang)}`;
}
