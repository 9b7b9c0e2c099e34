/**
 * The disclosure engine against the shipped Finnish configuration: a table of requests and the answer
 * the law (as recorded in LEGAL-BASES.md) gives, then dated, constructed and malformed cases.
 */
import { describe, expect, it } from 'vitest';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
import { decideDisclosure } from './engine.ts';
import type { DecisionMode, DisclosureRequest } from './engine.types.ts';

const AT = '2026-02-01';
const config = SHIPPED_COMPETENCE_CONFIG;

interface Case {
  name: string;
  request: Omit<DisclosureRequest, 'at'> & { at?: string };
  allowed: boolean;
  mode: DecisionMode;
  rules?: string[];
  bases?: string[];
  proposed?: string[];
  conditional?: string[];
  unverified?: boolean;
  perCategory?: Record<string, DecisionMode>;
}

const ask = (
  from: AuthorityCode,
  to: AuthorityCode,
  categories: string[],
  purpose: string,
  initiative: 'request' | 'own' = 'request',
  extra: Partial<DisclosureRequest> = {},
) => ({ from, to, categories, purpose, initiative, ...extra });

const CASES: Case[] = [
  {
    name: 'OSH must report suspected THB or work offences to the police (44/2006 50 §, UlkL 85 § 2 mom.)',
    request: ask('osh', 'police', ['osh_inspection_findings'], 'crime_investigation', 'own'),
    allowed: true,
    mode: 'duty_to_notify',
    rules: ['osh-police-duty-50', 'osh-police-duty-aliens-85'],
    bases: ['44/2006 50 § 1 mom.', '301/2004 85 § 2 mom.'],
    unverified: false,
  },
  {
    name: 'the duty also covers the same data when the police ask',
    request: ask('osh', 'police', ['osh_inspection_findings'], 'crime_investigation'),
    allowed: true,
    mode: 'duty_to_notify',
    rules: ['osh-police-duty-50'],
  },
  {
    name: 'a rule for the police covers the NBI, a police unit',
    request: ask('osh', 'nbi', ['osh_inspection_findings'], 'crime_investigation', 'own'),
    allowed: true,
    mode: 'duty_to_notify',
    rules: ['osh-police-duty-aliens-85'],
  },
  {
    name: 'OSH may tell the police unasked for crime prevention (4 d §, state authority = interpretation)',
    request: ask('osh', 'police', ['osh_inspection_findings'], 'crime_prevention', 'own'),
    allowed: true,
    mode: 'own_initiative',
    rules: ['osh-police-own-4d'],
    unverified: true,
  },
  {
    name: 'police asking OSH for crime prevention relies on the verified Police Act 4:2',
    request: ask('osh', 'police', ['osh_inspection_findings'], 'crime_prevention'),
    allowed: true,
    mode: 'on_request',
    rules: ['osh-police-obtain-4-2'],
    bases: ['872/2011 4 luku 2 § 1 mom.'],
    unverified: false,
  },
  {
    name: 'OSH tells ETK unasked about pension neglect (4 d § 1 mom. 2 kohta, named)',
    request: ask('osh', 'etk', ['contractor_liability_findings'], 'pension_supervision', 'own'),
    allowed: true,
    mode: 'own_initiative',
    rules: ['osh-etk-own-4d'],
    unverified: false,
  },
  {
    name: 'tax → OSH unasked for minimum terms: refused; HE 198/2025 only proposed',
    request: ask('tax', 'osh', ['tax_information'], 'minimum_terms_supervision', 'own'),
    allowed: false,
    mode: 'not_allowed',
    proposed: ['tax-osh-own-18-1-4-he198'],
    conditional: ['tax-osh-own-18-1-2'],
    perCategory: { tax_information: 'on_request' },
  },
  {
    name: 'tax → OSH unasked for minimum terms when a crime (max > 6 months) is confirmed: 18 § 1 mom. 2 kohta',
    request: ask('tax', 'osh', ['tax_information'], 'minimum_terms_supervision', 'own', {
      confirmed: ['suspected_crime_max_penalty_over_6_months'],
    }),
    allowed: true,
    mode: 'own_initiative',
    rules: ['tax-osh-own-18-1-2'],
    unverified: true,
  },
  {
    name: 'tax → OSH unasked for contractor liability: 18 § 1 mom. 4 kohta',
    request: ask('tax', 'osh', ['tax_information'], 'contractor_liability_supervision', 'own'),
    allowed: true,
    mode: 'own_initiative',
    rules: ['tax-osh-own-18-1-4'],
    bases: ['1346/1999 18 § 1 mom. 4 kohta'],
    unverified: false,
  },
  {
    name: 'OSH asking tax for minimum-terms supervision: 4 b § (interpretation, unverified)',
    request: ask('tax', 'osh', ['tax_information'], 'minimum_terms_supervision'),
    allowed: true,
    mode: 'on_request',
    rules: ['tax-osh-obtain-4b'],
    unverified: true,
  },
  {
    name: 'tax → ETK unasked about unpaid contributions: 18 § 1 mom. 3 kohta',
    request: ask('tax', 'etk', ['tax_information'], 'pension_supervision', 'own'),
    allowed: true,
    mode: 'own_initiative',
    rules: ['tax-etk-own-18-1-3'],
  },
  {
    name: 'tax → police unasked for a tax or accounting offence: 18 § 2 mom.',
    request: ask('tax', 'police', ['tax_information'], 'crime_investigation', 'own'),
    allowed: true,
    mode: 'own_initiative',
    rules: ['tax-police-own-18-2'],
  },
  {
    name: 'tax → Customs on request for crime prevention: 19 §',
    request: ask('tax', 'customs', ['tax_information'], 'crime_prevention'),
    allowed: true,
    mode: 'on_request',
    rules: ['tax-customs-request-19'],
    bases: ['1346/1999 19 §'],
  },
  {
    name: 'tax → enforcement on request: 20 § 1 kohta',
    request: ask('tax', 'enforcement', ['tax_information'], 'enforcement'),
    allowed: true,
    mode: 'on_request',
    rules: ['tax-enforcement-request-20-1'],
  },
  {
    name: 'GEIU never sends a compliance report unasked (5 §)',
    request: ask('geiu', 'osh', ['compliance_report'], 'foreign_labour_supervision', 'own'),
    allowed: false,
    mode: 'not_allowed',
    rules: ['geiu-osh-report-6-19'],
    perCategory: { compliance_report: 'on_request' },
  },
  {
    name: 'GEIU compliance report to OSH on request for foreign-labour supervision (6 § 19 kohta)',
    request: ask('geiu', 'osh', ['compliance_report'], 'foreign_labour_supervision'),
    allowed: true,
    mode: 'on_request',
    rules: ['geiu-osh-report-6-19'],
    bases: ['1207/2010 5 §', '1207/2010 6 § 1 mom. 19 kohta'],
    unverified: false,
  },
  {
    name: 'GEIU compliance report to OSH for working conditions: not a 6 § 19 use',
    request: ask('geiu', 'osh', ['compliance_report'], 'working_conditions_supervision'),
    allowed: false,
    mode: 'no_rule',
  },
  {
    name: 'GEIU compliance report to the assistance system: explicitly refused',
    request: ask('geiu', 'nas', ['compliance_report'], 'victim_assistance'),
    allowed: false,
    mode: 'not_allowed',
    rules: ['geiu-nas-report-not-allowed'],
  },
  {
    name: 'GEIU compliance report to the police (6 § 11 kohta), HE 183/2025 shown',
    request: ask('geiu', 'police', ['compliance_report'], 'crime_prevention'),
    allowed: true,
    mode: 'on_request',
    rules: ['geiu-police-report-6-11'],
    proposed: ['geiu-police-report-he183'],
  },
  {
    name: 'GEIU compliance report to Migri (6 § 27 kohta)',
    request: ask('geiu', 'migri', ['compliance_report'], 'permit_decision'),
    allowed: true,
    mode: 'on_request',
    rules: ['geiu-migri-report-6-27'],
  },
  {
    name: 'a finished phenomenon report is public',
    request: ask('geiu', 'nas', ['grey_economy_phenomenon_report'], 'victim_assistance', 'own'),
    allowed: true,
    mode: 'public',
    bases: ['1207/2010 3 §'],
  },
  {
    name: 'police → OSH for driving and rest times (616/2019 22 § 1 mom. 15 kohta)',
    request: ask('police', 'osh', ['police_information'], 'driving_time_supervision'),
    allowed: true,
    mode: 'on_request',
    rules: ['police-osh-disclose-22-1-15'],
  },
  {
    name: 'police → OSH unasked: not yet (HE 182/2025 proposed)',
    request: ask('police', 'osh', ['police_information'], 'minimum_terms_supervision', 'own'),
    allowed: false,
    mode: 'not_allowed',
    proposed: ['police-osh-own-he182'],
    perCategory: { police_information: 'on_request' },
  },
  {
    name: 'police → Migri for permit decisions (616/2019 22 § 1 mom. 9 kohta, 615/2020 11 §)',
    request: ask('police', 'migri', ['police_information'], 'permit_decision'),
    allowed: true,
    mode: 'on_request',
    rules: ['police-migri-disclose-22-1-9', 'police-migri-obtain-615-11'],
  },
  {
    name: 'ETK → OSH unasked for contractor liability (TyEL 206 §)',
    request: ask('etk', 'osh', ['pension_insurance_data'], 'contractor_liability_supervision', 'own'),
    allowed: true,
    mode: 'own_initiative',
    rules: ['etk-osh-own-tyel-206'],
    bases: ['395/2006 206 § 1 mom. 4 kohta'],
  },
  {
    name: 'enforcement → police unasked for THB (3:72, minimum 4 months), HE 198/2025 shown',
    request: ask('enforcement', 'police', ['enforcement_data'], 'crime_investigation', 'own'),
    allowed: true,
    mode: 'own_initiative',
    rules: ['enforcement-police-own-3-72'],
    proposed: ['enforcement-police-own-he198'],
    unverified: true,
  },
  {
    name: 'enforcement → police on request relies on the verified 3:70',
    request: ask('enforcement', 'police', ['enforcement_data'], 'crime_investigation'),
    allowed: true,
    mode: 'on_request',
    rules: ['enforcement-police-request-3-70'],
    unverified: false,
  },
  {
    name: 'enforcement → tax unasked on suspected tax fraud (3:72 3 mom.)',
    request: ask('enforcement', 'tax', ['enforcement_data'], 'tax_supervision', 'own'),
    allowed: true,
    mode: 'own_initiative',
    rules: ['enforcement-tax-own-3-72'],
  },
  {
    name: 'assistance system → police unasked without a confirmed serious threat: refused, 37 § waits',
    request: ask('nas', 'police', ['victim_assistance_client_data'], 'victim_protection', 'own'),
    allowed: false,
    mode: 'not_allowed',
    conditional: ['nas-police-own-37'],
  },
  {
    name: 'assistance system → police unasked on a serious threat to life, health or liberty (37 §)',
    request: ask('nas', 'police', ['victim_assistance_client_data'], 'victim_protection', 'own', {
      confirmed: ['serious_threat_to_life_health_or_liberty'],
    }),
    allowed: true,
    mode: 'own_initiative',
    rules: ['nas-police-own-37'],
    bases: ['746/2011 37 §'],
  },
  {
    name: 'police obtain victim data for assistance tasks (746/2011 58 §)',
    request: ask('nas', 'police', ['victim_assistance_client_data'], 'victim_assistance'),
    allowed: true,
    mode: 'on_request',
    rules: ['nas-police-obtain-58'],
  },
  {
    name: 'victim data never goes to the Tax Administration (refusal rests on an unverified secrecy point)',
    request: ask('nas', 'tax', ['victim_assistance_client_data'], 'tax_supervision'),
    allowed: false,
    mode: 'not_allowed',
    rules: ['nas-tax-client-data-not-allowed'],
    unverified: true,
  },
  {
    name: 'victim data to OSH unasked: refused',
    request: ask('nas', 'osh', ['victim_assistance_client_data'], 'foreign_labour_supervision', 'own'),
    allowed: false,
    mode: 'not_allowed',
    rules: ['nas-osh-client-data-not-allowed'],
  },
  {
    name: 'tax and Incomes Register data to Migri for a permit decision',
    request: ask('tax', 'migri', ['tax_information', 'incomes_register_data'], 'permit_decision'),
    allowed: true,
    mode: 'on_request',
    rules: ['tax-migri-obtain-615-13', 'tax-migri-incomes-register-13'],
    bases: ['53/2018 13 § 1 mom. 24 kohta'],
  },
  {
    name: 'several categories, one refused: the whole request is refused',
    request: ask(
      'tax',
      'osh',
      ['tax_information', 'incomes_register_data'],
      'contractor_liability_supervision',
      'own',
    ),
    allowed: false,
    mode: 'not_allowed',
    perCategory: { tax_information: 'own_initiative', incomes_register_data: 'on_request' },
  },
  {
    name: 'targeting dataset for minimum terms: only proposed (HE 198/2025)',
    request: ask('tax', 'osh', ['tax_information', 'targeting_dataset'], 'minimum_terms_supervision'),
    allowed: false,
    mode: 'no_rule',
    proposed: ['tax-osh-dataset-4c-he198'],
    perCategory: { tax_information: 'on_request', targeting_dataset: 'no_rule' },
  },
  {
    name: 'the same authority: no disclosure at all',
    request: ask('osh', 'osh', ['osh_inspection_findings'], 'working_conditions_supervision', 'own'),
    allowed: true,
    mode: 'own_authority',
  },
  {
    name: 'police and NBI are one organisation',
    request: ask('police', 'nbi', ['police_information'], 'crime_investigation'),
    allowed: true,
    mode: 'own_authority',
  },
  {
    name: 'GEIU is separate from the Tax Administration (6 § 1 kohta needed)',
    request: ask('geiu', 'tax', ['compliance_report'], 'tax_supervision'),
    allowed: true,
    mode: 'on_request',
    rules: ['geiu-tax-report-6-1'],
  },
  {
    name: 'purpose mismatch: the OSH duty is for crime investigation, not tax supervision',
    request: ask('osh', 'police', ['osh_inspection_findings'], 'tax_supervision', 'own'),
    allowed: false,
    mode: 'no_rule',
  },
  {
    name: 'nothing in the map: OSH → Non-Discrimination Ombudsman',
    request: ask('osh', 'ombudsman', ['osh_inspection_findings'], 'minimum_terms_supervision', 'own'),
    allowed: false,
    mode: 'no_rule',
    bases: ['621/1999 29 §'],
  },
  {
    name: 'not yet in force: 18 § 1 mom. 4 kohta applies from 1.9.2009',
    request: ask('tax', 'osh', ['tax_information'], 'contractor_liability_supervision', 'own', {
      at: '2009-08-31',
    }),
    allowed: false,
    mode: 'no_rule',
    conditional: ['tax-osh-own-18-1-2'],
  },
  {
    name: 'in force from its first day',
    request: ask('tax', 'osh', ['tax_information'], 'contractor_liability_supervision', 'own', {
      at: '2009-09-01',
    }),
    allowed: true,
    mode: 'own_initiative',
    rules: ['tax-osh-own-18-1-4'],
  },
];

