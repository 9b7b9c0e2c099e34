/**
 * The field view's outbox: a field entry that could not reach the server (no connection, server down)
 * is kept in localStorage and sent again, in order, when the page is next online or the user asks.
 * Only "no answer at all" keeps an entry: an answer from the server (also a refusal) removes it, so a
 * refused entry is shown as an error instead of being retried forever. Per operation and user, so
 * another official on the same device never sends someone else's entries.
 *
 * A photo waits here too, in order behind the finding it belongs to: the entry holds its metadata and
 * its bytes wait in a PhotoStore (photoStore.ts, IndexedDB) under the entry's id. A photo of a finding
 * that is itself still waiting names that entry; once the finding is sent its answer's record id takes
 * the entry's place, so the photo goes to the finding the server created (and, the finding being sent
 * with its Idempotency-Key, to the same one after a resend).
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
  /** A photo: `path` is then the target's findings path and `body` is null. */
  photo?: QueuedPhoto;
}

/** A photo waiting for a connection; its bytes are in the PhotoStore under the entry's id. */
export interface QueuedPhoto {
  /** The finding it belongs to: its record id, or the id of the finding's entry still waiting here. */
  finding: { recordId: string } | { entryId: string };
  filename: string;
  contentType: string;
  size: number;
}

/** The server's attachment limit (ATTACHMENT_MAX_BYTES in register/attachments.service.ts). */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** What one outbox may hold in photos: a day's photos, without filling a phone's storage. */
export const PHOTO_QUEUE_MAX_BYTES = 50 * 1024 * 1024;

/** Bytes of the photos waiting in these entries. */
export const queuedPhotoBytes = (entries: readonly FieldEntry[]): number =>
  entries.reduce((sum, e) => sum + (e.photo?.size ?? 0), 0);

/** Whether a photo of this size may wait: too big for the server at all, or the queue is full. */
export function photoRoom(entries: readonly FieldEntry[], size: number): 'ok' | 'too_big' | 'full' {
  if (size > PHOTO_MAX_BYTES) return 'too_big';
  return queuedPhotoBytes(entries) + size > PHOTO_QUEUE_MAX_BYTES ? 'full' : 'ok';
}

/** The photo route of a photo entry whose finding has the given record id. */
export const photoPath = (entry: FieldEntry, recordId: string): string =>
  `${entry.path}/${recordId}/photos?filename=${encodeURIComponent(entry.photo?.filename ?? 'photo')}`;

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

/** The answer to one send; a sent finding carries the record id the server gave it. */
export interface SendAnswer {
  result: SendResult;
  recordId?: string;
}

export interface FlushResult {
  /** The entries still waiting, photos pointed at the findings sent meanwhile. */
  remaining: FieldEntry[];
  refused: FieldEntry[];
  /** Every entry that is done with (sent or refused): out of the outbox, a photo's bytes off the device. */
  done: FieldEntry[];
  /** Record ids of the findings sent, by their entry id. */
  recordIds: ReadonlyMap<string, string>;
}

/** A photo entry pointed at its finding's record id once that is known. */
function resolvePhoto(entry: FieldEntry, recordIds: ReadonlyMap<string, string>): FieldEntry {
  const finding = entry.photo?.finding;
  if (!entry.photo || !finding || !('entryId' in finding)) return entry;
  const recordId = recordIds.get(finding.entryId);
  return recordId ? { ...entry, photo: { ...entry.photo, finding: { recordId } } } : entry;
}

/**
 * Sends the queued entries in order; stops at the first one that gets no answer (it and the rest stay).
 * A photo whose finding was refused (or is gone) can never be sent and counts as refused with it.
 */
export async function flushOutbox(
  entries: readonly FieldEntry[],
  send: (entry: FieldEntry) => Promise<SendAnswer>,
): Promise<FlushResult> {
  const refused: FieldEntry[] = [];
  const done: FieldEntry[] = [];
  const recordIds = new Map<string, string>();
  for (const [i, queued] of entries.entries()) {
    const entry = resolvePhoto(queued, recordIds);
    const orphan = entry.photo !== undefined && 'entryId' in entry.photo.finding;
    const answer: SendAnswer = orphan ? { result: 'refused' } : await send(entry);
    if (answer.result === 'offline') {
      const remaining = entries.slice(i).map((e) => resolvePhoto(e, recordIds));
      return { remaining, refused, done, recordIds };
    }
    if (answer.result === 'refused') refused.push(entry);
    else if (answer.recordId) recordIds.set(entry.id, answer.recordId);
    done.push(entry);
  }
  return { remaining: [], refused, done, recordIds };
}

/**
 * The outbox after a flush, from what it holds now (an entry may have been queued while the flush ran):
 * without the entries done, photos pointed at the findings sent.
 */
export function settleOutbox(current: readonly FieldEntry[], result: FlushResult): FieldEntry[] {
  const done = new Set(result.done.map((e) => e.id));
  return current.filter((e) => !done.has(e.id)).map((e) => resolvePhoto(e, result.recordIds));
}
