import { afterEach, describe, expect, it } from 'vitest';
import { decline, declinedReasons, proposalsFor, undoDecline } from './proposals.ts';
import type { Obligation } from './records.types.ts';

const text = (s: string) => ({ fi: s, sv: s, en: s });
const obligation = (to: Obligation['to'], mode: Obligation['mode'], purposes: string[] = []): Obligation => ({
  to,
  mode,
  rule: { id: `${to}-${mode}`, version: 1 },
  categories: ['c'],
  purposes,
  conditions: [],
  requires: [],
  legalBasis: [],
  verified: true,
  prompt: text(`tell ${to}`),
});

describe('proposalsFor', () => {
  it('groups by recipient, duties first, with the duty’s purpose', () => {
    const proposals = proposalsFor(
      [
        obligation('border', 'own_initiative', ['crime_prevention']),
        obligation('police', 'own_initiative', ['crime_prevention']),
        obligation('police', 'duty_to_notify', ['crime_investigation']),
      ],
      [],
    );
    expect(proposals.map((p) => [p.to, p.mode, p.obligations.length, p.purpose])).toEqual([
      ['police', 'duty_to_notify', 2, 'crime_investigation'],
      ['border', 'own_initiative', 1, 'crime_prevention'],
    ]);
  });

  it('leaves out recipients who already have the record', () => {
    expect(proposalsFor([obligation('tax', 'own_initiative')], ['tax'])).toEqual([]);
  });
});

describe('declined proposals', () => {
  afterEach(() => undoDecline('r1', 'police'));

  it('keeps the reason per record and recipient until undone', () => {
    decline('r1', 'police', 'reported by phone already');
    expect(declinedReasons('r1').get('police')).toBe('reported by phone already');
    expect(declinedReasons('r2').size).toBe(0);
    undoDecline('r1', 'police');
    expect(declinedReasons('r1').has('police')).toBe(false);
  });
});
