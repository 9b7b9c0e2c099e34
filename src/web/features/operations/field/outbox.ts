/**
 * The field view's outbox: a field entry that could not reach the server (no connection, server down)
 * is kept in localStorage and sent again, in order, when the page is next online or the user asks.
 * Only "no answer at all" keeps an entry: an answer from the server (also a refusal) removes it, so a
 * refused entry is shown as an error instead of being retried forever. Per operation and user, so
 * another official on the same device never sends someone else's entries.
 */
export interface FieldEntry {
  /** A client id: the entry is removed exactly once, and it is sent as the `Idempotency-Key`, so an
   * entry whose answer was lost and is sent again is recorded once by the server. */
  id: string;
  method: 'POST';
  path: string;
  body: unknown;
  /** When it was filled in (ISO); arrival and finish carry it as their time. */
  createdAt: string;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const outboxKey = (userId: string, operationId: string) => `silta.field.${userId}.${operationId}`;

export function readOutbox(store: KeyValueStore, key: string): FieldEntry[] {
  try {
    const value = JSON.parse(store.getItem(key) ?? '[]') as unknown;
    return Array.isArray(value) ? (value as FieldEntry[]).filter((e) => e && typeof e.path === 'string') : [];
  } catch {
    return [];
  }
}

export function writeOutbox(store: KeyValueStore, key: string, entries: readonly FieldEntry[]): void {
  if (entries.length) store.setItem(key, JSON.stringify(entries));
  else store.removeItem(key);
}

export type SendResult = 'sent' | 'refused' | 'offline';

/**
 * Sends the queued entries in order; stops at the first one that gets no answer (it and the rest stay).
 * Returns the entries still waiting and the refusals met.
 */
export async function flushOutbox(
  entries: readonly FieldEntry[],
  send: (entry: FieldEntry) => Promise<SendResult>,
): Promise<{ remaining: FieldEntry[]; refused: FieldEntry[] }> {
  const refused: FieldEntry[] = [];
  for (const [i, entry] of entries.entries()) {
    const result = await send(entry);
    if (result === 'offline') return { remaining: entries.slice(i), refused };
    if (result === 'refused') refused.push(entry);
  }
  return { remaining: [], refused };
}
