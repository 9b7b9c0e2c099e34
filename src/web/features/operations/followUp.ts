/** Pure helpers of the feedback and follow-up phase: who may do what, overdue tasks, crime titles. */
import type { MessageKey } from '../../i18n/messages.ts';
import type { FollowUp, Operation } from './operations.types.ts';

/** Authorities whose caseworkers record pre-trial investigations (OPERATIONS-API.md). */
export const INVESTIGATING_AUTHORITIES: readonly string[] = ['police', 'nbi', 'border', 'customs'];

/** Crime titles of FACTS.md §3 an operation's investigations are opened for. */
export const CRIME_TITLE_LABEL: Record<string, MessageKey> = {
  trafficking_in_persons: 'operations.crime.trafficking_in_persons',
  aggravated_trafficking_in_persons: 'operations.crime.aggravated_trafficking_in_persons',
  extortionate_work_discrimination: 'operations.crime.extortionate_work_discrimination',
  work_discrimination: 'operations.crime.work_discrimination',
  unauthorised_use_of_foreign_labour: 'operations.crime.unauthorised_use_of_foreign_labour',
  usury: 'operations.crime.usury',
  work_safety_offence: 'operations.crime.work_safety_offence',
  employment_agency_offence: 'operations.crime.employment_agency_offence',
  arrangement_of_illegal_immigration: 'operations.crime.arrangement_of_illegal_immigration',
};

/** A task may be marked done or cancelled by its owner authority or by the lead. */
export function mayChangeFollowUp(
  operation: Pick<Operation, 'you'>,
  task: Pick<FollowUp, 'authority'>,
): boolean {
  return operation.you.lead || operation.you.authority === task.authority;
}

/** Open and past its due date (dates compared as calendar days). */
export function isOverdue(task: Pick<FollowUp, 'status' | 'dueOn'>, today: string): boolean {
  return task.status === 'open' && task.dueOn < today;
}

/** The authorities a follow-up can be owned by: the lead and every participant that has not declined. */
export function followUpOwners(operation: Pick<Operation, 'participants' | 'leadAuthority'>): string[] {
  const seated = operation.participants.filter((p) => p.status !== 'declined').map((p) => p.authority);
  return [...new Set([operation.leadAuthority, ...seated])];
}

/** Statistics come either as a map or as a list; both read as [code, count] pairs, biggest first. */
export function countPairs(
  value: Record<string, number> | readonly { [key: string]: unknown }[] | undefined,
): [string, number][] {
  if (!value) return [];
  const pairs: [string, number][] = Array.isArray(value)
    ? value.map((row) => {
        const code = String(row.area ?? row.code ?? row.key ?? '');
        const count = Number(row.count ?? 0);
        return [code, count];
      })
    : Object.entries(value as Record<string, number>);
  return pairs.filter(([code]) => code !== '').sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
