/**
 * The operations pages' codes in words: statuses, the three phases, transitions, unmet preconditions
 * (each a whole sentence), the agenda's seed items, clock-item kinds and outcomes. The Record types
 * make a new server-side code a compile error here until it has a text.
 */
import type { MessageKey } from '../../i18n/messages.ts';
import type {
  ClockItemKind,
  FollowUpStatus,
  InitiativeStatus,
  InvitationStatus,
  OperationStatus,
  Outcome,
  Transition,
  TransitionState,
  Unmet,
} from './operations.types.ts';

export const STATUS_LABEL: Record<OperationStatus, MessageKey> = {
  planning: 'operations.status.planning',
  plan_approved: 'operations.status.plan_approved',
  executing: 'operations.status.executing',
  follow_up: 'operations.status.follow_up',
  closed: 'operations.status.closed',
  cancelled: 'operations.status.cancelled',
};

export const OPERATION_STATUSES = Object.keys(STATUS_LABEL) as OperationStatus[];

export const TRANSITION_LABEL: Record<Transition, MessageKey> = {
  approve_plan: 'operations.transition.approve_plan',
  reopen_planning: 'operations.transition.reopen_planning',
  start_execution: 'operations.transition.start_execution',
  start_follow_up: 'operations.transition.start_follow_up',
  close: 'operations.transition.close',
  cancel: 'operations.transition.cancel',
};

/** Each unmet precondition as a sentence the lead can act on. */
export const UNMET_TEXT: Record<Unmet, MessageKey> = {
  not_lead: 'operations.unmet.not_lead',
  wrong_state: 'operations.unmet.wrong_state',
  agenda_undecided: 'operations.unmet.agenda_undecided',
  no_selected_targets: 'operations.unmet.no_selected_targets',
  no_plan_draft: 'operations.unmet.no_plan_draft',
  plan_not_shared: 'operations.unmet.plan_not_shared',
  targets_not_finished: 'operations.unmet.targets_not_finished',
  results_missing: 'operations.unmet.results_missing',
  open_follow_ups: 'operations.unmet.open_follow_ups',
  reason_required: 'operations.unmet.reason_required',
};

/** Unmet codes the transition dialog satisfies by asking for a reason. */
const MET_BY_REASON: readonly Unmet[] = ['open_follow_ups', 'reason_required'];

export interface TransitionAction {
  name: Transition;
  /** The button may be pressed (possibly after a reason is given). */
  enabled: boolean;
  /** Pressing it opens the reason dialog first. */
  needsReason: boolean;
  /** What stands in the way, in the order the server gave it (a reason's absence not counted). */
  blockers: Unmet[];
}

/**
 * The transitions worth showing now: those possible from the current status (approving the plan is
 * done in the plan itself, so it is left to the plan tab), each with what blocks it. Closing with open
 * follow-ups and cancelling only need a reason, which the dialog asks for.
 */
export function transitionActions(transitions: readonly TransitionState[]): TransitionAction[] {
  return transitions
    .filter((transition) => transition.name !== 'approve_plan' && !transition.unmet.includes('wrong_state'))
    .map((transition) => {
      const blockers = transition.unmet.filter((code) => !MET_BY_REASON.includes(code));
      const needsReason = transition.name === 'cancel' || transition.unmet.includes('open_follow_ups');
      return { name: transition.name, enabled: blockers.length === 0, needsReason, blockers };
    });
}

/** The three phases of the model (and where each status belongs), for the header's stepper. */
export const PHASES = [
  { key: 'planning', labelKey: 'operations.phase.planning', statuses: ['planning', 'plan_approved'] },
  { key: 'execution', labelKey: 'operations.phase.execution', statuses: ['executing'] },
  { key: 'follow_up', labelKey: 'operations.phase.follow_up', statuses: ['follow_up', 'closed'] },
] as const satisfies readonly { key: string; labelKey: MessageKey; statuses: readonly OperationStatus[] }[];

export type PhaseState = 'done' | 'current' | 'upcoming';

/**
 * Each phase done, current or upcoming. A closed operation has every phase done; a cancelled one has
 * none current (the status line says it was cancelled).
 */
export function phaseStates(status: OperationStatus): PhaseState[] {
  if (status === 'closed') return PHASES.map(() => 'done');
  const current = PHASES.findIndex((phase) => (phase.statuses as readonly string[]).includes(status));
  if (current === -1) return PHASES.map(() => 'upcoming');
  return PHASES.map((_, index) => (index < current ? 'done' : index === current ? 'current' : 'upcoming'));
}

/** The seed's planning-meeting agenda (OPERATIONS-API.md), titled in the UI language. */
export const AGENDA_LABEL: Record<string, MessageKey> = {
  lead_authority: 'operations.agenda.item.lead_authority',
  roles_of_others: 'operations.agenda.item.roles_of_others',
  supervision_time: 'operations.agenda.item.supervision_time',
  analysis: 'operations.agenda.item.analysis',
  target_selection: 'operations.agenda.item.target_selection',
  main_goal: 'operations.agenda.item.main_goal',
  supervision_scope: 'operations.agenda.item.supervision_scope',
  participants: 'operations.agenda.item.participants',
  command_system: 'operations.agenda.item.command_system',
  information_production: 'operations.agenda.item.information_production',
  communications: 'operations.agenda.item.communications',
  training_needs: 'operations.agenda.item.training_needs',
  victim_assistance: 'operations.agenda.item.victim_assistance',
};

export const CLOCK_KIND_LABEL: Record<ClockItemKind, MessageKey> = {
  theme_inspection: 'operations.clock.kind.theme_inspection',
  empact_action_day: 'operations.clock.kind.empact_action_day',
  seasonal_work: 'operations.clock.kind.seasonal_work',
  other: 'operations.clock.kind.other',
};

export const CLOCK_KINDS = Object.keys(CLOCK_KIND_LABEL) as ClockItemKind[];

export const INITIATIVE_STATUS_LABEL: Record<InitiativeStatus, MessageKey> = {
  open: 'operations.initiative.status.open',
  accepted: 'operations.initiative.status.accepted',
  declined: 'operations.initiative.status.declined',
  withdrawn: 'operations.initiative.status.withdrawn',
};

export const INVITATION_LABEL: Record<InvitationStatus, MessageKey> = {
  suggested: 'operations.invitation.suggested',
  invited: 'operations.invitation.invited',
  accepted: 'operations.invitation.accepted',
  declined: 'operations.invitation.declined',
};

export const OUTCOME_LABEL: Record<Outcome, MessageKey> = {
  no_findings: 'operations.outcome.no_findings',
  guidance: 'operations.outcome.guidance',
  improvement_notice: 'operations.outcome.improvement_notice',
  sanction: 'operations.outcome.sanction',
  report_of_offence: 'operations.outcome.report_of_offence',
  other: 'operations.outcome.other',
};

export const FOLLOW_UP_STATUS_LABEL: Record<FollowUpStatus, MessageKey> = {
  open: 'operations.followUp.status.open',
  done: 'operations.followUp.status.done',
  cancelled: 'operations.followUp.status.cancelled',
};

/** The month's name in the UI language (0 = January), from Intl so no table of names is kept. */
export function monthName(locale: string, month: number): string {
  const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2027, month, 1)),
  );
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
