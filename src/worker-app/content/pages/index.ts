/**
 * The topic pages in the order shown on the home view, collected into a PageSet (Finnish and English).
 * Translations into other languages are added to the PageSet by the CMS; none are shipped by default.
 */
import type { PageSet, PageText } from '../types.ts';
import { recognisingExploitation, whereToGetHelp } from './exploitation-help.ts';
import { enforcementAndDebts, recruitmentFees, rightToWorkAndPermits, taxes } from './permits-money.ts';
import { employerHousing, occupationalSafety } from './safety-housing.ts';
import type { TopicPages } from './topic.ts';
import { employmentContract, holidays, payAndMinimumPay, workingHoursAndOvertime } from './work-terms.ts';

export const TOPICS: readonly TopicPages[] = [
  whereToGetHelp,
  recognisingExploitation,
  employmentContract,
  payAndMinimumPay,
  workingHoursAndOvertime,
  holidays,
  occupationalSafety,
  employerHousing,
  rightToWorkAndPermits,
  recruitmentFees,
  taxes,
  enforcementAndDebts,
];

export const PAGE_SLUGS: readonly string[] = TOPICS.map((t) => t.en.slug);

export function defaultPageSet(): PageSet {
  const fi: PageText[] = TOPICS.map((t) => t.fi);
  const en: PageText[] = TOPICS.map((t) => t.en);
  return { fi, en };
}
