/**
 * The register pages under `/targets`: which view a path shows. The shell routes everything below
 * `/targets` to one page, which reads the rest here.
 */
import type { TargetType } from './targets.types.ts';

export const TARGETS_PATH = '/targets';
export const REQUESTS_PATH = `${TARGETS_PATH}/requests`;
export const IMPORT_PATH = `${TARGETS_PATH}/import`;
export const NEW_TARGET_PATH = `${TARGETS_PATH}/new`;

export type TargetsView =
  | { view: 'search' }
  | { view: 'card'; type: TargetType; id: string }
  | { view: 'requests' }
  | { view: 'new'; type: TargetType }
  | { view: 'import' }
  | { view: 'unknown' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPES: readonly TargetType[] = ['company', 'worksite', 'person'];
export const isTargetType = (value: unknown): value is TargetType =>
  typeof value === 'string' && (TYPES as readonly string[]).includes(value);

export function parseTargetsPath(pathname: string): TargetsView {
  if (pathname !== TARGETS_PATH && !pathname.startsWith(`${TARGETS_PATH}/`)) return { view: 'unknown' };
  const rest = pathname.slice(TARGETS_PATH.length).split('/').filter(Boolean);
  const [first = '', second = ''] = rest;
  if (rest.length === 0) return { view: 'search' };
  if (rest.length === 1 && first === 'requests') return { view: 'requests' };
  if (rest.length === 1 && first === 'import') return { view: 'import' };
  if (rest.length === 2 && first === 'new' && isTargetType(second)) return { view: 'new', type: second };
  if (rest.length === 2 && isTargetType(first) && UUID.test(second))
    return { view: 'card', type: first, id: second.toLowerCase() };
  return { view: 'unknown' };
}

export function targetPath(type: TargetType, id: string): string {
  return `${TARGETS_PATH}/${type}/${encodeURIComponent(id)}`;
}

export function newTargetPath(type: TargetType): string {
  return `${NEW_TARGET_PATH}/${type}`;
}
