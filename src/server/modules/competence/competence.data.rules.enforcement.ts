/**
 * Shipped rules for enforcement data (Enforcement Code 705/2007 ch. 3, 70–72 §, LEGAL-BASES §7),
 * including the proposed own-initiative extension to labour-exploitation crimes (HE 198/2025).
 */
import { B } from './competence.data.bases.ts';
import { C } from './competence.data.conditions.ts';
import { N } from './competence.data.notes.ts';
import { family, rule } from './competence.data.rule-builder.ts';
import { t } from './competence.data.text.ts';
import type { DisclosureRule } from './competence.schemas.ts';

const PRE_TRIAL = ['police', 'border', 'customs', 'prosecution'] as const;
const DATA = ['enforcement_data'];

export const ENFORCEMENT_RULES: DisclosureRule[] = [
  ...family(PRE_TRIAL, (to) => ({
    id: `enforcement-${to}-request-3-70`,
    from: 'enforcement',
    to,
    categories: DATA,
    mode: 'on_request',
    purposes: ['crime_investigation', 'crime_prevention'],
    conditions: [C.individualCase, C.enf370],
    legalBasis: [B.enf_3_70_1],
  })),
  rule({
    id: 'enforcement-customs-request-3-70-6',
    from: 'enforcement',
    to: 'customs',
    categories: DATA,
    mode: 'on_request',
    purposes: ['tax_supervision'],
    conditions: [C.individualCase, C.necessary],
    legalBasis: [B.enf_3_70_6],
    verified: false,
    sourceNote: t(
      '3:70 §:n 6 kohdan käyttötarkoitusta ei ole kirjattu; oletettu Tullin verotus ja perintä.',
      'Ändamålet i 3:70 § 6 punkten har inte antecknats; antaget Tullens beskattning och indrivning.',
      'The purpose of 3:70 point 6 was not recorded; assumed to be Customs taxation and collection.',
    ),
  }),
  rule({
    id: 'enforcement-tax-request-3-71',
    from: 'enforcement',
    to: 'tax',
    categories: DATA,
    mode: 'on_request',
    purposes: ['tax_supervision'],
    conditions: [C.individualCase, C.necessary],
    legalBasis: [B.enf_3_71],
  }),
  ...family(PRE_TRIAL, (to) => ({
    id: `enforcement-${to}-own-3-72`,
    from: 'enforcement',
    to,
    categories: DATA,
    mode: 'own_initiative',
    purposes: ['crime_investigation'],
    conditions: [C.enf372, C.enf372Which],
    legalBasis: [B.enf_3_72_1],
    verified: false,
    sourceNote: t(
      'Säännös on tarkistettu, mutta se, että ihmiskauppa täyttää rajan ja kiskonnantapainen työsyrjintä ja kiskonta eivät, on tulkinta rangaistusasteikoista (LEGAL-BASES §7).',
      'Bestämmelsen är kontrollerad, men att människohandel uppfyller gränsen och ockerliknande diskriminering i arbetslivet och ocker inte gör det är en tolkning av straffskalorna.',
      'The provision is verified, but that trafficking qualifies while extortionate work discrimination and usury do not is an interpretation of the penalty scales.',
    ),
  })),
  rule({
    id: 'enforcement-tax-own-3-72',
    from: 'enforcement',
    to: 'tax',
    categories: DATA,
    mode: 'own_initiative',
    purposes: ['tax_supervision'],
    conditions: [C.enfTaxFraud],
    legalBasis: [B.enf_3_72_3],
  }),
  ...family(PRE_TRIAL, (to) => ({
    id: `enforcement-${to}-own-he198`,
    from: 'enforcement',
    to,
    categories: DATA,
    mode: 'own_initiative',
    purposes: ['crime_investigation'],
    conditions: [
      t(
        'Epäillään työperäistä hyväksikäyttöä koskevaa rikosta, esimerkiksi kiskonnantapaista työsyrjintää (RL 47:3a) tai kiskontaa (RL 36:6).',
        'Ett brott som gäller arbetsrelaterat utnyttjande misstänks, t.ex. ockerliknande diskriminering i arbetslivet (SL 47:3a) eller ocker (SL 36:6).',
        'A labour-exploitation crime is suspected, e.g. extortionate work discrimination (Criminal Code 47:3a) or usury (36:6).',
      ),
    ],
    legalBasis: [B.he198_enforcement],
    status: 'proposed',
    sourceNote: N.proposal,
  })),
];
