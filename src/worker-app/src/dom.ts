/**
 * A tiny element builder: the app has no framework, and all text goes in through textContent, so nothing
 * from the published content is ever parsed as HTML.
 */
import type { ResolvedText, TextDirection } from '../content/types.ts';

export type Child = Node | string | null | undefined | false;
type Props = Record<string, string | boolean | number | undefined | EventListener>;

/** Creates an element; `on<event>` props become listeners, `true` booleans empty attributes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === false) continue;
      if (typeof value === 'function') el.addEventListener(name.slice(2), value);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
}

/** Direction of a language, looked up in the manifest; set by main.ts. */
let dirOf: (lang: string) => TextDirection = () => 'ltr';
let pageLang = 'en';

export function setLanguageContext(lang: string, lookup: (lang: string) => TextDirection): void {
  pageLang = lang;
  dirOf = lookup;
}

/**
 * Creates an element holding a resolved text. When the text is in another language than the page (a
 * fallback), the element says so with its own lang and dir, so screen readers and bidi layout get it right.
 */
export function text<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  resolved: ResolvedText,
  props: Props | null = null,
): HTMLElementTagNameMap[K] {
  const el = h(tag, props, resolved.text);
  markLanguage(el, resolved.lang);
  return el;
}

export function markLanguage(el: Element, lang: string): void {
  if (lang && lang !== pageLang) {
    el.setAttribute('lang', lang);
    el.setAttribute('dir', dirOf(lang));
  }
}

/** Fills `{name}` placeholders. */
export function fill(resolved: ResolvedText, vars: Record<string, string>): ResolvedText {
  return { lang: resolved.lang, text: resolved.text.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m) };
}

/** A date in the page language, e.g. "28 Nov 2026"; the ISO text if the browser cannot format it. */
export function formatDate(date: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(date));
  } catch {
    return date;
  }
}
