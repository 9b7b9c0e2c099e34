/**
 * Shipped rules for the assistance system for victims of trafficking (746/2011 37 §, 38 a §, 58 § and
 * 615/2020 13 §, LEGAL-BASES §5). Client data leaves the system only where a provision says so; to
 * the other authorities an explicit not_allowed rule records why (secrecy point unverified, §5).
 */
import { B } from './competence.data.bases.ts';
import { C } from './competence.data.conditions.ts';
import { N } from './competence.data.notes.ts';
import { family, rule } from './competence.data.rule-builder.ts';
import type { DisclosureRule } from './competence.schemas.ts';

const VICTIM_PURPOSES = ['victim_assistance', 'victim_protection'];

export const VICTIM_RULES: DisclosureRule[] = [
  rule({
    id: 'nas-police-own-37',
    from: 'nas',
    to: 'police',
    categories: ['victim_assistance_client_data'],
    mode: 'own_initiative',
    purposes: ['victim_protection', 'crime_prevention'],
    requires: ['serious_threat_to_life_health_or_liberty'],
    conditions: [C.directorDecides],
    legalBasis: [B.victims_37],
  }),
  ...family(['police', 'border'] as const, (to) => ({
    id: `nas-${to}-obtain-58`,
    from: 'nas',
    to,
    categories: ['victim_assistance_client_data'],
    mode: 'on_request',
    purposes: VICTIM_PURPOSES,
    conditions: [C.victimTask, C.victimConsent],
    legalBasis: [B.victims_58, B.victims_38a],
  })),
  ...family(['police', 'border'] as const, (to) => ({
    id: `migri-${to}-obtain-58`,
    from: 'migri',
    to,
    categories: ['residence_permit_data'],
    mode: 'on_request',
    purposes: VICTIM_PURPOSES,
    conditions: [C.victimTask],
    legalBasis: [B.victims_58],
  })),
  ...family(['police', 'border'] as const, (from) => ({
    id: `${from}-nas-obtain-615-13`,
    from,
    to: 'nas',
    categories: from === 'police' ? ['police_information'] : ['border_guard_information'],
    mode: 'on_request',
    purposes: ['victim_assistance'],
    conditions: [C.pretrialForAdmission],
    legalBasis: [B.migri_13_4_3],
  })),
  rule({
    id: 'migri-nas-obtain-615-13',
    from: 'migri',
    to: 'nas',
    categories: ['residence_permit_data'],
    mode: 'on_request',
    purposes: ['victim_assistance'],
    conditions: [C.victimTask],
    legalBasis: [B.migri_13_1],
  }),
  ...family(['tax', 'enforcement', 'osh', 'geiu', 'etk', 'customs'] as const, (to) => ({
    id: `nas-${to}-client-data-not-allowed`,
    from: 'nas',
    to,
    categories: ['victim_assistance_client_data'],
    mode: 'not_allowed',
    legalBasis: [B.openness_24, B.openness_29],
    sourceNote: N.victimSecrecy,
  })),
];
