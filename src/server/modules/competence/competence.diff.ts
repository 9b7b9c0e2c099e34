/**
 * A field-level diff of two JSON values for the change-history view: every leaf that differs, with
 * its path written like the configuration problems (`legalBasis[0].section`). Objects are compared
 * key by key, arrays index by index; a side that does not exist is left out of the change.
 */

/** One changed field. `before` is absent when the field was added, `after` when it was removed. */
export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

function walk(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (before === undefined && after === undefined) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], join(path, key), out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      walk(before[i], after[i], join(path, i), out);
    }
    return;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const change: FieldChange = { path: path || '(root)' };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  out.push(change);
}

/**
 * The changed fields from `before` to `after`. `ignore` lists top-level keys left out (a rule's
 * `version` always changes and says nothing).
 */
export function diffJson(before: unknown, after: unknown, ignore: readonly string[] = []): FieldChange[] {
  const strip = (value: unknown) =>
    isObject(value) ? Object.fromEntries(Object.entries(value).filter(([k]) => !ignore.includes(k))) : value;
  const out: FieldChange[] = [];
  walk(strip(before), strip(after), '', out);
  return out;
}
