import { describe, expect, it } from 'vitest';
import { newTargetPath, parseTargetsPath, targetPath } from './targets.routes.ts';

const ID = '85a11a8b-10fb-48f7-900e-a46119b4e0f2';

describe('parseTargetsPath', () => {
  it.each([
    ['/targets', { view: 'search' }],
    ['/targets/requests', { view: 'requests' }],
    ['/targets/import', { view: 'import' }],
    ['/targets/new/company', { view: 'new', type: 'company' }],
    ['/targets/new/person', { view: 'new', type: 'person' }],
    [`/targets/company/${ID}`, { view: 'card', type: 'company', id: ID }],
    [`/targets/worksite/${ID.toUpperCase()}`, { view: 'card', type: 'worksite', id: ID }],
    ['/targets/new/ship', { view: 'unknown' }],
    ['/targets/company/42', { view: 'unknown' }],
    [`/targets/ship/${ID}`, { view: 'unknown' }],
    [`/targets/company/${ID}/x`, { view: 'unknown' }],
    ['/targetsx', { view: 'unknown' }],
  ])('%s', (path, expected) => {
    expect(parseTargetsPath(path)).toEqual(expected);
  });

  it('round-trips card and form paths', () => {
    expect(parseTargetsPath(targetPath('person', ID))).toEqual({ view: 'card', type: 'person', id: ID });
    expect(parseTargetsPath(newTargetPath('worksite'))).toEqual({ view: 'new', type: 'worksite' });
  });
});
