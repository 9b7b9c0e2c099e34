import { describe, expect, it } from 'vitest';
import { authorityPath, parseCompetencePath } from './competence.routes.ts';

describe('parseCompetencePath', () => {
  it.each([
    ['/competence', { view: 'overview' }],
    ['/competence/authorities', { view: 'authorities' }],
    ['/competence/authorities/osh', { view: 'authority', code: 'osh' }],
    ['/competence/matrix', { view: 'matrix' }],
    ['/competence/ask', { view: 'ask' }],
    ['/competence/participants', { view: 'participants' }],
    ['/competence/admin', { view: 'admin' }],
    ['/competence/nothing', { view: 'unknown' }],
    ['/competence/matrix/extra', { view: 'unknown' }],
    ['/competence/authorities/osh/extra', { view: 'unknown' }],
  ])('%s', (path, expected) => {
    expect(parseCompetencePath(path)).toEqual(expected);
  });

  it('round-trips an authority path', () => {
    expect(parseCompetencePath(authorityPath('tax'))).toEqual({ view: 'authority', code: 'tax' });
  });
});
