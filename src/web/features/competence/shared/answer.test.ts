import { describe, expect, it } from 'vitest';
import { fi } from '../../../i18n/fi.ts';
import type { DisclosureDecision } from '../competence.types.ts';
import { headline } from './answer.ts';

type Line = Pick<DisclosureDecision, 'allowed' | 'mode' | 'perCategory'>;

function decision(
  allowed: boolean,
  mode: DisclosureDecision['mode'],
  categoryModes: DisclosureDecision['mode'][] = [],
): Line {
  return {
    allowed,
    mode,
    perCategory: categoryModes.map((m, i) => ({
      category: `c${i}`,
      allowed: m !== 'on_request' && m !== 'not_allowed' && m !== 'no_rule',
      mode: m,
      ruleIds: [],
      reason: { fi: '', sv: '', en: '' },
    })),
  };
}

describe('headline', () => {
  it('says "yes — duty to notify" for a duty', () => {
    const line = headline(decision(true, 'duty_to_notify'));
    expect(fi[line.text]).toBe('Kyllä – ilmoitusvelvollisuus');
    expect(line.tone).toBe('duty');
  });

  it('tells an unasked disclosure that needs a request apart from a plain no', () => {
    // The engine reports the whole request as not_allowed; the category says "only on request".
    expect(headline(decision(false, 'not_allowed', ['on_request'])).text).toBe(
      'competence.answer.onlyOnRequest',
    );
    expect(headline(decision(false, 'not_allowed', ['on_request', 'own_initiative'])).text).toBe(
      'competence.answer.onlyOnRequest',
    );
    expect(headline(decision(false, 'not_allowed', ['on_request', 'not_allowed'])).text).toBe(
      'competence.answer.no',
    );
    expect(headline(decision(false, 'no_rule', ['no_rule'])).text).toBe('competence.answer.noRule');
    expect(headline(decision(false, 'not_allowed', ['on_request'])).tone).toBe('denied');
  });

  it('answers yes for each permitting mode', () => {
    for (const mode of ['own_initiative', 'on_request', 'public', 'own_authority'] as const) {
      expect(fi[headline(decision(true, mode)).text]).toMatch(/^(Kyllä|Ei luovutusta)/);
    }
  });
});
