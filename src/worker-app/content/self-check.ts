/**
 * The self-check: plain-language Yes / Maybe / No questions built on the 11 ILO indicators of forced labour
 * (FACTS.md §4.1) and on Finnish signs (§4.4, §7.2). Every indicator is covered by at least one question.
 */
import { evaluateAnswers } from './self-check-rules.ts';
import type { SelfCheckAnswer, SelfCheckQuestion, SelfCheckResult } from './types.ts';

export { evaluateAnswers } from './self-check-rules.ts';

export const SELF_CHECK_QUESTIONS: readonly SelfCheckQuestion[] = [
  {
    id: 'promised-different',
    indicators: ['deception'],
    topics: ['pay'],
    urgent: false,
    text: {
      fi: 'Onko työ tai palkka aivan erilainen kuin sinulle luvattiin?',
      en: 'Is the work or the pay very different from what you were promised?',
    },
  },
  {
    id: 'paid-for-job',
    indicators: ['debt-bondage', 'deception'],
    topics: ['trafficking'],
    urgent: false,
    text: {
      fi: 'Maksoitko työpaikasta, tai pitääkö sinun antaa osa palkasta takaisin?',
      en: 'Did you pay for the job, or must you give part of your pay back?',
    },
  },
  {
    id: 'debt',
    indicators: ['debt-bondage'],
    topics: ['trafficking'],
    urgent: false,
    text: {
      fi: 'Oletko velkaa työnantajalle tai välittäjälle niin paljon, ettet pysty maksamaan velkaa?',
      en: 'Do you owe the employer or a recruiter so much that you cannot pay it back?',
    },
    hint: {
      fi: 'Esimerkiksi matkasta, asunnosta tai luvasta.',
      en: 'For example for travel, housing or a permit.',
    },
  },
  {
    id: 'documents-kept',
    indicators: ['retention-of-identity-documents'],
    topics: ['trafficking'],
    urgent: false,
    text: {
      fi: 'Pitääkö joku muu passiasi, oleskelulupakorttiasi tai pankkikorttiasi?',
      en: 'Does someone else keep your passport, residence permit card or bank card?',
    },
  },
  {
    id: 'wages-withheld',
    indicators: ['withholding-of-wages'],
    topics: ['pay'],
    urgent: false,
    text: {
      fi: 'Jääkö palkka maksamatta, tuleeko se myöhässä tai onko se paljon pienempi kuin sovittiin?',
      en: 'Is your pay not paid, paid late, or much less than agreed?',
    },
  },
  {
    id: 'long-hours',
    indicators: ['excessive-overtime'],
    topics: ['hours'],
    urgent: false,
    text: {
      fi: 'Teetkö usein hyvin pitkiä päiviä ilman vapaapäiviä tai ilman ylityökorvausta?',
      en: 'Do you often work very long days with no days off or no overtime pay?',
    },
  },
  {
    id: 'conditions',
    indicators: ['abusive-working-and-living-conditions'],
    topics: ['safety', 'housing'],
    urgent: false,
    text: {
      fi: 'Onko työpaikka tai asunto vaarallinen, likainen tai täynnä ihmisiä, tai maksatko asunnosta kohtuuttoman paljon?',
      en: 'Is the workplace or the housing dangerous, dirty or overcrowded, or do you pay far too much for housing?',
    },
  },
  {
    id: 'not-free-to-leave',
    indicators: ['restriction-of-movement'],
    topics: ['trafficking'],
    urgent: true,
    text: {
      fi: 'Estetäänkö sinua lähtemästä työpaikalta tai asunnosta, tai lukitaanko ovi ulkopuolelta?',
      en: 'Are you stopped from leaving the workplace or the housing, or is the door locked from the outside?',
    },
  },
  {
    id: 'isolated',
    indicators: ['isolation', 'abuse-of-vulnerability'],
    topics: ['trafficking'],
    urgent: false,
    text: {
      fi: 'Estetäänkö sinua tapaamasta muita ihmisiä, tai puhuuko ja hoitaako joku muu aina asiasi puolestasi?',
      en: 'Are you kept from meeting other people, or does someone else always speak and handle your affairs for you?',
    },
  },
  {
    id: 'threatened-permit',
    indicators: ['intimidation-and-threats', 'abuse-of-vulnerability'],
    topics: ['trafficking'],
    urgent: false,
    text: {
      fi: 'Onko sinua uhkailtu poliisilla, luvan menettämisellä tai kotimaahan lähettämisellä?',
      en: 'Have you been threatened with the police, with losing your permit or with being sent home?',
    },
  },
  {
    id: 'threatened-harm',
    indicators: ['intimidation-and-threats'],
    topics: ['trafficking'],
    urgent: true,
    text: {
      fi: 'Onko joku uhannut satuttaa sinua tai perhettäsi?',
      en: 'Has anyone threatened to hurt you or your family?',
    },
  },
  {
    id: 'violence',
    indicators: ['physical-and-sexual-violence'],
    topics: ['trafficking'],
    urgent: true,
    text: {
      fi: 'Onko joku lyönyt, satuttanut tai koskenut sinua seksuaalisesti vastoin tahtoasi?',
      en: 'Has anyone hit you, hurt you or touched you sexually against your will?',
    },
  },
];

/** Evaluates answers to the shipped questions. See {@link evaluateAnswers}. */
export function evaluateSelfCheck(
  answers: Readonly<Record<string, SelfCheckAnswer | undefined>>,
): SelfCheckResult {
  return evaluateAnswers(SELF_CHECK_QUESTIONS, answers);
}
