/**
 * Evaluation of the self-check, kept free of texts so that the browser app can import it without pulling
 * the content into its bundle. The rules follow the instruction card "How to recognise labour
 * exploitation and human trafficking" (FACTS.md §4.4): check further if at least one answer is Yes or at
 * least two are Maybe. A Yes to a question about danger now (violence, threats of harm, being locked in)
 * makes the result urgent.
 */
import type { HelpTopic, SelfCheckAnswer, SelfCheckReason, SelfCheckResult, SelfCheckRule } from './types.ts';

/** Contacts for danger now, in the order they are shown. */
const URGENT_CONTACTS = ['emergency-112', 'assistance-system', 'victim-support'];

const TOPIC_CONTACTS: Record<HelpTopic, readonly string[]> = {
  trafficking: ['assistance-system', 'victim-support', 'police-thb-tips'],
  pay: ['osh-telephone', 'sak-advice'],
  hours: ['osh-telephone', 'sak-advice'],
  safety: ['osh-telephone'],
  housing: ['osh-telephone', 'assistance-system'],
};

/** Order in which topics' contacts are listed: the most serious kind of help first. */
const TOPIC_ORDER: readonly HelpTopic[] = ['trafficking', 'housing', 'pay', 'hours', 'safety'];

/**
 * Evaluates answers against the given question rules. Unanswered questions count as No.
 * Returns the level, the contacts to show (deduplicated, most serious first) and the reasons in question order.
 */
export function evaluateAnswers(
  rules: readonly SelfCheckRule[],
  answers: Readonly<Record<string, SelfCheckAnswer | undefined>>,
): SelfCheckResult {
  const reasons: SelfCheckReason[] = [];
  let yes = 0;
  let maybe = 0;
  let urgent = false;
  const topics = new Set<HelpTopic>();

  for (const rule of rules) {
    const answer = answers[rule.id];
    if (answer !== 'yes' && answer !== 'maybe') continue;
    reasons.push({ questionId: rule.id, answer, indicators: [...rule.indicators] });
    if (answer === 'yes') yes++;
    else maybe++;
    if (answer === 'yes' && rule.urgent) urgent = true;
    for (const topic of rule.topics) topics.add(topic);
  }

  if (urgent) {
    const contactIds = unique([...URGENT_CONTACTS, ...contactsFor(topics)]);
    return { level: 'urgent', contactIds, reasons };
  }
  if (yes >= 1 || maybe >= 2) {
    return { level: 'advice', contactIds: unique(contactsFor(topics)), reasons };
  }
  return { level: 'ok', contactIds: [], reasons };
}

function contactsFor(topics: ReadonlySet<HelpTopic>): string[] {
  return TOPIC_ORDER.filter((t) => topics.has(t)).flatMap((t) => TOPIC_CONTACTS[t]);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
