import { describe, expect, it } from 'vitest';
import { SHIPPED_COMPETENCE_CONFIG as config } from '../../../../server/modules/competence/index.ts';
import type { AuthorityView, DisclosureRule } from '../competence.types.ts';
import { authorityPage } from './profile.ts';

/** What GET /api/competence/authorities/:code answers, built from the shipped map. */
function viewOf(code: string): AuthorityView {
  const byMode = (rules: DisclosureRule[]) => ({
    on_request: rules.filter((r) => r.mode === 'on_request'),
    own_initiative: rules.filter((r) => r.mode === 'own_initiative'),
    duty_to_notify: rules.filter((r) => r.mode === 'duty_to_notify'),
    not_allowed: rules.filter((r) => r.mode === 'not_allowed'),
  });
  return {
    authority: config.authorities.find((a) => a.code === code)!,
    sharesRulesWith: null,
    competences: config.competences.filter((c) => c.authority === code),
    categories: config.categories.filter((c) => (c.holder as string[]).includes(code)),
    rulesFrom: byMode(config.rules.filter((r) => r.from === code)),
    rulesTo: byMode(config.rules.filter((r) => r.to === code)),
    revision: 1,
  };
}

describe('authorityPage', () => {
  const osh = authorityPage(viewOf('osh'), config);

  it('lists the duty to notify the police first among what OSH gives', () => {
    expect(osh.outgoing[0]?.mode).toBe('duty_to_notify');
    expect(osh.outgoing[0]?.rules.map((r) => r.id)).toContain('osh-police-duty-50');
  });

  it('orders each group by the other authority, as the map lists them', () => {
    const order = config.authorities.map((a) => a.code as string);
    for (const group of osh.incoming) {
      const ranks = group.rules.map((r) => order.indexOf(r.from));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('groups its competences by kind and leaves out empty groups', () => {
    expect(osh.competences.map((g) => g.kind)).toContain('supervises');
    expect(osh.competences.every((g) => g.items.length > 0)).toBe(true);
    expect(osh.holds.map((c) => c.code)).toContain('osh_inspection_findings');
  });

  it('finds the organisation around a unit', () => {
    const nbi = authorityPage(viewOf('nbi'), config);
    expect(nbi.parent?.code).toBe('police');
    expect(authorityPage(viewOf('police'), config).units.map((u) => u.code)).toContain('nbi');
  });
});
