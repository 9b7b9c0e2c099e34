/**
 * Shipped disclosure rules from and to the OSH authority: 44/2006 4 b–4 d §, 10 §, 50 § and the
 * Aliens Act 85 § 2 mom. reporting duty (LEGAL-BASES §1, §4), plus the pension-side own-initiative
 * rule TyEL 206 § (LEGAL-BASES §3).
 */
import { B } from './competence.data.bases.ts';
import { C } from './competence.data.conditions.ts';
import { N } from './competence.data.notes.ts';
import { family, rule } from './competence.data.rule-builder.ts';
import { t } from './competence.data.text.ts';
import type { DisclosureRule } from './competence.schemas.ts';

const OSH_SUPERVISION = [
  'contractor_liability_supervision',
  'minimum_terms_supervision',
  'foreign_labour_supervision',
  'working_conditions_supervision',
  'targeting_of_supervision',
];
const OSH_FINDINGS = ['osh_inspection_findings', 'contractor_liability_findings'];

/** What each 4 b source holds, for the rule family below. */
const HELD_BY = {
  tax: ['tax_information'],
  police: ['police_information'],
  migri: ['residence_permit_data', 'employer_data'],
  customs: ['customs_information'],
  border: ['border_guard_information'],
  enforcement: ['enforcement_data'],
} as const;

/** The recipient's own purposes for which a 4 d disclosure makes sense. */
const PURPOSES_4D = {
  tax: ['tax_supervision'],
  police: ['crime_prevention', 'crime_investigation'],
  migri: ['permit_decision', 'foreign_labour_supervision'],
  customs: ['tax_supervision', 'crime_investigation'],
  border: ['crime_prevention', 'crime_investigation'],
  enforcement: ['enforcement'],
} as const;

export const OSH_RULES: DisclosureRule[] = [
  rule({
    id: 'osh-police-duty-50',
    from: 'osh',
    to: 'police',
    categories: ['osh_inspection_findings'],
    mode: 'duty_to_notify',
    purposes: ['crime_investigation'],
    conditions: [C.osh50, C.osh50Breach, C.minorOmission],
    legalBasis: [B.osh_50],
    sourceNote: t(
      'Ihmiskauppa lisättiin 920/2021 (15.11.2021), petos ja kiskonta 336/2023 (1.6.2023). RL 47:6a ei kuulu tähän (50 § 3 mom.), ks. ulkomaalaislain 85 § 2 mom.',
      'Människohandel lades till genom 920/2021 (15.11.2021), bedrägeri och ocker genom 336/2023 (1.6.2023). SL 47:6a omfattas inte (50 § 3 mom.), se 85 § 2 mom. i utlänningslagen.',
      'Trafficking was added by 920/2021 (15.11.2021), fraud and usury by 336/2023 (1.6.2023). Criminal Code 47:6a is excluded (50 § 3 mom.); see Aliens Act 85 § 2 mom.',
    ),
  }),
  rule({
    id: 'osh-police-duty-aliens-85',
    from: 'osh',
    to: 'police',
    categories: ['osh_inspection_findings'],
    mode: 'duty_to_notify',
    purposes: ['crime_investigation'],
    conditions: [C.aliens85, C.minorOmission],
    legalBasis: [B.aliens_85_2, B.osh_50_3],
    sourceNote: t(
      'Voimassa 23.2.2023 alkaen (216/2023); aiemmin ulkomaalaislain 86 § 2 mom.',
      'I kraft från 23.2.2023 (216/2023); tidigare 86 § 2 mom. i utlänningslagen.',
      'In force since 23.2.2023 (216/2023); formerly Aliens Act 86 § 2 mom.',
    ),
  }),
  ...family(['tax', 'police', 'migri', 'customs', 'border', 'enforcement'] as const, (to) => ({
    id: `osh-${to}-own-4d`,
    from: 'osh',
    to,
    categories: OSH_FINDINGS,
    mode: 'own_initiative',
    purposes: [...PURPOSES_4D[to]],
    conditions: [C.oshNeglect, C.recipientCompetent],
    legalBasis: [B.osh_4d_1, B.openness_4],
    verified: false,
    sourceNote: N.stateAuthority,
  })),
  rule({
    id: 'osh-etk-own-4d',
    from: 'osh',
    to: 'etk',
    categories: OSH_FINDINGS,
    mode: 'own_initiative',
    purposes: ['pension_supervision'],
    conditions: [C.oshNeglect, C.recipientCompetent],
    legalBasis: [B.osh_4d_2],
  }),
  ...family(['police', 'prosecution'] as const, (to) => ({
    id: `osh-${to}-informant-10`,
    from: 'osh',
    to,
    categories: ['public_tips'],
    mode: 'own_initiative',
    purposes: ['crime_investigation'],
    conditions: [C.informantCrime],
    legalBasis: [B.osh_10],
  })),
  ...family(['tax', 'police', 'migri', 'customs', 'border', 'enforcement'] as const, (from) => ({
    id: `${from}-osh-obtain-4b`,
    from,
    to: 'osh',
    categories: [...HELD_BY[from]],
    mode: 'on_request',
    purposes: OSH_SUPERVISION,
    conditions: [C.osh4bUse, C.osh4f],
    legalBasis: [B.osh_4b, B.openness_4],
    verified: false,
    sourceNote: N.stateAuthority,
  })),
  rule({
    id: 'etk-osh-obtain-4b',
    from: 'etk',
    to: 'osh',
    categories: ['pension_insurance_data'],
    mode: 'on_request',
    purposes: OSH_SUPERVISION,
    conditions: [C.osh4bUse, C.osh4f],
    legalBasis: [B.osh_4b],
  }),
  ...family(['tax', 'etk'] as const, (from) => ({
    id: `${from}-osh-dataset-4c`,
    from,
    to: 'osh',
    categories: ['targeting_dataset'],
    mode: 'on_request',
    purposes: ['contractor_liability_supervision'],
    conditions: [C.contractorOnly, C.destroyUnneeded],
    legalBasis: [B.osh_4c],
  })),
  rule({
    id: 'tax-osh-dataset-4c-he198',
    from: 'tax',
    to: 'osh',
    categories: ['targeting_dataset'],
    mode: 'on_request',
    purposes: ['minimum_terms_supervision', 'foreign_labour_supervision'],
    conditions: [C.destroyUnneeded],
    legalBasis: [B.he198_osh_4c],
    status: 'proposed',
    sourceNote: N.proposal,
  }),
  rule({
    id: 'etk-osh-own-tyel-206',
    from: 'etk',
    to: 'osh',
    categories: ['pension_insurance_data'],
    mode: 'own_initiative',
    purposes: ['contractor_liability_supervision'],
    conditions: [
      t(
        'Tilaajan tai sopimuspuolen epäillään laiminlyöneen eläkevakuuttamisen tai antaneen virheellisiä eläkevakuutustodistuksia.',
        'Beställaren eller avtalsparten misstänks ha försummat pensionsförsäkringen eller gett felaktiga pensionsförsäkringsintyg.',
        'The contractor is suspected of neglecting pension insurance or giving false pension-insurance certificates.',
      ),
      C.contractorOnly,
    ],
    legalBasis: [B.tyel_206],
  }),
];
