/** Proactive prompts: what a holder of a record may or must tell whom. */
import { describe, expect, it } from 'vitest';
import { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
import { UnknownCodeError } from './competence.errors.ts';
import { obligationsFor } from './obligations.ts';

const AT = '2026-02-01';

describe('obligationsFor', () => {
  it('puts the OSH duty to notify the police first, then the may-rules', () => {
    const list = obligationsFor(SHIPPED_COMPETENCE_CONFIG, 'osh', ['osh_inspection_findings'], AT);
    expect(list[0]).toMatchObject({ to: 'police', mode: 'duty_to_notify' });
    expect(
      list
        .filter((o) => o.mode === 'duty_to_notify')
        .map((o) => o.rule.id)
        .sort(),
    ).toEqual(['osh-police-duty-50', 'osh-police-duty-aliens-85']);
    expect(list.map((o) => o.rule.id)).toContain('osh-etk-own-4d');
    expect(list[0]?.prompt.fi).toMatch(/^Sinun on ilmoitettava poliisille/);
    expect(list.find((o) => o.rule.id === 'osh-etk-own-4d')?.prompt.en).toMatch(
      /^You may tell the Finnish Centre/,
    );
  });

  it('never offers on-request or proposed rules', () => {
    const list = obligationsFor(
      SHIPPED_COMPETENCE_CONFIG,
      'tax',
      ['tax_information', 'targeting_dataset'],
      AT,
    );
    const ids = list.map((o) => o.rule.id);
    expect(ids).toContain('tax-osh-own-18-1-4');
    expect(ids).not.toContain('tax-osh-own-18-1-4-he198');
    expect(ids).not.toContain('tax-osh-obtain-4b');
    expect(list.every((o) => o.mode === 'own_initiative' || o.mode === 'duty_to_notify')).toBe(true);
  });

  it('shows the circumstance an exceptional rule needs', () => {
    const list = obligationsFor(SHIPPED_COMPETENCE_CONFIG, 'nas', ['victim_assistance_client_data'], AT);
    expect(list.map((o) => o.rule.id)).toEqual(['nas-police-own-37']);
    expect(list[0]?.requires[0]?.en).toContain('serious threat');
    expect(list[0]?.prompt.fi).toContain('Vain, jos vahvistat');
  });

  it('respects dates: nothing from 18 § 1 mom. 4 kohta before 1.9.2009', () => {
    const ids = obligationsFor(SHIPPED_COMPETENCE_CONFIG, 'tax', ['tax_information'], '2009-08-31').map(
      (o) => o.rule.id,
    );
    expect(ids).not.toContain('tax-osh-own-18-1-4');
  });

  it('throws on unknown codes', () => {
    expect(() => obligationsFor(SHIPPED_COMPETENCE_CONFIG, 'osh', ['secret_sauce'], AT)).toThrow(
      UnknownCodeError,
    );
  });
});
