/**
 * The share dialog as data: the official's choices, the engine's answers per recipient, and what still
 * stands between them and the Share button. Pure, so the rules of the button are tested directly.
 */
import type { AuthorityCode } from '../../../../contracts/authorities.ts';
import type { MessageKey } from '../../../i18n/messages.ts';
import type { CompetenceConfig, DisclosureDecision, Initiative } from '../records.types.ts';

export interface ShareDraft {
  to: AuthorityCode[];
  purpose: string;
  initiative: Initiative;
  /** Circumstance codes the official confirms (they open rules that require them). */
  confirmed: string[];
}

export const EMPTY_DRAFT: ShareDraft = { to: [], purpose: '', initiative: 'request', confirmed: [] };

/** The engine's answers, and the question they answer. */
export interface Answers {
  key: string;
  byRecipient: Record<string, DisclosureDecision>;
}

/** Identifies a question: answers to another question are stale. */
export function questionKey(draft: ShareDraft): string {
  return JSON.stringify([[...draft.to].sort(), draft.purpose, draft.initiative, [...draft.confirmed].sort()]);
}

/** The id of one condition of one recipient's answer, for the checklist. */
export function conditionId(to: string, index: number): string {
  return `${to}#${index}`;
}

export type ShareBlocker = 'noRecipients' | 'noPurpose' | 'notAsked' | 'stale' | 'refused' | 'conditions';

export const BLOCKER_TEXT: Record<ShareBlocker, MessageKey> = {
  noRecipients: 'records.share.blocked.noRecipients',
  noPurpose: 'records.share.blocked.noPurpose',
  notAsked: 'records.share.blocked.notAsked',
  stale: 'records.share.blocked.stale',
  refused: 'records.share.blocked.refused',
  conditions: 'records.share.blocked.conditions',
};

/** Why Share is not possible yet, or null when every recipient is allowed and every condition ticked. */
export function shareBlocker(
  draft: ShareDraft,
  answers: Answers | null,
  ticked: ReadonlySet<string>,
): ShareBlocker | null {
  if (draft.to.length === 0) return 'noRecipients';
  if (!draft.purpose) return 'noPurpose';
  if (!answers) return 'notAsked';
  if (answers.key !== questionKey(draft)) return 'stale';
  const decisions = draft.to.map((to) => [to, answers.byRecipient[to]] as const);
  if (decisions.some(([, decision]) => !decision?.allowed)) return 'refused';
  const unticked = decisions.some(([to, decision]) =>
    (decision?.conditions ?? []).some((_, index) => !ticked.has(conditionId(to, index))),
  );
  return unticked ? 'conditions' : null;
}

/**
 * Circumstances the official could confirm to open a rule, as codes with labels. The engine lists them
 * as labels; the request needs codes, so they are looked up in the map.
 */
export function confirmableCircumstances(
  config: CompetenceConfig,
  decision: DisclosureDecision,
): { code: string; label: { fi: string; sv: string; en: string } }[] {
  const labels = decision.conditionalOnly.flatMap((rule) => rule.requires);
  return config.circumstances.filter((c) => labels.some((label) => label.fi === c.label.fi));
}

export type AnswerTone = 'must' | 'yes' | 'no';

/**
 * The one-line answer for a decision: which words, which colour. A refusal where every refused category
 * could pass on request reads as "only on request" (the overall mode may say `not_allowed`).
 */
export function answerLine(decision: Pick<DisclosureDecision, 'allowed' | 'mode' | 'perCategory'>): {
  text: MessageKey;
  tone: AnswerTone;
} {
  if (decision.allowed) {
    if (decision.mode === 'duty_to_notify') return { text: 'records.answer.yesDuty', tone: 'must' };
    if (decision.mode === 'own_initiative') return { text: 'records.answer.yesOwn', tone: 'yes' };
    if (decision.mode === 'public') return { text: 'records.answer.yesPublic', tone: 'yes' };
    if (decision.mode === 'own_authority') return { text: 'records.answer.ownAuthority', tone: 'yes' };
    return { text: 'records.answer.yesRequest', tone: 'yes' };
  }
  const refused = decision.perCategory.filter((c) => !c.allowed);
  const onlyOnRequest = refused.length > 0 && refused.every((c) => c.mode === 'on_request');
  if (decision.mode === 'on_request' || onlyOnRequest)
    return { text: 'records.answer.onlyOnRequest', tone: 'no' };
  if (decision.mode === 'no_rule') return { text: 'records.answer.noRule', tone: 'no' };
  return { text: 'records.answer.no', tone: 'no' };
}
