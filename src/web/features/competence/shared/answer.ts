/** The one-line answer to "may I tell them?" for a decision: which words, which colour. */
import type { MessageKey } from '../../../i18n/messages.ts';
import type { DisclosureDecision } from '../competence.types.ts';
import { MODE_LOOK, type ModeLook } from '../modes.ts';

export interface Headline {
  text: MessageKey;
  sub: MessageKey;
  tone: ModeLook['tone'];
}

/**
 * A refusal where every refused category could be given on request is "not unasked — only on
 * request" (the overall mode says only `not_allowed`; the categories say why).
 */
export function headline(decision: Pick<DisclosureDecision, 'allowed' | 'mode' | 'perCategory'>): Headline {
  const tone = MODE_LOOK[decision.mode].tone;
  if (decision.allowed) {
    switch (decision.mode) {
      case 'duty_to_notify':
        return { text: 'competence.answer.yesDuty', sub: 'competence.answer.yesDutySub', tone };
      case 'own_initiative':
        return { text: 'competence.answer.yesOwn', sub: 'competence.answer.yesOwnSub', tone };
      case 'public':
        return { text: 'competence.answer.yesPublic', sub: 'competence.answer.yesPublicSub', tone };
      case 'own_authority':
        return { text: 'competence.answer.ownAuthority', sub: 'competence.answer.ownAuthoritySub', tone };
      default:
        return { text: 'competence.answer.yesRequest', sub: 'competence.answer.yesRequestSub', tone };
    }
  }
  const refused = decision.perCategory.filter((category) => !category.allowed);
  if (
    decision.mode === 'on_request' ||
    (refused.length > 0 && refused.every((c) => c.mode === 'on_request'))
  ) {
    return {
      text: 'competence.answer.onlyOnRequest',
      sub: 'competence.answer.onlyOnRequestSub',
      tone: 'denied',
    };
  }
  if (decision.mode === 'no_rule') {
    return { text: 'competence.answer.noRule', sub: 'competence.answer.noRuleSub', tone: 'denied' };
  }
  return { text: 'competence.answer.no', sub: 'competence.answer.noSub', tone: 'denied' };
}
