/**
 * The worker information app: a small vanilla-TypeScript shell. It reads the current publication
 * (/help/published/manifest.json, then content/<id>/<lang>.json), keeps only the language choice in
 * localStorage, sends nothing anywhere, and works offline through the service worker once visited.
 * Routes are hash routes under /help/: #/, #/page/<slug>, #/help, #/check, #/tell, #/reply, #/language.
 */
import './styles.css';
import type {
  LanguageView,
  ManifestLanguage,
  PublicationManifest,
  ResolvedText,
  TextDirection,
} from '../content/types.ts';
import { BASE, type Ctx, ICONS, icon } from './context.ts';
import { h, setLanguageContext, text } from './dom.ts';
import { renderHelp, renderSelfCheck } from './help-views.ts';
import { matchLanguage, savedLanguage, saveLanguage, suggestLanguages } from './lang.ts';
import { renderReply, renderTell, tipsEnabled } from './tip-views.ts';
import { renderHome, renderLanguagePicker, renderPage } from './views.ts';

/** A neutral local page: works offline and says nothing about this app. */
const EXIT_URL = `${BASE}recipe.html`;

/** Texts needed before any language file has loaded. */
const BUILTIN: Record<string, string> = {
  appName: 'Work in Finland — your rights',
  getHelpNow: 'Get help now',
  quickExit: 'Quick exit',
  quickExitHint: 'Leaves this app at once. You can also press Esc.',
  home: 'Home',
  language: 'Language',
  loading: 'Loading…',
  loadFailed: 'The information could not be loaded. Check your connection and try again.',
  retry: 'Try again',
  offline: 'Offline — showing saved information',
  notFound: 'This page was not found.',
  privacy: 'No cookies, no tracking. Only your language choice is saved on this phone.',
};

interface State {
  manifest: PublicationManifest | null;
  view: LanguageView | null;
  /** The user's choice; null until chosen (then the picker is the home view). */
  chosen: string | null;
  /** The language file could not be loaded and the fallback language is shown instead. */
  degraded: boolean;
}

const state: State = { manifest: null, view: null, chosen: null, degraded: false };
const header = document.getElementById('bar') as HTMLElement;
const main = document.getElementById('main') as HTMLElement;
const footer = document.getElementById('foot') as HTMLElement;
const offlineBanner = document.getElementById('offline') as HTMLElement;

function t(key: string): ResolvedText {
  return state.view?.ui[key] ?? { text: BUILTIN[key] ?? key, lang: 'en' };
}

function quickExit(): void {
  document.title = '';
  main.replaceChildren();
  location.replace(EXIT_URL);
}

function languageOf(code: string): ManifestLanguage | undefined {
  return state.manifest?.languages.find((l) => l.code === code);
}

const dirOf = (code: string): TextDirection => languageOf(code)?.dir ?? 'ltr';

