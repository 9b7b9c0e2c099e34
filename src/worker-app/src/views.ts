/** The home view, the topic page view and the language picker. */
import type { Block, ManifestLanguage, ResolvedPage } from '../content/types.ts';
import { contactCard } from './contact-card.ts';
import { type Ctx, ICONS, icon } from './context.ts';
import { fill, formatDate, h, markLanguage, text } from './dom.ts';
import { suggestLanguages } from './lang.ts';

/** The shell's own note that a text is shown in the fallback language (or may be out of date). */
export function translationNote(ctx: Ctx, status: ResolvedPage['status']): HTMLElement | null {
  if (status === 'translated') return null;
  const key = status === 'missing' ? 'translationMissing' : 'translationOutdated';
  return text('p', fill(ctx.t(key), { language: ctx.language.englishName }), { class: 'note', role: 'note' });
}

export function dangerCallout(ctx: Ctx): HTMLElement {
  return h(
    'p',
    { class: 'danger' },
    h('a', { href: 'tel:112', class: 'danger-link' }, icon(ICONS.phone), text('span', ctx.t('dangerNow'))),
  );
}

export function renderHome(ctx: Ctx): (HTMLElement | null)[] {
  const { view } = ctx;
  const anyMissing = view.pages.some((p) => p.status === 'missing');
  const now = Date.now();
  const notices = view.notices.filter((n) => Date.parse(n.expiresAt) > now);
  return [
    text('h1', ctx.t('appName'), { tabindex: '-1' }),
    anyMissing ? translationNote(ctx, 'missing') : null,
    dangerCallout(ctx),
    h(
      'div',
      { class: 'actions' },
      text('a', ctx.t('getHelpNow'), { href: '#/help', class: 'btn btn-help btn-wide' }),
      view.selfCheck.length === 0
        ? null
        : text('a', ctx.t('selfCheck'), { href: '#/check', class: 'btn btn-secondary btn-wide' }),
      ctx.manifest.features?.tips === false
        ? null
        : text('a', ctx.t('tellAuthorities'), { href: '#/tell', class: 'btn btn-secondary btn-wide' }),
    ),
    notices.length === 0
      ? null
      : h(
          'section',
          { class: 'notices', 'aria-labelledby': 'notices-h' },
          text('h2', ctx.t('notices'), { id: 'notices-h' }),
          ...notices.map((n) => h('article', { class: 'notice' }, text('h3', n.title), text('p', n.body))),
        ),
    h(
      'section',
      { 'aria-labelledby': 'topics-h' },
      text('h2', ctx.t('topics'), { id: 'topics-h' }),
      h(
        'ul',
        { class: 'topics' },
        ...view.pages.map((p) => {
          const link = h(
            'a',
            { href: `#/page/${p.slug}` },
            h('span', { class: 'topic-title' }, p.title),
            h('span', { class: 'topic-summary' }, p.summary),
          );
          markLanguage(link, p.lang);
          return h('li', null, link);
        }),
      ),
    ),
  ];
}

export function renderPage(ctx: Ctx, slug: string): (HTMLElement | null)[] | null {
  const page = ctx.view.pages.find((p) => p.slug === slug);
  if (!page) return null;
  const article = h(
    'article',
    { class: 'page' },
    h('h1', { tabindex: '-1' }, page.title),
    h('p', { class: 'lead' }, page.summary),
    ...page.blocks.map((b) => renderBlock(ctx, b)),
  );
  markLanguage(article, page.lang);
  const updated = ctx.t('updatedOn');
  return [
    h('p', { class: 'crumb' }, text('a', ctx.t('home'), { href: '#/' })),
    translationNote(ctx, page.status),
    article,
    h(
      'footer',
      { class: 'page-meta' },
      text('p', fill(updated, { date: formatDate(page.updatedAt, updated.lang) })),
      h(
        'details',
        null,
        text('summary', ctx.t('sources')),
        h(
          'ul',
          { class: 'sources' },
          ...page.sources.map((url) =>
            h('li', null, h('a', { href: url, rel: 'noopener noreferrer', dir: 'ltr' }, url)),
          ),
        ),
      ),
    ),
  ];
}

function renderBlock(ctx: Ctx, block: Block): HTMLElement | null {
  switch (block.type) {
    case 'p':
      return h('p', null, block.text);
    case 'list':
      return h('ul', null, ...block.items.map((item) => h('li', null, item)));
    case 'callout':
      return h('p', { class: 'callout' }, block.text);
    case 'contact': {
      const contact = ctx.contact(block.contactId);
      return contact ? contactCard(ctx, contact, 'h2') : null;
    }
  }
}

export function renderLanguagePicker(ctx: Ctx): (HTMLElement | null)[] {
  const languages = ctx.manifest.languages;
  const suggested = suggestLanguages(navigator.languages ?? [navigator.language], languages);
  const list = (items: ManifestLanguage[]) =>
    h('ul', { class: 'languages' }, ...items.map((l) => h('li', null, languageButton(ctx, l))));
  return [
    text('h1', ctx.t('chooseLanguage'), { tabindex: '-1' }),
    suggested.length === 0
      ? null
      : h(
          'section',
          { 'aria-labelledby': 'suggested-h' },
          text('h2', ctx.t('suggestedLanguages'), { id: 'suggested-h' }),
          list(suggested),
        ),
    h(
      'section',
      { 'aria-labelledby': 'all-h' },
      text('h2', ctx.t('allLanguages'), { id: 'all-h' }),
      list(languages),
    ),
  ];
}

function languageButton(ctx: Ctx, l: ManifestLanguage): HTMLElement {
  const marker =
    l.status === 'missing'
      ? ctx.t('languageStatusMissing')
      : l.status === 'partial'
        ? ctx.t('languageStatusPartial')
        : null;
  return h(
    'button',
    {
      type: 'button',
      class: 'lang-btn',
      'aria-current': l.code === ctx.language.code ? 'true' : undefined,
      onclick: () => ctx.choose(l.code),
    },
    h('span', { class: 'lang-native', lang: l.code, dir: l.dir }, l.nativeName),
    h('span', { class: 'lang-english', lang: 'en', dir: 'ltr' }, l.englishName),
    marker ? text('span', marker, { class: 'lang-status' }) : null,
  );
}
