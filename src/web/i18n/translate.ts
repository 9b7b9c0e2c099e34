/** Pure translation helpers, usable outside React (tests, error mapping). */
import type { UiLocale } from '../../contracts/languages.ts';
import { en } from './en.ts';
import { fi } from './fi.ts';
import type { MessageKey, MessageParams, Messages } from './messages.ts';
import { sv } from './sv.ts';

export const catalogues: Record<UiLocale, Messages> = { fi, sv, en };

/** Fills `{name}` placeholders; a placeholder without a value is left visible so it gets noticed. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The text of `key` in `locale`, with placeholders filled. */
export function translate(locale: UiLocale, key: MessageKey, params?: MessageParams): string {
  return interpolate(catalogues[locale][key], params);
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;
