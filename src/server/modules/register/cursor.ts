/**
 * Opaque keyset cursors: the sort key and id of the last row of a page, base64url JSON. Keyset paging
 * (`WHERE (key, id) > (…)`) costs the same on page 1 and page 1000, unlike OFFSET, which reads and
 * throws away every earlier row.
 */
import { AppError } from '../../platform/errors.ts';

export type CursorKey = string | number | null;

export function encodeCursor(key: CursorKey, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

/** Decodes a cursor; a malformed one is a 400 naming the field. */
export function decodeCursor(cursor: string, field = 'querystring.cursor'): { key: CursorKey; id: string } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number' || value[0] === null) &&
      typeof value[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(value[1])
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', `${field}: not a cursor from this API`, {
    issues: [{ field, message: 'not a cursor from this API' }],
  });
}
