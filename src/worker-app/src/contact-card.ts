/** A help organisation as a card: name, what it does, when it is open, and call / email / website links. */
import type { ResolvedContact } from '../content/types.ts';
import { type Ctx, ICONS, icon } from './context.ts';
import { fill, formatDate, h, markLanguage, text } from './dom.ts';

export function contactCard(ctx: Ctx, c: ResolvedContact, heading: 'h2' | 'h3'): HTMLElement {
  const servedLabel = ctx.t('languagesServed');
  const checked = ctx.t('checkedOn');
  const languages = languageNames(c.languages, servedLabel.lang);
  const card = h(
    'section',
    { class: 'contact', 'data-contact': c.id },
    text(heading, c.name),
    text('p', c.description),
    h('p', { class: 'hours' }, text('strong', ctx.t('openingHours')), ' ', text('span', c.hours)),
    languages || c.interpreters
      ? h(
          'p',
          { class: 'served' },
          languages ? h('span', null, text('strong', servedLabel), ` ${languages}`) : null,
          languages && c.interpreters ? ' · ' : null,
          c.interpreters ? text('span', ctx.t('interpreters')) : null,
        )
      : null,
    h(
      'div',
      { class: 'contact-actions' },
      c.phone && c.phoneDisplay
        ? h(
            'a',
            { class: 'btn btn-call', href: `tel:${c.phone}` },
            icon(ICONS.phone),
            text('span', fill(ctx.t('call'), { number: '' })),
            h('bdi', { dir: 'ltr' }, c.phoneDisplay),
          )
        : null,
      c.email
        ? h(
            'a',
            { class: 'btn btn-secondary', href: `mailto:${c.email}` },
            text('span', fill(ctx.t('sendEmail'), { email: '' })),
            h('bdi', { dir: 'ltr', class: 'email' }, c.email),
          )
        : null,
      c.url ? text('a', ctx.t('website'), { class: 'link', href: c.url, rel: 'noopener noreferrer' }) : null,
    ),
    text('p', fill(checked, { date: formatDate(c.checkedOn, checked.lang) }), { class: 'meta' }),
  );
  // A card whose texts fell back to another language is laid out in that language's direction.
  markLanguage(card, c.description.lang);
  return card;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

function languageNames(codes: readonly string[], uiLang: string): string {
  if (codes.length === 0) return '';
  if (!displayNames.has(uiLang)) {
    try {
      displayNames.set(uiLang, new Intl.DisplayNames([uiLang, 'en'], { type: 'language' }));
    } catch {
      displayNames.set(uiLang, null);
    }
  }
  const names = displayNames.get(uiLang);
  return codes.map((c) => names?.of(c) ?? c).join(', ');
}
