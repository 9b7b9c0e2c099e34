/** Explanations read as plain Finnish, Swedish and English and name the law and section. */
import { describe, expect, it } from 'vitest';
import { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
import { decideDisclosure } from './engine.ts';
import type { DisclosureRequest } from './engine.types.ts';
import { formatSection, joinList } from './explain.format.ts';

const decide = (request: Omit<DisclosureRequest, 'at'>) =>
  decideDisclosure(SHIPPED_COMPETENCE_CONFIG, { at: '2026-02-01', ...request });

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ”“])/u).length;

describe('explanations', () => {
  it('a duty says the official must notify (ilmoitusvelvollisuus)', () => {
    const { explanation } = decide({
      from: 'osh',
      to: 'police',
      categories: ['osh_inspection_findings'],
      purpose: 'crime_investigation',
      initiative: 'own',
    });
    expect(explanation.fi).toContain('on velvollinen ilmoittamaan asiasta poliisille');
    expect(explanation.fi).toContain('ilmoitusvelvollisuudesta');
    expect(explanation.sv).toContain('anmälningsskyldighet');
    expect(explanation.en).toContain('must notify the police');
    expect(explanation.fi).toContain('(44/2006) 50 § 1 mom.');
    expect(explanation.en).toContain('Aliens Act (301/2004) section 85(2)');
  });

  it('own initiative and on request use the official Finnish terms', () => {
    const own = decide({
      from: 'tax',
      to: 'osh',
      categories: ['tax_information'],
      purpose: 'contractor_liability_supervision',
      initiative: 'own',
    });
    expect(own.explanation.fi).toContain('oma-aloitteisesti salassapitosäännösten estämättä');
    expect(own.explanation.fi).toContain('työsuojeluviranomaiselle');
    expect(own.explanation.sv).toContain('på eget initiativ');
    expect(own.explanation.en).toContain('section 18(1)(4)');

    const asked = decide({
      from: 'tax',
      to: 'enforcement',
      categories: ['tax_information'],
      purpose: 'enforcement',
      initiative: 'request',
    });
    expect(asked.explanation.fi).toContain('pyynnöstä salassapitosäännösten estämättä');
    expect(asked.explanation.sv).toContain('på begäran');
  });

  it('no rule cites 621/1999 29 § and tells the official not to disclose', () => {
    const { explanation, perCategory } = decide({
      from: 'osh',
      to: 'police',
      categories: ['osh_inspection_findings'],
      purpose: 'tax_supervision',
      initiative: 'own',
    });
    expect(explanation.fi).toContain('Julkisuuslain (621/1999) 29 §:n mukaan');
    expect(explanation.en).toContain('do not disclose without such a basis');
    expect(perCategory[0]?.reason.en).toContain('Rules exist only for');
  });

  it('a proposal is named and said not to be law, with the Swedish bill prefix', () => {
    const { explanation } = decide({
      from: 'tax',
      to: 'osh',
      categories: ['tax_information'],
      purpose: 'minimum_terms_supervision',
      initiative: 'own',
    });
    expect(explanation.fi).toContain('Hallituksen esitys HE 198/2025');
    expect(explanation.fi).toContain('ei ole voimassa olevaa lakia');
    expect(explanation.sv).toContain('RP 198/2025');
    expect(explanation.en).toContain('it is not law');
    expect(explanation.en).toContain('Exception:');
  });

  it('keeps explanations short: two to four sentences in the common cases', () => {
    const requests: Omit<DisclosureRequest, 'at'>[] = [
      {
        from: 'tax',
        to: 'osh',
        categories: ['tax_information'],
        purpose: 'contractor_liability_supervision',
        initiative: 'own',
      },
      {
        from: 'geiu',
        to: 'osh',
        categories: ['compliance_report'],
        purpose: 'foreign_labour_supervision',
        initiative: 'request',
      },
      {
        from: 'geiu',
        to: 'nas',
        categories: ['compliance_report'],
        purpose: 'victim_assistance',
        initiative: 'request',
      },
      {
        from: 'osh',
        to: 'ombudsman',
        categories: ['osh_inspection_findings'],
        purpose: 'crime_prevention',
        initiative: 'own',
      },
      {
        from: 'osh',
        to: 'police',
        categories: ['osh_inspection_findings'],
        purpose: 'crime_investigation',
        initiative: 'own',
      },
    ];
    for (const request of requests) {
      const { explanation } = decide(request);
      for (const text of [explanation.fi, explanation.sv, explanation.en]) {
        expect(sentences(text)).toBeGreaterThanOrEqual(2);
        expect(sentences(text)).toBeLessThanOrEqual(4);
      }
    }
  });

  it('a partly refused request says which data could go', () => {
    const { explanation } = decide({
      from: 'tax',
      to: 'osh',
      categories: ['tax_information', 'incomes_register_data'],
      purpose: 'contractor_liability_supervision',
      initiative: 'own',
    });
    expect(explanation.fi).toContain('Kaikkia pyydettyjä tietoja ei saa luovuttaa');
    expect(explanation.en).toContain('The other data could be disclosed: “Tax information”');
  });
});

describe('citation formatting', () => {
  it.each([
    ['18 § 1 mom. 4 kohta', '18 § 1 mom. 4 punkten', 'section 18(1)(4)'],
    ['3 luku 72 § 1 mom.', '3 kap. 72 § 1 mom.', 'chapter 3, section 72(1)'],
    ['3 luku 70 § 1 kohta', '3 kap. 70 § 1 punkten', 'chapter 3, section 70, point 1'],
    ['4 b § 1 mom.', '4 b § 1 mom.', 'section 4 b(1)'],
    ['ehdotettu 44/2006 4 c §', 'föreslagen 44/2006 4 c §', 'proposed 44/2006 4 c §'],
  ])('%s → %s / %s', (fi, sv, en) => {
    expect(formatSection(fi, 'fi')).toBe(fi);
    expect(formatSection(fi, 'sv')).toBe(sv);
    expect(formatSection(fi, 'en')).toBe(en);
  });

  it('joins lists in each language', () => {
    expect(joinList(['a', 'b', 'c'], 'fi')).toBe('a, b ja c');
    expect(joinList(['a', 'b'], 'sv')).toBe('a och b');
    expect(joinList(['a'], 'en')).toBe('a');
  });
});
