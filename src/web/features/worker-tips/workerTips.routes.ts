/** The tips inbox under `/worker-tips`: the list, and one tip at `/worker-tips/<id>`. */
import type { Role } from '../../../contracts/roles.ts';

export const WORKER_TIPS_PATH = '/worker-tips';

/** Caseworkers; the server shows each only the tips their authority may read. */
export const WORKER_TIPS_ROLES: readonly Role[] = ['officer', 'analyst', 'operation_lead'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type WorkerTipsView = { view: 'list' } | { view: 'detail'; id: string } | { view: 'unknown' };

export function parseWorkerTipsPath(pathname: string): WorkerTipsView {
  if (pathname === WORKER_TIPS_PATH) return { view: 'list' };
  const rest = pathname.startsWith(`${WORKER_TIPS_PATH}/`) ? pathname.slice(WORKER_TIPS_PATH.length + 1) : '';
  return UUID.test(rest) ? { view: 'detail', id: rest.toLowerCase() } : { view: 'unknown' };
}

export const tipPath = (id: string) => `${WORKER_TIPS_PATH}/${encodeURIComponent(id)}`;
