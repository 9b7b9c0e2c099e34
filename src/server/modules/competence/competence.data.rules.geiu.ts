/**
 * Shipped rules for the Grey Economy Information Unit (1207/2010, LEGAL-BASES §2): compliance reports
 * only on request and only for the 6 § uses; never on GEIU's own initiative and never to the
 * assistance system; GEIU's own right to obtain data for phenomenon reports (4 §).
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { B } from './competence.data.bases.ts';
import { C } from './competence.data.conditions.ts';
import { N } from './competence.data.notes.ts';
import { family, type RuleInput, rule } from './competence.data.rule-builder.ts';
import type { DisclosureRule, LegalBasis } from './competence.schemas.ts';

/** One compliance-report rule: GEIU → `to` for the uses of one 6 § point. */
function report(point: string, to: AuthorityCode, basis: LegalBasis, purposes: string[]): RuleInput {
  return {
    id: `geiu-${to}-report-6-${point}`,
    from: 'geiu',
    to,
    categories: ['compliance_report'],
    mode: 'on_request',
    purposes,
    conditions: [C.geiuRequest, C.geiuUse],
    legalBasis: [B.geiu_5, basis],
  };
}

const crimePoint = (to: AuthorityCode, purposes: string[]): RuleInput => {
  const base = report('11', to, B.geiu_6_11, purposes);
  return { ...base, conditions: [C.geiuRequest, C.geiu11, C.geiuUse] };
};

export const GEIU_RULES: DisclosureRule[] = [
  rule(report('1', 'tax', B.geiu_6_1, ['tax_supervision'])),
  rule(report('2', 'customs', B.geiu_6_2, ['tax_supervision'])),
  rule(report('3', 'etk', B.geiu_6_3, ['pension_supervision'])),
  rule(report('8', 'enforcement', B.geiu_6_8, ['enforcement'])),
  rule({
    ...report('10', 'police', B.geiu_6_10, ['business_prohibition']),
    verified: false,
    sourceNote: N.recipientInferred,
  }),
  rule(crimePoint('police', ['crime_prevention', 'crime_investigation'])),
  rule(crimePoint('border', ['crime_prevention', 'crime_investigation'])),
  rule(crimePoint('customs', ['crime_investigation'])),
  rule(
    report('19', 'osh', B.geiu_6_19, [
      'contractor_liability_supervision',
      'minimum_terms_supervision',
      'foreign_labour_supervision',
    ]),
  ),
  rule(report('27', 'migri', B.geiu_6_27, ['permit_decision', 'foreign_labour_supervision'])),
  rule({
    id: 'geiu-police-report-he183',
    from: 'geiu',
    to: 'police',
    categories: ['compliance_report'],
    mode: 'on_request',
    purposes: ['crime_prevention'],
    conditions: [C.geiuRequest, C.geiuUse],
    legalBasis: [B.he183],
    status: 'proposed',
    sourceNote: N.proposal,
  }),
  rule({
    id: 'geiu-nas-report-not-allowed',
    from: 'geiu',
    to: 'nas',
    categories: ['compliance_report'],
    mode: 'not_allowed',
    legalBasis: [B.geiu_5, B.geiu_13],
    sourceNote: N.geiuNotNas,
  }),
  ...family(['osh', 'police', 'migri', 'customs', 'border', 'enforcement', 'tax'] as const, (from) => ({
    id: `${from}-geiu-obtain-4`,
    from,
    to: 'geiu',
    categories: [
      ...(
        {
          osh: ['osh_inspection_findings'],
          police: ['police_information'],
          migri: ['residence_permit_data', 'employer_data'],
          customs: ['customs_information'],
          border: ['border_guard_information'],
          enforcement: ['enforcement_data'],
          tax: ['tax_information'],
        } as const
      )[from],
    ],
    mode: 'on_request',
    purposes: ['grey_economy_reporting'],
    conditions:
      from === 'police' || from === 'border' || from === 'customs'
        ? [C.phenomenonOnly, C.geiu4Consent]
        : [C.phenomenonOnly],
    legalBasis: [B.geiu_4],
    verified: false,
    sourceNote: N.stateAuthority,
  })),
];
