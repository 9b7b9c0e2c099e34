import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, exportUrl, fromSearchParams, isSearchable, toSearchParams } from './searchQuery.ts';

describe('search query', () => {
  it('sends only filled fields, trimmed', () => {
    const params = toSearchParams({ ...EMPTY_SEARCH, q: '  Rakennus Oy ', industry: '43', owner: '' });
    expect(params.toString()).toBe('q=Rakennus+Oy&industry=43');
  });

  it('round-trips through the page address', () => {
    const form = {
      ...EMPTY_SEARCH,
      q: '7294453-7',
      type: 'record' as const,
      from: '2026-01-01',
      to: '2026-11-29',
    };
    expect(fromSearchParams(toSearchParams(form))).toEqual(form);
  });

  it('ignores an unknown type and unknown keys', () => {
    expect(fromSearchParams(new URLSearchParams('type=ship&x=1&q=ab'))).toEqual({ ...EMPTY_SEARCH, q: 'ab' });
  });

  it('needs two characters or a filter', () => {
    expect(isSearchable(EMPTY_SEARCH)).toBe(false);
    expect(isSearchable({ ...EMPTY_SEARCH, q: ' a ' })).toBe(false);
    expect(isSearchable({ ...EMPTY_SEARCH, type: 'company' })).toBe(false);
    expect(isSearchable({ ...EMPTY_SEARCH, q: 'ab' })).toBe(true);
    expect(isSearchable({ ...EMPTY_SEARCH, municipality: 'Kitee' })).toBe(true);
  });

  it('builds the export address without paging', () => {
    expect(exportUrl({ ...EMPTY_SEARCH, q: 'Oy', type: 'company' }, 'xlsx')).toBe(
      '/api/search/export.xlsx?q=Oy&type=company',
    );
    expect(exportUrl(EMPTY_SEARCH, 'csv')).toBe('/api/search/export.csv');
  });
});