async function getJson<T>(path: string, revalidate: boolean): Promise<T> {
  const response = await fetch(`${BASE}published/${path}`, {
    credentials: 'omit',
    cache: revalidate ? 'no-cache' : 'default',
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

async function loadLanguage(code: string): Promise<void> {
  const manifest = state.manifest!;
  const path = manifest.files[code];
  try {
    if (!path) throw new Error(`no file for ${code}`);
    state.view = await getJson<LanguageView>(path, false);
    state.degraded = false;
    keepForOffline(path);
  } catch (error) {
    const fallback = manifest.files[manifest.fallbackLanguage];
    if (code === manifest.fallbackLanguage || !fallback) throw error;
    state.view = await getJson<LanguageView>(fallback, false);
    state.degraded = true;
  }
}

/** Asks the service worker to keep the loaded files, also on the first visit when it did not yet see them. */
function keepForOffline(path: string): void {
  if (!('serviceWorker' in navigator)) return;
  const urls = [`${BASE}published/manifest.json`, `${BASE}published/${path}`];
  navigator.serviceWorker.ready
    .then((registration) => registration.active?.postMessage({ type: 'cache', urls }))
    .catch(() => undefined);
}

async function start(): Promise<void> {
  renderShell();
  main.replaceChildren(text('p', t('loading'), { class: 'loading' }));
  try {
    state.manifest = await getJson<PublicationManifest>('manifest.json', true);
    const languages = state.manifest.languages;
    const params = new URLSearchParams(location.search);
    const requested = params.get('lang');
    if (requested !== null) {
      const match = matchLanguage(requested, languages);
      if (match) saveLanguage(match.code);
      params.delete('lang');
      const query = params.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
    const saved = savedLanguage();
    state.chosen = saved !== null && languageOf(saved) ? saved : null;
    const suggested = suggestLanguages(navigator.languages ?? [navigator.language], languages)[0];
    await loadLanguage(state.chosen ?? suggested?.code ?? state.manifest.fallbackLanguage);
    render(false);
  } catch {
    renderShell();
    main.replaceChildren(
      text('h1', t('loadFailed'), { tabindex: '-1' }),
      text('button', t('retry'), {
        type: 'button',
        class: 'btn btn-primary',
        onclick: () => location.reload(),
      }),
    );
  }
}

function context(): Ctx {
  const manifest = state.manifest!;
  const view = state.view!;
  const language = languageOf(state.chosen ?? view.lang) ?? languageOf(view.lang)!;
  return {
    manifest,
    view,
    language,
    t,
    contact: (id) => view.contacts.find((c) => c.id === id),
    choose: (code) => {
      saveLanguage(code);
      state.chosen = code;
      main.replaceChildren(text('p', t('loading'), { class: 'loading' }));
      loadLanguage(code)
        .then(() => {
          if (location.hash === '#/language') location.hash = '#/';
          else render(true);
        })
        .catch(() => render(true));
    },
  };
}

function render(moveFocus: boolean): void {
  if (!state.manifest || !state.view) return;
  const ctx = context();
  const html = document.documentElement;
  html.lang = ctx.language.code;
  html.dir = ctx.language.dir;
  setLanguageContext(ctx.language.code, dirOf);
  renderShell(ctx);

  const route = location.hash.replace(/^#\/?/, '');
  let content: (HTMLElement | null)[] | null;
  if (route === 'language' || (route === '' && state.chosen === null)) content = renderLanguagePicker(ctx);
  else if (route === '') content = renderHome(ctx);
  else if (route === 'help') content = renderHelp(ctx);
  else if (route === 'check' && ctx.view.selfCheck.length > 0) content = renderSelfCheck(ctx);
  else if (route === 'tell' && tipsEnabled(ctx)) content = renderTell(ctx);
  else if (route === 'reply' && tipsEnabled(ctx)) content = renderReply(ctx);
  else if (route.startsWith('page/')) content = renderPage(ctx, decodeURIComponent(route.slice(5)));
  else content = null;

  const degraded = state.degraded ? text('p', t('loadFailed'), { class: 'note', role: 'note' }) : null;
  main.replaceChildren(
    ...[degraded, ...(content ?? [text('h1', t('notFound'), { tabindex: '-1' })])].filter(
      (n): n is HTMLElement => n !== null,
    ),
  );
  const heading = main.querySelector('h1');
  document.title =
    heading && route !== '' ? `${heading.textContent} — ${t('appName').text}` : t('appName').text;
  if (moveFocus) {
    window.scrollTo(0, 0);
    heading?.focus({ preventScroll: true });
  }
}

function renderShell(ctx?: Ctx): void {
  const code = ctx?.language.code;
  const langLink = h('a', { href: '#/language', class: 'bar-icon bar-lang' }, icon(ICONS.globe));
  if (ctx) {
    langLink.append(
      h('span', { class: 'bar-lang-code', 'aria-hidden': 'true' }, code!.split('-')[0]!.toUpperCase()),
    );
  }
  langLink.setAttribute('aria-label', `${t('language').text}: ${ctx?.language.nativeName ?? ''}`.trim());
  const home = h('a', { href: '#/', class: 'bar-icon' }, icon(ICONS.home));
  home.setAttribute('aria-label', t('home').text);
  const hint = text('span', t('quickExitHint'), { id: 'exit-hint', class: 'visually-hidden' });
  header.replaceChildren(
    h(
      'nav',
      { class: 'bar-inner', 'aria-label': t('appName').text },
      h('div', { class: 'bar-nav' }, home, langLink),
      h(
        'div',
        { class: 'bar-actions' },
        text('a', t('getHelpNow'), { href: '#/help', class: 'btn btn-help' }),
        text('button', t('quickExit'), {
          type: 'button',
          class: 'btn btn-exit',
          'aria-describedby': 'exit-hint',
          onclick: quickExit,
        }),
      ),
      hint,
    ),
  );
  offlineBanner.replaceChildren(text('span', t('offline')));
  // The footer is filled only with the content, so it does not jump down when the content arrives.
  if (!ctx) return;
  const exit = t('quickExit');
  const exitHint = t('quickExitHint');
  footer.replaceChildren(
    text('p', t('privacy')),
    exit.lang === exitHint.lang
      ? text('p', { text: `${exit.text}: ${exitHint.text}`, lang: exit.lang })
      : h('p', null, text('span', exit), ': ', text('span', exitHint)),
  );
}

function updateOnline(): void {
  offlineBanner.hidden = navigator.onLine;
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') quickExit();
});
window.addEventListener('hashchange', () => render(true));
window.addEventListener('online', updateOnline);
window.addEventListener('offline', updateOnline);
updateOnline();

if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch(() => undefined);
  });
}

void start();
