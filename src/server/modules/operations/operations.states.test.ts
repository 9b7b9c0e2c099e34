/** The state machine, exhaustively: every transition from every state, and each precondition alone. */
import { describe, expect, it } from 'vitest';
import {
  availableTransitions,
  checkTransition,
  REQUIRED_BEFORE_APPROVAL,
  TRANSITION_NAMES,
  TRANSITIONS,
  type Transition,
  type TransitionFacts,
  type Unmet,
} from './operations.states.ts';
import type { OperationStatus } from './operations.tables.ts';

const STATES: OperationStatus[] = [
  'planning',
  'plan_approved',
  'executing',
  'follow_up',
  'closed',
  'cancelled',
];

/** Facts under which every precondition holds (only the state may stand in the way). */
const ready = (status: OperationStatus): TransitionFacts => ({
  status,
  actorIsLead: true,
  decidedAgendaItems: [...REQUIRED_BEFORE_APPROVAL],
  selectedTargets: 3,
  latestPlanStatus: 'draft',
  participantsWithoutPlan: [],
  targetsNotFinished: 0,
  targetsWithoutResult: 0,
  openFollowUps: 0,
  reason: 'because',
});

const EXPECTED_TO: Record<Transition, OperationStatus> = {
  approve_plan: 'plan_approved',
  reopen_planning: 'planning',
  start_execution: 'executing',
  start_follow_up: 'follow_up',
  close: 'closed',
  cancel: 'cancelled',
};

const EXPECTED_FROM: Record<Transition, OperationStatus[]> = {
  approve_plan: ['planning'],
  reopen_planning: ['plan_approved'],
  start_execution: ['plan_approved'],
  start_follow_up: ['executing'],
  close: ['follow_up'],
  cancel: ['planning', 'plan_approved', 'executing', 'follow_up'],
};

describe('operation state machine', () => {
  it('knows exactly the six transitions', () => {
    expect([...TRANSITION_NAMES].sort()).toEqual(Object.keys(EXPECTED_TO).sort());
  });

  for (const transition of TRANSITION_NAMES) {
    for (const state of STATES) {
      const allowed = EXPECTED_FROM[transition].includes(state);
      it(`${transition} from ${state}: ${allowed ? 'allowed' : 'wrong_state'}`, () => {
        const check = checkTransition(transition, ready(state));
        expect(check.to).toBe(EXPECTED_TO[transition]);
        expect(check.allowed).toBe(allowed);
        expect(check.unmet).toEqual(allowed ? [] : ['wrong_state']);
      });
    }
  }

  it('closed and cancelled are final', () => {
    for (const state of ['closed', 'cancelled'] as const) {
      expect(availableTransitions(ready(state))).toEqual([]);
      for (const name of TRANSITION_NAMES) expect(checkTransition(name, ready(state)).allowed).toBe(false);
    }
    for (const [name, rule] of Object.entries(TRANSITIONS))
      expect(rule.from, name).not.toEqual(expect.arrayContaining(['closed']));
  });

  it('only the lead makes any transition', () => {
    for (const transition of TRANSITION_NAMES) {
      const state = EXPECTED_FROM[transition][0]!;
      expect(checkTransition(transition, { ...ready(state), actorIsLead: false }).unmet).toEqual([
        'not_lead',
      ]);
    }
  });

  const cases: [Transition, OperationStatus, Partial<TransitionFacts>, Unmet[]][] = [
    [
      'approve_plan',
      'planning',
      { decidedAgendaItems: ['lead_authority', 'main_goal'] },
      ['agenda_undecided'],
    ],
    ['approve_plan', 'planning', { decidedAgendaItems: [] }, ['agenda_undecided']],
    ['approve_plan', 'planning', { selectedTargets: 0 }, ['no_selected_targets']],
    ['approve_plan', 'planning', { latestPlanStatus: null }, ['no_plan_draft']],
    ['approve_plan', 'planning', { latestPlanStatus: 'approved' }, ['no_plan_draft']],
    ['approve_plan', 'planning', { latestPlanStatus: 'superseded' }, ['no_plan_draft']],
    ['start_execution', 'plan_approved', { participantsWithoutPlan: ['osh'] }, ['plan_not_shared']],
    ['start_follow_up', 'executing', { targetsNotFinished: 1 }, ['targets_not_finished']],
    ['close', 'follow_up', { targetsWithoutResult: 2 }, ['results_missing']],
    ['close', 'follow_up', { openFollowUps: 1, reason: null }, ['open_follow_ups']],
    ['close', 'follow_up', { openFollowUps: 1, reason: '   ' }, ['open_follow_ups']],
    ['close', 'follow_up', { openFollowUps: 1, reason: 'handed over' }, []],
    ['close', 'follow_up', { openFollowUps: 0, reason: null }, []],
    ['cancel', 'executing', { reason: null }, ['reason_required']],
    ['cancel', 'planning', { reason: '' }, ['reason_required']],
    ['reopen_planning', 'plan_approved', { participantsWithoutPlan: ['osh'], selectedTargets: 0 }, []],
  ];
  for (const [transition, state, facts, unmet] of cases) {
    it(`${transition} from ${state} with ${JSON.stringify(facts)} → ${unmet.join(', ') || 'allowed'}`, () => {
      const check = checkTransition(transition, { ...ready(state), ...facts });
      expect(check.unmet).toEqual(unmet);
      expect(check.allowed).toBe(unmet.length === 0);
    });
  }

  it('reports every unmet precondition at once', () => {
    const check = checkTransition('approve_plan', {
      ...ready('executing'),
      actorIsLead: false,
      decidedAgendaItems: [],
      selectedTargets: 0,
      latestPlanStatus: null,
    });
    expect(check.unmet).toEqual([
      'not_lead',
      'wrong_state',
      'agenda_undecided',
      'no_selected_targets',
      'no_plan_draft',
    ]);
    expect(
      checkTransition('close', {
        ...ready('planning'),
        targetsWithoutResult: 1,
        openFollowUps: 2,
        reason: null,
      }).unmet,
    ).toEqual(['wrong_state', 'results_missing', 'open_follow_ups']);
  });

  it('offers the buttons the facts allow (a reason is asked for when used)', () => {
    expect(availableTransitions({ ...ready('planning'), reason: null })).toEqual(['approve_plan', 'cancel']);
    expect(availableTransitions(ready('plan_approved'))).toEqual([
      'reopen_planning',
      'start_execution',
      'cancel',
    ]);
    expect(availableTransitions({ ...ready('follow_up'), openFollowUps: 2, reason: null })).toEqual([
      'close',
      'cancel',
    ]);
    expect(availableTransitions({ ...ready('executing'), targetsNotFinished: 1 })).toEqual(['cancel']);
  });
});
