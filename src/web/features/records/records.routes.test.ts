import { describe, expect, it } from 'vitest';
import { parseRecordsPath, recordPath } from './records.routes.ts';

const ID = '85a11a8b-10fb-48f7-900e-a46119b4e0f2';

describe('parseRecordsPath', () => {
  it.each([
    ['/records', { view: 'list' }],
    ['/records/new', { view: 'new' }],
    [`/records/${ID}`, { view: 'detail', id: ID }],
    [`/records/${ID.toUpperCase()}`, { view: 'detail', id: ID }],
    ['/records/42', { view: 'unknown' }],
    [`/records/${ID}/edit`, { view: 'unknown' }],
    ['/recordsx', { view: 'unknown' }],
  ])('%s', (path, expected) => {
    expect(parseRecordsPath(path)).toEqual(expected);
  });

  it('round-trips a record path', () => {
    expect(parseRecordsPath(recordPath(ID))).toEqual({ view: 'detail', id: ID });
  });
});
