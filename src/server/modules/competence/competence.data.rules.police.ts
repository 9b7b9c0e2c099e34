/**
 * Shipped rules for police data in both directions (Police Act 872/2011 4:2, Act 616/2019 21–22 §,
 * LEGAL-BASES §6) and for Migri's right to obtain data (615/2020 11 § and 13 §, LEGAL-BASES §4).
 */
import { B } from './competence.data.bases.ts';
import { C } from './competence.data.conditions.ts';
import { N } from './competence.data.notes.ts';
import { family, rule } from './competence.data.rule-builder.ts';
import { t } from './competence.data.text.ts';
import type { DisclosureRule } from './competence.schemas.ts';

const POLICE_TASKS = ['crime_prevention', 'crime_investigation', 'victim_protection', 'business_prohibition'];
const MIGRI_TASKS = ['permit_decision', 'foreign_labour_supervision', 'victim_assistance'];
const POLICE_DATA = ['police_information', 'police_security_information'];

/** Sources of the Police Act 4:2 right and the categories the police would ask them for. */
const ASKED_BY_POLICE = {
  osh: ['osh_inspection_findings', 'contractor_liability_findings'],
  migri: ['residence_permit_data', 'employer_data'],
  etk: ['pension_insurance_data'],
  customs: ['customs_information'],
  border: ['border_guard_information'],
} as const;

const POLICE_OBTAIN: DisclosureRule[] = family(
  ['osh', 'migri', 'etk', 'customs', 'border'] as const,
  (from) => ({
    id: `${from}-police-obtain-4-2`,
    from,
    to: 'police',
    categories: [...ASKED_BY_POLICE[from]],
    mode: 'on_request',
    purposes: POLICE_TASKS,
    conditions: [C.seniorOfficer, C.noSpecialBan],
    legalBasis: [B.police_4_2],
  }),
);

const POLICE_DISCLOSE: DisclosureRule[] = [
  ...family(['customs', 'border', 'prosecution'] as const, (to) => ({
    id: `police-${to}-disclose-21`,
    from: 'police',
    to,
    categories: ['police_information'],
    mode: 'on_request',
    purposes: ['crime_prevention', 'crime_investigation'],
    conditions: [C.necessary],
    legalBasis: [B.pdata_21],
  })),
  rule({
    id: 'police-migri-disclose-22-1-9',
    from: 'police',
    to: 'migri',
    categories: ['police_information'],
    mode: 'on_request',
    purposes: ['permit_decision', 'foreign_labour_supervision'],
    conditions: [C.necessary],
    legalBasis: [B.pdata_22_9],
  }),
  rule({
    id: 'police-enforcement-disclose-22-1-11',
    from: 'police',
    to: 'enforcement',
    categories: ['police_information'],
    mode: 'on_request',
    purposes: ['enforcement'],
    conditions: [C.necessary],
    legalBasis: [B.pdata_22_11],
  }),
  rule({
    id: 'police-osh-disclose-22-1-15',
    from: 'police',
    to: 'osh',
    categories: ['police_information'],
    mode: 'on_request',
    purposes: ['driving_time_supervision'],
    conditions: [C.drivingOnly],
    legalBasis: [B.pdata_22_15],
    sourceNote: t(
      'Teknisen käyttöyhteyden tai tietojoukon kautta vain ajo- ja lepoaikavalvontaan; muu luovutus työsuojelulle tapauskohtaisesti 22 §:n 3 momentin nojalla.',
      'Via teknisk anslutning eller datamängd endast för tillsyn över kör- och vilotider; annat utlämnande till arbetarskyddet från fall till fall enligt 22 § 3 mom.',
      'Through a technical interface or dataset only for driving and rest-time supervision; other disclosure to OSH case by case under 22 § 3 mom.',
    ),
  }),
  ...family(['osh', 'tax', 'migri', 'enforcement', 'etk', 'nas'] as const, (to) => ({
    id: `police-${to}-disclose-22-3`,
    from: 'police',
    to,
    categories: POLICE_DATA,
    mode: 'on_request',
    conditions: [C.justifiedReason],
    legalBasis: [B.pdata_22_3],
  })),
  ...family(['osh', 'tax', 'migri', 'enforcement', 'etk', 'nas'] as const, (to) => ({
    id: `police-${to}-own-he182`,
    from: 'police',
    to,
    categories: POLICE_DATA,
    mode: 'own_initiative',
    conditions: [C.necessary],
    legalBasis: [B.he182],
    status: 'proposed',
    sourceNote: N.proposal,
  })),
];

const TE_OFFICES_GONE = t(
  '11 §:ssä mainittuja TE-toimistoja ei ole 1.1.2025 jälkeen; työlupa-asiat ratkaisee Migri yksin.',
  'De arbets- och näringsbyråer som nämns i 11 § finns inte efter 1.1.2025; Migri avgör arbetstillstånd ensam.',
  'The TE offices named in 11 § no longer exist from 1.1.2025; Migri decides work permits alone.',
);

const MIGRI_OBTAIN: DisclosureRule[] = [
  ...family(['police', 'border'] as const, (from) => ({
    id: `${from}-migri-obtain-615-11`,
    from,
    to: 'migri',
    categories: from === 'police' ? ['police_information'] : ['border_guard_information'],
    mode: 'on_request',
    purposes: MIGRI_TASKS,
    conditions: [C.migriTasks],
    legalBasis: [B.migri_11],
    sourceNote: TE_OFFICES_GONE,
  })),
  rule({
    id: 'nas-migri-obtain-615-11',
    from: 'nas',
    to: 'migri',
    categories: ['victim_assistance_client_data'],
    mode: 'on_request',
    purposes: ['permit_decision', 'victim_assistance'],
    conditions: [C.migriTasks, C.victimConsent],
    legalBasis: [B.migri_11],
    sourceNote: t(
      'Auttamisjärjestelmää ylläpitää Joutsenon vastaanottokeskus; vastaanottokeskukset on lueteltu 11 §:ssä.',
      'Hjälpsystemet drivs av Joutseno förläggning; förläggningar räknas upp i 11 §.',
      'The assistance system is run by Joutseno reception centre; reception centres are listed in 11 §.',
    ),
  }),
  rule({
    id: 'osh-migri-obtain-615-13',
    from: 'osh',
    to: 'migri',
    categories: ['osh_inspection_findings', 'contractor_liability_findings'],
    mode: 'on_request',
    purposes: MIGRI_TASKS,
    conditions: [C.migriTasks],
    legalBasis: [B.migri_13_1, B.openness_4],
    verified: false,
    sourceNote: N.stateAuthority,
  }),
];

export const POLICE_AND_MIGRI_RULES: DisclosureRule[] = [
  ...POLICE_OBTAIN,
  ...POLICE_DISCLOSE,
  ...MIGRI_OBTAIN,
];
