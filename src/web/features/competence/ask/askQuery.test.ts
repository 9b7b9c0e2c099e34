import { describe, expect, it } from 'vitest';
import { askSearch, isComplete, parseAskQuery } from './askQuery.ts';

describe('ask query string', () => {
  it('round-trips a full question', () => {
    const query = {
      from: 'osh',
      to: 'police',
      categories: ['osh_inspection_findings', 'public_tips'],
      purpose: 'crime_investigation',
      initiative: 'own' as const,
      confirmed: ['suspected_crime_max_penalty_over_6_months'],
    };
    const search = askSearch(query);
    expect(search).toBe(
      'from=osh&to=police&categories=osh_inspection_findings,public_tips&purpose=crime_investigation&initiative=own&confirmed=suspected_crime_max_penalty_over_6_months',
    );
    expect(parseAskQuery(`?${search}`)).toEqual(query);
  });

  it('fills what the link leaves out from the defaults', () => {
    expect(parseAskQuery('?to=tax', { from: 'osh', initiative: 'request' })).toEqual({
      from: 'osh',
      to: 'tax',
      categories: [],
      purpose: '',
      initiative: 'request',
      confirmed: [],
    });
  });

  it('ignores an unknown initiative and empty list items', () => {
    const query = parseAskQuery('?initiative=maybe&categories=a,,b');
    expect(query.initiative).toBe('own');
    expect(query.categories).toEqual(['a', 'b']);
  });

  it('knows when the engine can be asked', () => {
    expect(isComplete(parseAskQuery('?from=osh&to=police&categories=a&purpose=p'))).toBe(true);
    expect(isComplete(parseAskQuery('?from=osh&to=police&purpose=p'))).toBe(false);
  });
});
