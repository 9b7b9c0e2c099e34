/** Pure helpers of the feedback and follow-up phase: owners, results by target, counts, crime titles. */
import type { MessageKey } from '../../i18n/messages.ts';
import type { Operation, TargetResult } from './operations.types.ts';

/** Authorities whose caseworkers record pre-trial investigations (OPERATIONS-API.md). */
export const INVESTIGATING_AUTHORITIES: readonly string[] = ['police', 'nbi', 'border', 'customs'];

/**
 * Crime titles an investigation is linked under — the server's list (crime-titles.ts: the Criminal Code
 * and the Aliens Act, FACTS.md §3 with LEGAL-BASES.md's corrections), titled in the UI language.
 */
export const CRIME_TITLE_LABEL = {
  trafficking_in_persons: 'operations.crime.trafficking_in_persons',
  aggravated_trafficking_in_persons: 'operations.crime.aggravated_trafficking_in_persons',
  work_discrimination: 'operations.crime.work_discrimination',
  extortionate_work_discrimination: 'operations.crime.extortionate_work_discrimination',
  unauthorised_use_of_foreign_labour: 'operations.crime.unauthorised_use_of_foreign_labour',
  employment_fee_ban_breach: 'operations.crime.employment_fee_ban_breach',
  work_safety_offence: 'operations.crime.work_safety_offence',
  working_hours_offence: 'operations.crime.working_hours_offence',
  arrangement_of_illegal_immigration: 'operations.crime.arrangement_of_illegal_immigration',
  aggravated_arrangement_of_illegal_immigration:
    'operations.crime.aggravated_arrangement_of_illegal_immigration',
  pandering: 'operations.crime.pandering',
  aggravated_pandering: 'operations.crime.aggravated_pandering',
  usury: 'operations.crime.usury',
  aggravated_usury: 'operations.crime.aggravated_usury',
  fraud: 'operations.crime.fraud',
  employer_aliens_offence: 'operations.crime.employer_aliens_offence',
} as const satisfies Record<string, MessageKey>;

export type CrimeTitleCode = keyof typeof CRIME_TITLE_LABEL;
export const CRIME_TITLE_CODES = Object.keys(CRIME_TITLE_LABEL) as CrimeTitleCode[];

export function crimeLabelKey(code: string): MessageKey | null {
  return code in CRIME_TITLE_LABEL ? CRIME_TITLE_LABEL[code as CrimeTitleCode] : null;
}

/** The authorities a follow-up can be owned by: the lead and every participant that has not declined. */
export function followUpOwners(operation: Pick<Operation, 'participants' | 'leadAuthority'>): string[] {
  const seated = operation.participants.filter((p) => p.status !== 'declined').map((p) => p.authority);
  return [...new Set([operation.leadAuthority, ...seated])];
}

/** A map of counts as [code, count] pairs, biggest first (ties by code). */
export function countPairs(value: Record<string, number> | undefined): [string, number][] {
  return Object.entries(value ?? {})
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Results by target id, each target's rows in authority order. */
export function resultsByTarget(results: readonly TargetResult[]): Map<string, TargetResult[]> {
  const grouped = new Map<string, TargetResult[]>();
  for (const result of [...results].sort((a, b) => a.authority.localeCompare(b.authority))) {
    grouped.set(result.operationTargetId, [...(grouped.get(result.operationTargetId) ?? []), result]);
  }
  return grouped;
}
