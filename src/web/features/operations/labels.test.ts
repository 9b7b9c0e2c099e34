import { describe, expect, it } from 'vitest';
import {
  checkTransition,
  TRANSITION_NAMES,
  type TransitionFacts,
} from '../../../server/modules/operations/operations.states.ts';
import { fi } from '../../i18n/fi.ts';
import { translate } from '../../i18n/translate.ts';
import { AGENDA_LABEL, phaseStates, transitionActions, UNMET_TEXT } from './labels.ts';
import type { TransitionState, Unmet } from './operations.types.ts';

const facts: TransitionFacts = {
  status: 'follow_up',
  actorIsLead: true,
  decidedAgendaItems: [],
  selectedTargets: 5,
  latestPlanStatus: 'approved',
  participantsWithoutPlan: [],
  targetsNotFinished: 0,
  targetsWithoutResult: 0,
  openFollowUps: 1,
  reason: null,
};

/** What GET /api/operations/:id says: every transition checked without a reason. */
function asServerSays(f: TransitionFacts): TransitionState[] {
  return TRANSITION_NAMES.map((name) => {
    const { allowed, unmet } = checkTransition(name, f);
    return { name, allowed, unmet };
  });
}

describe('unmet preconditions in words', () => {
  it('has a different whole sentence for every code, in Finnish', () => {
    const sentences = Object.values(UNMET_TEXT).map((key) => translate('fi', key));
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const sentence of sentences) expect(sentence).toMatch(/^\p{Lu}.*\.$/u);
  });

  it('names each of the approval preconditions the state machine can report', () => {
    const codes = checkTransition('approve_plan', {
      ...facts,
      status: 'planning',
      selectedTargets: 0,
      latestPlanStatus: null,
      actorIsLead: false,
    }).unmet;
    expect(codes).toEqual(['not_lead', 'agenda_undecided', 'no_selected_targets', 'no_plan_draft']);
    expect(codes.map((code: Unmet) => translate('en', UNMET_TEXT[code]))).toEqual([
      'Only the lead authority’s operation lead can do this.',
      'Planning meeting decisions are missing: the lead authority, the main goal and the participants must be recorded.',
      'No target has been selected.',
      'There is no unapproved draft of the supervision plan.',
    ]);
  });
});

describe('the lead’s transition buttons', () => {
  it('offers only what the status allows, leaves approval to the plan, and asks a reason to close with open follow-ups', () => {
    const actions = transitionActions(asServerSays(facts));
    expect(actions.map((a) => a.name)).toEqual(['close', 'cancel']);
    expect(actions.find((a) => a.name === 'close')).toEqual({
      name: 'close',
      enabled: true,
      needsReason: true,
      blockers: [],
    });
    expect(actions.find((a) => a.name === 'cancel')?.needsReason).toBe(true);
  });

  it('closes without a reason when nothing is open, and is blocked while results are missing', () => {
    const clean = transitionActions(asServerSays({ ...facts, openFollowUps: 0 }));
    expect(clean.find((a) => a.name === 'close')).toMatchObject({ enabled: true, needsReason: false });
    const missing = transitionActions(asServerSays({ ...facts, targetsWithoutResult: 2 }));
    expect(missing.find((a) => a.name === 'close')).toMatchObject({
      enabled: false,
      blockers: ['results_missing'],
    });
  });

  it('keeps start_execution disabled until the plan reaches every participant', () => {
    const actions = transitionActions(
      asServerSays({ ...facts, status: 'plan_approved', participantsWithoutPlan: ['tax'] }),
    );
    expect(actions.map((a) => a.name)).toEqual(['reopen_planning', 'start_execution', 'cancel']);
    expect(actions.find((a) => a.name === 'start_execution')).toMatchObject({
      enabled: false,
      blockers: ['plan_not_shared'],
    });
  });

  it('shows nothing for a closed operation', () => {
    expect(transitionActions(asServerSays({ ...facts, status: 'closed' }))).toEqual([]);
  });
});

describe('the phase stepper', () => {
  it('marks the current phase and those before it', () => {
    expect(phaseStates('planning')).toEqual(['current', 'upcoming', 'upcoming']);
    expect(phaseStates('plan_approved')).toEqual(['current', 'upcoming', 'upcoming']);
    expect(phaseStates('executing')).toEqual(['done', 'current', 'upcoming']);
    expect(phaseStates('follow_up')).toEqual(['done', 'done', 'current']);
    expect(phaseStates('closed')).toEqual(['done', 'done', 'done']);
    expect(phaseStates('cancelled')).toEqual(['upcoming', 'upcoming', 'upcoming']);
  });
});

describe('the agenda', () => {
  it('titles the thirteen seed items of OPERATIONS-API.md, in order', () => {
    expect(Object.keys(AGENDA_LABEL)).toEqual([
      'lead_authority',
      'roles_of_others',
      'supervision_time',
      'analysis',
      'target_selection',
      'main_goal',
      'supervision_scope',
      'participants',
      'command_system',
      'information_production',
      'communications',
      'training_needs',
      'victim_assistance',
    ]);
    for (const key of Object.values(AGENDA_LABEL)) expect(key in fi).toBe(true);
  });
});
