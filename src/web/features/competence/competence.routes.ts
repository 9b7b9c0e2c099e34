/**
 * The competence map's own sub-pages under `/competence`: which view a path shows, and the paths of
 * each view. The shell routes everything below `/competence` to one page, which reads the rest here.
 */
import type { MessageKey } from '../../i18n/messages.ts';

export const COMPETENCE_PATH = '/competence';

export type CompetenceView =
  | { view: 'overview' }
  | { view: 'authorities' }
  | { view: 'authority'; code: string }
  | { view: 'matrix' }
  | { view: 'ask' }
  | { view: 'participants' }
  | { view: 'admin' }
  | { view: 'unknown' };

/** The sub-page tabs, in order; `admin` only for platform admins. */
export const TABS = [
  { view: 'authorities', path: `${COMPETENCE_PATH}/authorities`, labelKey: 'competence.tab.authorities' },
  { view: 'ask', path: `${COMPETENCE_PATH}/ask`, labelKey: 'competence.tab.ask' },
  { view: 'matrix', path: `${COMPETENCE_PATH}/matrix`, labelKey: 'competence.tab.matrix' },
  { view: 'participants', path: `${COMPETENCE_PATH}/participants`, labelKey: 'competence.tab.participants' },
  { view: 'admin', path: `${COMPETENCE_PATH}/admin`, labelKey: 'competence.tab.admin' },
] as const satisfies readonly { view: CompetenceView['view']; path: string; labelKey: MessageKey }[];

/** `/competence/authorities/osh` → `{ view: 'authority', code: 'osh' }`. */
export function parseCompetencePath(pathname: string): CompetenceView {
  const rest = pathname.slice(COMPETENCE_PATH.length).split('/').filter(Boolean);
  const [first, second, ...more] = rest;
  if (first === undefined) return { view: 'overview' };
  if (more.length > 0) return { view: 'unknown' };
  if (first === 'authorities') {
    return second === undefined
      ? { view: 'authorities' }
      : { view: 'authority', code: decodeURIComponent(second) };
  }
  if (second !== undefined) return { view: 'unknown' };
  if (first === 'matrix' || first === 'ask' || first === 'participants' || first === 'admin') {
    return { view: first };
  }
  return { view: 'unknown' };
}

export function authorityPath(code: string): string {
  return `${COMPETENCE_PATH}/authorities/${encodeURIComponent(code)}`;
}
