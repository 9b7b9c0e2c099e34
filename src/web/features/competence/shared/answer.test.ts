import { describe, expect, it } from 'vitest';
import { fi } from '../../../i18n/fi.ts';
import { headline } from './answer.ts';

describe('headline', () => {
  it('says "yes — duty to notify" for a duty', () => {
    const line = headline({ allowed: true, mode: 'duty_to_notify' });
    expect(fi[line.text]).toBe('Kyllä – ilmoitusvelvollisuus');
    expect(line.tone).toBe('duty');
  });

  it('tells an unasked disclosure that needs a request apart from a plain no', () => {
    expect(headline({ allowed: false, mode: 'on_request' }).text).toBe('competence.answer.onlyOnRequest');
    expect(headline({ allowed: false, mode: 'not_allowed' }).text).toBe('competence.answer.no');
    expect(headline({ allowed: false, mode: 'no_rule' }).text).toBe('competence.answer.noRule');
    expect(headline({ allowed: false, mode: 'on_request' }).tone).toBe('denied');
  });

  it('answers yes for each permitting mode', () => {
    for (const mode of ['own_initiative', 'on_request', 'public', 'own_authority'] as const) {
      expect(fi[headline({ allowed: true, mode }).text]).toMatch(/^(Kyllä|Ei luovutusta)/);
    }
  });
});
