import { describe, expect, it } from 'vitest';
import { SHIPPED_COMPETENCE_CONFIG } from '../../../../server/modules/competence/index.ts';
import { formOf, ruleOf } from './ruleForm.ts';

const rule = SHIPPED_COMPETENCE_CONFIG.rules.find((r) => r.id === 'osh-police-duty-50')!;

describe('rule form', () => {
  it('gives back the same rule when nothing is changed', () => {
    const built = ruleOf(rule, formOf(rule));
    expect(built).toEqual({ ok: true, data: rule });
    if (built.ok) expect(Object.keys(built.data)).toEqual(Object.keys(rule));
  });

  it('applies the fields with their own inputs and the JSON part', () => {
    const form = formOf(rule);
    const rest = JSON.parse(form.rest);
    rest.purposes = ['crime_prevention'];
    const built = ruleOf(rule, {
      ...form,
      mode: 'own_initiative',
      validTo: '2030-12-31',
      note: { ...form.note, fi: 'Uusi huomautus' },
      rest: JSON.stringify(rest),
    });
    expect(built.ok && built.data.mode).toBe('own_initiative');
    expect(built.ok && built.data.validTo).toBe('2030-12-31');
    expect(built.ok && built.data.sourceNote?.fi).toBe('Uusi huomautus');
    expect(built.ok && built.data.purposes).toEqual(['crime_prevention']);
    expect(built.ok && built.data.id).toBe(rule.id);
  });

  it('reports JSON that cannot be read', () => {
    expect(ruleOf(rule, { ...formOf(rule), rest: '{ nope' }).ok).toBe(false);
    expect(ruleOf(rule, { ...formOf(rule), rest: '[]' }).ok).toBe(false);
  });
});
