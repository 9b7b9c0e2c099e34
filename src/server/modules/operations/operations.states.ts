/**
 * The operation's state machine (seed, Project 2): planning → plan approved → executing → feedback and
 * follow-up → closed, or cancelled. Pure: which transitions exist, who may make them, and what must be
 * true first. The service gathers the facts from the database in the transaction and asks here; a
 * refused transition answers with every unmet precondition at once (409 with `details.unmet`).
 */
import type { OperationStatus } from './operations.tables.ts';

export const TRANSITIONS = {
  /** The lead approves a plan version: the meeting has decided the lead and the goal, targets are chosen. */
  approve_plan: { from: ['planning'], to: 'plan_approved' },
  /** A new plan version is needed after approval (e.g. a target changes): back to planning. */
  reopen_planning: { from: ['plan_approved'], to: 'planning' },
  /** Field work begins: the approved plan has been shared with every participant that accepted. */
  start_execution: { from: ['plan_approved'], to: 'executing' },
  /** Field work is over: every selected target has been visited or marked not visited. */
  start_follow_up: { from: ['executing'], to: 'follow_up' },
  /** Closed: results recorded; open follow-ups only with the lead's recorded reason. */
  close: { from: ['follow_up'], to: 'closed' },
  /** Called off before closing, with a reason. */
  cancel: { from: ['planning', 'plan_approved', 'executing', 'follow_up'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly OperationStatus[]; to: OperationStatus }>;

export type Transition = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];

/** What the preconditions look at; the service reads it from the database inside the transaction. */
export interface TransitionFacts {
  status: OperationStatus;
  /** The actor acts for the lead authority with the operation_lead role. */
  actorIsLead: boolean;
  /** Agenda items with a recorded decision (item keys). */
  decidedAgendaItems: readonly string[];
  selectedTargets: number;
  /** The newest plan version's status, if any version exists. */
  latestPlanStatus: 'draft' | 'approved' | 'superseded' | null;
  /** Accepted participants (not the lead) the approved plan has not been shared with. */
  participantsWithoutPlan: readonly string[];
  /** Selected targets neither visited (finished) nor marked not visited. */
  targetsNotFinished: number;
  /** Selected targets without any authority's result recorded. */
  targetsWithoutResult: number;
  openFollowUps: number;
  /** The reason given with this transition request (closing with open follow-ups, cancelling). */
  reason: string | null;
}

/** Agenda items that must carry a decision before a plan can be approved. */
export const REQUIRED_BEFORE_APPROVAL = ['lead_authority', 'main_goal', 'participants'] as const;

export type Unmet =
  | 'not_lead'
  | 'wrong_state'
  | 'agenda_undecided'
  | 'no_selected_targets'
  | 'no_plan_draft'
  | 'plan_not_shared'
  | 'targets_not_finished'
  | 'results_missing'
  | 'open_follow_ups'
  | 'reason_required';

export interface TransitionCheck {
  allowed: boolean;
  to: OperationStatus;
  unmet: Unmet[];
}

export function checkTransition(transition: Transition, facts: TransitionFacts): TransitionCheck {
  const rule = TRANSITIONS[transition];
  const unmet: Unmet[] = [];
  if (!facts.actorIsLead) unmet.push('not_lead');
  if (!(rule.from as readonly OperationStatus[]).includes(facts.status)) unmet.push('wrong_state');
  const hasReason = (facts.reason ?? '').trim().length > 0;
  switch (transition) {
    case 'approve_plan':
      if (REQUIRED_BEFORE_APPROVAL.some((key) => !facts.decidedAgendaItems.includes(key)))
        unmet.push('agenda_undecided');
      if (facts.selectedTargets === 0) unmet.push('no_selected_targets');
      if (facts.latestPlanStatus !== 'draft') unmet.push('no_plan_draft');
      break;
    case 'start_execution':
      if (facts.participantsWithoutPlan.length > 0) unmet.push('plan_not_shared');
      break;
    case 'start_follow_up':
      if (facts.targetsNotFinished > 0) unmet.push('targets_not_finished');
      break;
    case 'close':
      if (facts.targetsWithoutResult > 0) unmet.push('results_missing');
      if (facts.openFollowUps > 0 && !hasReason) unmet.push('open_follow_ups');
      break;
    case 'cancel':
      if (!hasReason) unmet.push('reason_required');
      break;
    case 'reopen_planning':
      break;
  }
  return { allowed: unmet.length === 0, to: rule.to, unmet };
}

/** The transitions the facts allow now (for the UI's buttons; the server checks again on use). */
export function availableTransitions(facts: TransitionFacts): Transition[] {
  return TRANSITION_NAMES.filter((name) => {
    const { unmet } = checkTransition(name, { ...facts, reason: facts.reason ?? 'x' });
    return unmet.length === 0;
  });
}
