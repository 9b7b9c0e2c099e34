import { describe, expect, it } from 'vitest';
import { CONTACTS } from './contacts.ts';
import { evaluateSelfCheck, SELF_CHECK_QUESTIONS } from './self-check.ts';
import type { IloIndicator } from './types.ts';

const ALL_INDICATORS: IloIndicator[] = [
  'abuse-of-vulnerability',
  'deception',
  'restriction-of-movement',
  'isolation',
  'physical-and-sexual-violence',
  'intimidation-and-threats',
  'retention-of-identity-documents',
  'withholding-of-wages',
  'debt-bondage',
  'abusive-working-and-living-conditions',
  'excessive-overtime',
];

describe('self-check questions', () => {
  it('cover all 11 ILO indicators, in Finnish and English, with unique ids', () => {
    const covered = new Set(SELF_CHECK_QUESTIONS.flatMap((q) => q.indicators));
    expect([...covered].sort()).toEqual([...ALL_INDICATORS].sort());
    expect(new Set(SELF_CHECK_QUESTIONS.map((q) => q.id)).size).toBe(SELF_CHECK_QUESTIONS.length);
    for (const q of SELF_CHECK_QUESTIONS) {
      expect(q.text.fi).toBeTruthy();
      expect(q.text.en).toBeTruthy();
    }
    expect(SELF_CHECK_QUESTIONS.length).toBeGreaterThanOrEqual(10);
    expect(SELF_CHECK_QUESTIONS.length).toBeLessThanOrEqual(12);
  });
});

describe('evaluateSelfCheck', () => {
  it('is ok when everything is No or unanswered', () => {
    expect(evaluateSelfCheck({})).toEqual({ level: 'ok', contactIds: [], reasons: [] });
    expect(evaluateSelfCheck({ debt: 'no', violence: 'no' }).level).toBe('ok');
  });

  it('is ok with a single Maybe (instruction card: check further at ≥2 Maybe)', () => {
    const result = evaluateSelfCheck({ 'long-hours': 'maybe' });
    expect(result.level).toBe('ok');
    expect(result.reasons).toEqual([
      { questionId: 'long-hours', answer: 'maybe', indicators: ['excessive-overtime'] },
    ]);
  });

  it('gives advice at two Maybe answers', () => {
    const result = evaluateSelfCheck({ 'long-hours': 'maybe', 'wages-withheld': 'maybe' });
    expect(result.level).toBe('advice');
    expect(result.contactIds).toEqual(['osh-telephone', 'sak-advice']);
  });

  it('gives advice at one Yes, pointing pay problems to OSH and SAK', () => {
    const result = evaluateSelfCheck({ 'wages-withheld': 'yes' });
    expect(result.level).toBe('advice');
    expect(result.contactIds).toEqual(['osh-telephone', 'sak-advice']);
  });

  it('points trafficking signs to the assistance system first', () => {
    const result = evaluateSelfCheck({ 'documents-kept': 'yes', 'wages-withheld': 'yes' });
    expect(result.level).toBe('advice');
    expect(result.contactIds[0]).toBe('assistance-system');
    expect(result.contactIds).toContain('osh-telephone');
  });

  it('is urgent on a Yes to violence, threats of harm or being locked in, with 112 first', () => {
    for (const id of ['violence', 'threatened-harm', 'not-free-to-leave']) {
      const result = evaluateSelfCheck({ [id]: 'yes' });
      expect(result.level).toBe('urgent');
      expect(result.contactIds.slice(0, 2)).toEqual(['emergency-112', 'assistance-system']);
    }
  });

  it('is not urgent on a Maybe to violence, but still advice with two Maybes', () => {
    expect(evaluateSelfCheck({ violence: 'maybe' }).level).toBe('ok');
    expect(evaluateSelfCheck({ violence: 'maybe', isolated: 'maybe' }).level).toBe('advice');
  });

  it('only refers to contacts that exist, without duplicates', () => {
    const everything = Object.fromEntries(SELF_CHECK_QUESTIONS.map((q) => [q.id, 'yes' as const]));
    const result = evaluateSelfCheck(everything);
    const known = new Set(CONTACTS.map((c) => c.id));
    expect(result.contactIds.every((id) => known.has(id))).toBe(true);
    expect(new Set(result.contactIds).size).toBe(result.contactIds.length);
    expect(result.reasons).toHaveLength(SELF_CHECK_QUESTIONS.length);
  });
});