const cite = (b: { lawNumber: string; section: string }) => `${b.lawNumber} ${b.section}`;

describe('decideDisclosure — shipped Finnish configuration', () => {
  it.each(CASES)('$name', (c) => {
    const d = decideDisclosure(config, { at: AT, ...c.request });
    expect(d.allowed).toBe(c.allowed);
    expect(d.mode).toBe(c.mode);
    const ids = d.ruleVersions.map((r) => r.id);
    for (const id of c.rules ?? []) expect(ids).toContain(id);
    for (const basis of c.bases ?? []) expect(d.legalBases.map(cite)).toContain(basis);
    for (const id of c.proposed ?? []) expect(d.proposedOnly.map((p) => p.id)).toContain(id);
    for (const id of c.conditional ?? []) expect(d.conditionalOnly.map((p) => p.id)).toContain(id);
    if (c.unverified !== undefined) expect(d.unverified).toBe(c.unverified);
    for (const [category, mode] of Object.entries(c.perCategory ?? {})) {
      expect(d.perCategory.find((p) => p.category === category)?.mode).toBe(mode);
    }
    // A proposed rule is never relied on.
    const statuses = d.ruleVersions.map((ref) => config.rules.find((r) => r.id === ref.id)?.status);
    expect(statuses.every((status) => status === 'in_force')).toBe(true);
    expect(d.explanation.fi.length).toBeGreaterThan(40);
  });

  it('every rule relied on is reported with its version', () => {
    const d = decideDisclosure(
      config,
      ask('osh', 'police', ['osh_inspection_findings'], 'crime_investigation', 'own'),
    );
    expect(d.ruleVersions).toContainEqual({ id: 'osh-police-duty-50', version: 1 });
    expect(d.perCategory[0]?.ruleIds).toEqual(d.ruleVersions);
  });

  it('lists the conditions to confirm, including the offences of 50 § and 47:6a', () => {
    const d = decideDisclosure(config, {
      at: AT,
      ...ask('osh', 'police', ['osh_inspection_findings'], 'crime_investigation', 'own'),
    });
    const text = d.conditions.map((c) => c.fi).join(' ');
    for (const fragment of ['25:3', '25:3a', '36:6', '47:3a', '47:6a', '185 §', '186 §'])
      expect(text).toContain(fragment);
  });

  it('3:72 says which offences qualify: THB yes, extortionate work discrimination and usury no', () => {
    const d = decideDisclosure(config, {
      at: AT,
      ...ask('enforcement', 'police', ['enforcement_data'], 'crime_investigation', 'own'),
    });
    const en = d.conditions.map((c) => c.en).join(' ');
    expect(en).toContain('Trafficking (Criminal Code 25:3, minimum four months)');
    expect(en).toContain('extortionate work discrimination (47:3a) and usury (36:6) do not');
  });

  it('defaults the date to today in Finland', () => {
    const d = decideDisclosure(
      config,
      ask('tax', 'osh', ['tax_information'], 'contractor_liability_supervision', 'own'),
    );
    expect(d.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
