/** "Get help now": searchable help contacts; and the self-check with its result. */
import { evaluateAnswers } from '../content/self-check-rules.ts';
import type { ResolvedContact, ResolvedText, SelfCheckAnswer } from '../content/types.ts';
import { contactCard } from './contact-card.ts';
import type { Ctx } from './context.ts';
import { h, markLanguage, text } from './dom.ts';
import { dangerCallout, translationNote } from './views.ts';

const TAG_KEYS: Record<string, string> = {
  urgent: 'tagUrgent',
  victim: 'tagVictim',
  wages: 'tagWages',
  hours: 'tagHours',
  safety: 'tagSafety',
  housing: 'tagHousing',
  police: 'tagPolice',
  free: 'tagFree',
};

export function renderHelp(ctx: Ctx): (HTMLElement | null)[] {
  const contacts = ctx.view.contacts;
  const haystacks = new Map(contacts.map((c) => [c.id, searchText(ctx, c)]));
  const cards = contacts.map((c) => contactCard(ctx, c, 'h2'));
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const empty = text('p', ctx.t('noResults'), { class: 'note', hidden: true });
  const input = h('input', {
    id: 'help-search',
    type: 'search',
    autocomplete: 'off',
    enterkeyhint: 'search',
    placeholder: ctx.t('searchPlaceholder').text,
  });

  const apply = () => {
    const words = input.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    contacts.forEach((c, i) => {
      const match = words.every((w) => haystacks.get(c.id)?.includes(w));
      cards[i]!.hidden = !match;
      if (match) shown++;
    });
    empty.hidden = shown > 0;
    status.textContent = `${shown} / ${contacts.length}`;
  };
  input.addEventListener('input', apply);

  const usedTags = [...new Set(contacts.flatMap((c) => c.tags))];
  const chips = h(
    'div',
    { class: 'chips' },
    ...usedTags.map((tag) =>
      text('button', ctx.t(TAG_KEYS[tag] ?? tag), {
        type: 'button',
        class: 'chip',
        onclick: () => {
          input.value = ctx.t(TAG_KEYS[tag] ?? tag).text;
          apply();
        },
      }),
    ),
  );
  const missing = contacts.some((c) => c.description.lang !== ctx.language.code);

  return [
    text('h1', ctx.t('helpContacts'), { tabindex: '-1' }),
    missing ? translationNote(ctx, 'missing') : null,
    dangerCallout(ctx),
    h(
      'div',
      { class: 'search', role: 'search' },
      text('label', ctx.t('searchLabel'), { for: 'help-search' }),
      input,
      chips,
      status,
    ),
    empty,
    h('div', { class: 'contacts' }, ...cards),
  ];
}

function searchText(ctx: Ctx, c: ResolvedContact): string {
  const tags = c.tags.flatMap((t) => [t, ctx.t(TAG_KEYS[t] ?? t).text]);
  return [c.name.text, c.description.text, c.hours.text, c.phoneDisplay, c.email, ...tags, ...c.languages]
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase();
}

/** The questions answered Yes or Maybe; a list whose texts are all in one fallback language is marked so. */
function reasonList(texts: ResolvedText[]): HTMLElement {
  const list = h('ul', null, ...texts.map((t) => text('li', t)));
  const langs = new Set(texts.map((t) => t.lang));
  const [only] = langs;
  if (langs.size === 1 && only !== undefined) markLanguage(list, only);
  return list;
}

const ANSWERS: { value: SelfCheckAnswer; key: string }[] = [
  { value: 'yes', key: 'answerYes' },
  { value: 'maybe', key: 'answerMaybe' },
  { value: 'no', key: 'answerNo' },
];

export function renderSelfCheck(ctx: Ctx): (HTMLElement | null)[] {
  const questions = ctx.view.selfCheck;
  const result = h('div', { class: 'result', tabindex: '-1' });
  const form = h(
    'form',
    { class: 'check', novalidate: true },
    ...questions.map((q, i) =>
      h(
        'fieldset',
        { class: 'question' },
        h('legend', null, h('span', { class: 'q-number' }, `${i + 1}. `), text('span', q.text)),
        q.hint ? text('p', q.hint, { class: 'hint' }) : null,
        h(
          'div',
          { class: 'answers' },
          ...ANSWERS.map((a) =>
            h(
              'label',
              { class: 'answer' },
              h('input', { type: 'radio', name: q.id, value: a.value }),
              text('span', ctx.t(a.key)),
            ),
          ),
        ),
      ),
    ),
    text('button', ctx.t('showResult'), { type: 'submit', class: 'btn btn-primary btn-wide' }),
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const answers: Record<string, SelfCheckAnswer> = {};
    for (const q of questions) {
      const value = data.get(q.id);
      if (value === 'yes' || value === 'maybe' || value === 'no') answers[q.id] = value;
    }
    const outcome = evaluateAnswers(questions, answers);
    const messageKey =
      outcome.level === 'urgent' ? 'resultUrgent' : outcome.level === 'advice' ? 'resultAdvice' : 'resultOk';
    const byId = new Map(questions.map((q) => [q.id, q]));
    result.replaceChildren(
      text('h2', ctx.t(messageKey), { class: `result-${outcome.level}` }),
      outcome.reasons.length === 0
        ? ''
        : h(
            'div',
            null,
            text('p', ctx.t('resultReasons')),
            reasonList(outcome.reasons.flatMap((r) => byId.get(r.questionId)?.text ?? [])),
          ),
      ...outcome.contactIds.map((id) => {
        const contact = ctx.contact(id);
        return contact ? contactCard(ctx, contact, 'h3') : '';
      }),
      text('button', ctx.t('startOver'), {
        type: 'button',
        class: 'btn btn-secondary btn-wide',
        onclick: () => {
          form.reset();
          result.replaceChildren();
          form.querySelector('input')?.focus();
        },
      }),
    );
    result.focus();
  });

  const missing = questions.some((q) => q.text.lang !== ctx.language.code);
  return [
    text('h1', ctx.t('selfCheck'), { tabindex: '-1' }),
    missing ? translationNote(ctx, 'missing') : null,
    text('p', ctx.t('selfCheckIntro')),
    form,
    result,
  ];
}
