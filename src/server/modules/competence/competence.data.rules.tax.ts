/**
 * Shipped disclosure rules for tax information (1346/1999 17 a–20 §, LEGAL-BASES §3) and for the
 * Incomes Register, which only transmits what each user may get under other law (53/2018 13 §, §8).
 * Migri's right to tax data (615/2020 13 § 4 mom. 6 kohta) is here too, beside the other tax rules.
 */
import { B } from './competence.data.bases.ts';
import { C } from './competence.data.conditions.ts';
import { N } from './competence.data.notes.ts';
import { family, rule } from './competence.data.rule-builder.ts';
import { t } from './competence.data.text.ts';
import type { DisclosureRule } from './competence.schemas.ts';

const PRE_TRIAL = ['police', 'border', 'customs', 'prosecution'] as const;

/** Recipients of 18 § 1 mom. 2 kohta and the supervisory duty each could use it for. */
const SUPERVISORY_DUTY = {
  osh: [
    'contractor_liability_supervision',
    'minimum_terms_supervision',
    'foreign_labour_supervision',
    'working_conditions_supervision',
  ],
  migri: ['foreign_labour_supervision'],
  customs: ['tax_supervision'],
  etk: ['pension_supervision'],
} as const;

const TAX_RULES: DisclosureRule[] = [
  rule({
    id: 'tax-osh-own-18-1-4',
    from: 'tax',
    to: 'osh',
    categories: ['tax_information'],
    mode: 'own_initiative',
    purposes: ['contractor_liability_supervision'],
    conditions: [C.contractorOnly],
    legalBasis: [B.tax_18_1_4],
  }),
  rule({
    id: 'tax-osh-own-18-1-4-he198',
    from: 'tax',
    to: 'osh',
    categories: ['tax_information'],
    mode: 'own_initiative',
    purposes: ['minimum_terms_supervision', 'foreign_labour_supervision', 'working_conditions_supervision'],
    legalBasis: [B.he198_tax_18],
    status: 'proposed',
    sourceNote: N.proposal,
  }),
  rule({
    id: 'tax-etk-own-18-1-3',
    from: 'tax',
    to: 'etk',
    categories: ['tax_information'],
    mode: 'own_initiative',
    purposes: ['pension_supervision'],
    conditions: [C.taxPension],
    legalBasis: [B.tax_18_1_3],
  }),
  ...family(['osh', 'migri', 'customs', 'etk'] as const, (to) => ({
    id: `tax-${to}-own-18-1-2`,
    from: 'tax',
    to,
    categories: ['tax_information'],
    mode: 'own_initiative',
    purposes: [...SUPERVISORY_DUTY[to]],
    requires: ['suspected_crime_max_penalty_over_6_months'],
    conditions: [C.necessary],
    legalBasis: to === 'etk' ? [B.tax_18_1_2] : [B.tax_18_1_2, B.openness_4],
    verified: false,
    sourceNote: t(
      'Yleissäännös, jota voi käyttää vain rikosepäilyn perusteella; vastaanottajan valvontatehtävän ja viranomaisaseman tunnistaminen on tulkinta.',
      'Allmän bestämmelse som kan användas endast vid brottsmisstanke; att mottagaren har en tillsynsuppgift och är en statlig myndighet är en tolkning.',
      'A general clause usable only when a crime is suspected; treating the recipient as a state authority with a supervisory duty is an interpretation.',
    ),
  })),
  ...family(PRE_TRIAL, (to) => ({
    id: `tax-${to}-own-18-2`,
    from: 'tax',
    to,
    categories: ['tax_information'],
    mode: 'own_initiative',
    purposes: ['crime_investigation'],
    conditions: [C.taxAccounting],
    legalBasis: [B.tax_18_2],
  })),
  ...family(PRE_TRIAL, (to) => ({
    id: `tax-${to}-request-19`,
    from: 'tax',
    to,
    categories: ['tax_information'],
    mode: 'on_request',
    purposes: ['crime_prevention', 'crime_investigation', 'business_prohibition'],
    conditions: [C.individualCase, C.necessary],
    legalBasis: [B.tax_19],
  })),
  rule({
    id: 'tax-enforcement-request-20-1',
    from: 'tax',
    to: 'enforcement',
    categories: ['tax_information'],
    mode: 'on_request',
    purposes: ['enforcement'],
    conditions: [C.necessary],
    legalBasis: [B.tax_20_1],
  }),
  rule({
    id: 'tax-osh-request-17a',
    from: 'tax',
    to: 'osh',
    categories: ['tax_information'],
    mode: 'on_request',
    purposes: ['working_conditions_supervision'],
    conditions: [C.taxNumbers],
    legalBasis: [B.tax_17a],
  }),
  rule({
    id: 'tax-migri-obtain-615-13',
    from: 'tax',
    to: 'migri',
    categories: ['tax_information'],
    mode: 'on_request',
    purposes: ['permit_decision', 'foreign_labour_supervision'],
    conditions: [C.migriTaxCheck],
    legalBasis: [B.migri_13_4_6],
  }),
];

/** Incomes Register users (53/2018 13 § 1 mom.): the point and the purposes it covers. */
const REGISTER_USERS = {
  osh: {
    basis: B.ir_13_21,
    purposes: [
      'contractor_liability_supervision',
      'minimum_terms_supervision',
      'working_conditions_supervision',
      'foreign_labour_supervision',
    ],
  },
  migri: { basis: B.ir_13_24, purposes: ['permit_decision', 'foreign_labour_supervision'] },
  enforcement: { basis: B.ir_13_26, purposes: ['enforcement'] },
  geiu: { basis: B.ir_13_27, purposes: ['grey_economy_reporting'] },
  customs: { basis: B.ir_13_28, purposes: ['crime_prevention', 'crime_investigation', 'tax_supervision'] },
  police: { basis: B.ir_13_29, purposes: ['crime_prevention', 'crime_investigation'] },
  etk: { basis: B.ir_13_2_6, purposes: ['pension_supervision'] },
} as const;

const REGISTER_RULES = family(
  ['osh', 'migri', 'enforcement', 'geiu', 'customs', 'police', 'etk'] as const,
  (to) => ({
    id: `tax-${to}-incomes-register-13`,
    from: 'tax',
    to,
    categories: ['incomes_register_data'],
    mode: 'on_request',
    purposes: [...REGISTER_USERS[to].purposes],
    conditions: to === 'geiu' ? [C.conduit, C.phenomenonOnly] : [C.conduit],
    legalBasis: [REGISTER_USERS[to].basis],
    sourceNote: N.conduit,
  }),
);

export const TAX_AND_REGISTER_RULES: DisclosureRule[] = [...TAX_RULES, ...REGISTER_RULES];
