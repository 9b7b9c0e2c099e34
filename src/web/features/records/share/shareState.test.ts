import { describe, expect, it } from 'vitest';
import type { CompetenceConfig, DisclosureDecision } from '../records.types.ts';
import {
  type Answers,
  answerLine,
  conditionId,
  confirmableCircumstances,
  questionKey,
  type ShareDraft,
  shareBlocker,
} from './shareState.ts';

const text = (s: string) => ({ fi: s, sv: s, en: s });

const decision = (over: Partial<DisclosureDecision> = {}): DisclosureDecision => ({
  allowed: true,
  mode: 'on_request',
  at: '2026-01-01',
  perCategory: [],
  legalBases: [],
  conditions: [text('justified reason')],
  ruleVersions: [],
  unverified: false,
  proposedOnly: [],
  conditionalOnly: [],
  explanation: text('ok'),
  ...over,
});

const draft: ShareDraft = {
  to: ['osh'],
  purpose: 'foreign_labour_supervision',
  initiative: 'request',
  confirmed: [],
};
const answered = (d: ShareDraft, byRecipient: Answers['byRecipient']): Answers => ({
  key: questionKey(d),
  byRecipient,
});

describe('shareBlocker', () => {
  it('asks for recipients, a purpose and the engine first', () => {
    expect(shareBlocker({ ...draft, to: [] }, null, new Set())).toBe('noRecipients');
    expect(shareBlocker({ ...draft, purpose: '' }, null, new Set())).toBe('noPurpose');
    expect(shareBlocker(draft, null, new Set())).toBe('notAsked');
  });

  it('treats answers to another question as stale', () => {
    const answers = answered(draft, { osh: decision() });
    expect(shareBlocker({ ...draft, initiative: 'own' }, answers, new Set())).toBe('stale');
    expect(shareBlocker({ ...draft, to: ['osh', 'tax'] }, answers, new Set())).toBe('stale');
  });

  it('refuses when any recipient is refused', () => {
    const two: ShareDraft = { ...draft, to: ['osh', 'tax'] };
    const answers = answered(two, { osh: decision(), tax: decision({ allowed: false, mode: 'no_rule' }) });
    expect(shareBlocker(two, answers, new Set([conditionId('osh', 0)]))).toBe('refused');
  });

  it('enables Share only when every condition is ticked', () => {
    const answers = answered(draft, { osh: decision() });
    expect(shareBlocker(draft, answers, new Set())).toBe('conditions');
    expect(shareBlocker(draft, answers, new Set([conditionId('osh', 0)]))).toBeNull();
    expect(shareBlocker(draft, answered(draft, { osh: decision({ conditions: [] }) }), new Set())).toBeNull();
  });

  it('does not depend on the order of recipients', () => {
    const answers = answered(
      { ...draft, to: ['tax', 'osh'] },
      { osh: decision({ conditions: [] }), tax: decision({ conditions: [] }) },
    );
    expect(shareBlocker({ ...draft, to: ['osh', 'tax'] }, answers, new Set())).toBeNull();
  });
});

describe('answerLine', () => {
  it.each([
    [{ allowed: true, mode: 'duty_to_notify' }, 'records.answer.yesDuty', 'must'],
    [{ allowed: true, mode: 'on_request' }, 'records.answer.yesRequest', 'yes'],
    [{ allowed: false, mode: 'on_request' }, 'records.answer.onlyOnRequest', 'no'],
    [{ allowed: false, mode: 'not_allowed' }, 'records.answer.no', 'no'],
    [{ allowed: false, mode: 'no_rule' }, 'records.answer.noRule', 'no'],
  ] as const)('%j', (d, text, tone) => {
    expect(answerLine({ ...d, perCategory: [] })).toEqual({ text, tone });
  });

  it('reads a refusal of categories that pass on request as "only on request"', () => {
    const category = (allowed: boolean, mode: DisclosureDecision['mode']) => ({
      category: 'c',
      allowed,
      mode,
      ruleIds: [],
      reason: text('r'),
    });
    const refused = { allowed: false, mode: 'not_allowed' as const };
    expect(answerLine({ ...refused, perCategory: [category(false, 'on_request')] }).text).toBe(
      'records.answer.onlyOnRequest',
    );
    expect(
      answerLine({ ...refused, perCategory: [category(false, 'on_request'), category(false, 'not_allowed')] })
        .text,
    ).toBe('records.answer.no');
  });
});

describe('confirmableCircumstances', () => {
  it('finds the codes of the circumstances a conditional rule requires', () => {
    const config = {
      circumstances: [
        { code: 'crime', label: text('a crime is suspected') },
        { code: 'threat', label: text('a threat') },
      ],
    } as CompetenceConfig;
    const d = decision({
      conditionalOnly: [
        { id: 'r', version: 1, categories: [], legalBasis: [], requires: [text('a threat')] },
      ],
    });
    expect(confirmableCircumstances(config, d).map((c) => c.code)).toEqual(['threat']);
  });
});
