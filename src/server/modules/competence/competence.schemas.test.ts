/** The configuration schema and whole-configuration validation, on the shipped map and broken copies. */
import { describe, expect, it } from 'vitest';
import { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
import { validateCompetenceConfig } from './competence.validate.ts';

const json = () => JSON.parse(JSON.stringify(SHIPPED_COMPETENCE_CONFIG));

describe('validateCompetenceConfig', () => {
  it('accepts the shipped configuration', () => {
    const result = validateCompetenceConfig(SHIPPED_COMPETENCE_CONFIG);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('survives a JSON round trip unchanged', () => {
    const result = validateCompetenceConfig(json());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config).toStrictEqual(SHIPPED_COMPETENCE_CONFIG);
  });

  it('reports every problem of a broken configuration, each with its path', () => {
    const broken = json();
    broken.rules[0].from = 'nobody';
    broken.rules[1].categories = ['secret_sauce'];
    broken.rules[3].id = broken.rules[2].id;
    broken.rules[4].legalBasis[0].sourceUrl = 'not a url';
    broken.rules[5].validFrom = '2020-01-01';
    broken.rules[5].validTo = '2019-12-31';
    broken.rules[6].purposes = ['curiosity'];
    broken.competences[0].authority = 'nobody';
    broken.authorities.push({ ...broken.authorities[0] });

    const result = validateCompetenceConfig(broken);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'rules[0].from',
        'rules[1].categories[0]',
        'rules[3].id',
        'rules[4].legalBasis[0].sourceUrl',
        'rules[5].validTo',
        'rules[6].purposes[0]',
        'competences[0].authority',
        `authorities[${broken.authorities.length - 1}].code`,
      ]),
    );
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toContain("unknown authority 'nobody'");
    expect(messages).toContain("unknown data category 'secret_sauce'");
    expect(messages).toContain(`duplicate id '${broken.rules[2].id}'`);
    expect(messages).toContain('validTo 2019-12-31 is before validFrom 2020-01-01');
    expect(messages).toContain(`rule '${broken.rules[4].id}': `);
  });

  it('requires a refusal to say why and a proposed rule to cite the proposal', () => {
    const broken = json();
    const ban = broken.rules.findIndex((r: { mode: string }) => r.mode === 'not_allowed');
    delete broken.rules[ban].sourceNote;
    const proposed = broken.rules.findIndex((r: { status: string }) => r.status === 'proposed');
    broken.rules[proposed].legalBasis = broken.rules[0].legalBasis;
    const result = validateCompetenceConfig(broken);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toContain(`rules[${ban}].sourceNote`);
    expect(paths).toContain(`rules[${proposed}].legalBasis`);
  });

  it('rejects a rule whose source does not hold the data, and a rule with no legal basis', () => {
    const broken = json();
    broken.rules[0].categories = ['victim_assistance_client_data'];
    broken.rules[1].legalBasis = [];
    const result = validateCompetenceConfig(broken);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['rules[0].categories[0]', 'rules[1].legalBasis']),
    );
    expect(problems.map((p) => p.message).join('\n')).toContain('is not a holder of data category');
  });

  it('rejects something that is not a configuration at all', () => {
    const result = validateCompetenceConfig('hello');
    expect(result.ok).toBe(false);
  });
});

describe('shipped configuration', () => {
  const { rules } = SHIPPED_COMPETENCE_CONFIG;

  it('has stable, unique rule ids and versions', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.every((r) => r.version >= 1)).toBe(true);
  });

  it('marks every rule resting on an unverified citation as unverified', () => {
    const wrong = rules.filter((r) => r.verified && r.legalBasis.some((b) => !b.verified));
    expect(wrong.map((r) => r.id)).toEqual([]);
  });

  it('marks the "state authority" interpretations of 621/1999 4 § as unverified', () => {
    for (const id of [
      'tax-osh-obtain-4b',
      'police-osh-obtain-4b',
      'osh-tax-own-4d',
      'osh-migri-obtain-615-13',
    ]) {
      expect(rules.find((r) => r.id === id)?.verified).toBe(false);
    }
    expect(rules.find((r) => r.id === 'etk-osh-obtain-4b')?.verified).toBe(true);
  });

  it('keeps every government proposal as a proposed rule', () => {
    const cited = rules.filter((r) =>
      r.legalBasis.some((b) => b.lawNumber.startsWith('HE ') && b.status === 'proposed'),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((r) => r.status === 'proposed')).toBe(true);
  });

  it('cites Finlex, Eduskunta or the bill for every rule', () => {
    const hosts = new Set(rules.flatMap((r) => r.legalBasis.map((b) => new URL(b.sourceUrl).hostname)));
    const known = ['finlex.fi', 'www.eduskunta.fi', 'www.edilex.fi', 'koppa.jyu.fi'];
    expect([...hosts].filter((host) => !known.includes(host))).toEqual([]);
  });
});
