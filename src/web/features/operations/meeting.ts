/** Pure helpers of the planning meeting: agenda titles and order, and the meeting time's input format. */
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/translate.ts';
import { AGENDA_LABEL } from './labels.ts';
import type { AgendaItem } from './operations.types.ts';

/** A seed item is titled from the catalogue by its key; an item the lead added carries its own title. */
export function agendaTitle(t: Translate, item: Pick<AgendaItem, 'itemKey' | 'title'>): string {
  const key: MessageKey | undefined = AGENDA_LABEL[item.itemKey];
  if (item.title) return item.title;
  return key ? t(key) : item.itemKey;
}

export function sortedAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items].sort((a, b) => a.position - b.position);
}

/** An ISO instant → the value of a `datetime-local` input in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (browser time zone) → an ISO instant; empty → null. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
