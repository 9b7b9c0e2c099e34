/**
 * The outbox at work on the device: queueing a photo (bytes to the PhotoStore first, then its entry),
 * sending one entry (a photo's bytes read back from the store), and a flush that writes the outbox
 * back and removes each sent or refused photo from the device. Storage and the HTTP call are passed
 * in, so the logic is tested with in-memory stores; FieldView passes localStorage, IndexedDB and the
 * API client — whose relative paths mean a photo only ever goes to the Silta server.
 */
import { ApiError, type RequestOptions } from '../../../api/client.ts';
import {
  type FieldEntry,
  type FlushResult,
  flushOutbox,
  type KeyValueStore,
  photoPath,
  photoRoom,
  type QueuedPhoto,
  readOutbox,
  type SendAnswer,
  settleOutbox,
  writeOutbox,
} from './outbox.ts';
import type { PhotoStore } from './photoStore.ts';

/** A POST to the Silta API (api/client.ts `request`), rejecting with ApiError. */
export type Post = (path: string, options: RequestOptions) => Promise<unknown>;

/** Where one user's outbox of one operation lives on the device. */
export interface Device {
  entries: KeyValueStore;
  key: string;
  photos: PhotoStore;
}

const isOffline = (error: unknown) => error instanceof ApiError && error.code === 'network';

/** Sends one entry with its id as the Idempotency-Key: an entry whose answer was lost is recorded once. */
export async function sendEntry(post: Post, photos: PhotoStore, entry: FieldEntry): Promise<SendAnswer> {
  try {
    if (entry.photo) {
      if (!('recordId' in entry.photo.finding)) return { result: 'refused' };
      const data = await photos.get(entry.id);
      // The bytes are gone (the browser cleared its storage): nothing left to send.
      if (!data) return { result: 'refused' };
      await post(photoPath(entry, entry.photo.finding.recordId), {
        file: { data, contentType: entry.photo.contentType },
        idempotencyKey: entry.id,
      });
      return { result: 'sent' };
    }
    const answer = (await post(entry.path, { body: entry.body, idempotencyKey: entry.id })) as {
      recordId?: unknown;
    } | null;
    const recordId = typeof answer?.recordId === 'string' ? answer.recordId : undefined;
    return recordId ? { result: 'sent', recordId } : { result: 'sent' };
  } catch (error) {
    return { result: isOffline(error) ? 'offline' : 'refused' };
  }
}

/**
 * Sends what waits, in order, and writes back what is left — re-reading the outbox, since an entry may
 * have been queued meanwhile. A photo done with (sent or refused) is removed from the device.
 */
export async function flushDevice(device: Device, post: Post): Promise<FlushResult & { left: FieldEntry[] }> {
  const queued = readOutbox(device.entries, device.key);
  const result = await flushOutbox(queued, (entry) => sendEntry(post, device.photos, entry));
  const left = settleOutbox(readOutbox(device.entries, device.key), result);
  writeOutbox(device.entries, device.key, left);
  await Promise.all(result.done.filter((e) => e.photo).map((e) => device.photos.delete(e.id)));
  return { ...result, left };
}

/**
 * Puts a photo in the outbox: refused when too big for the server or when the queue is full; `full`
 * also when the device's storage will not take it. The bytes are stored before the entry, so an entry
 * never points at bytes that are not there.
 */
export async function queuePhoto(
  device: Device,
  entry: FieldEntry & { photo: QueuedPhoto },
  data: Blob,
): Promise<'queued' | 'too_big' | 'full'> {
  const waiting = readOutbox(device.entries, device.key);
  if (waiting.some((e) => e.id === entry.id)) return 'queued';
  const room = photoRoom(waiting, data.size);
  if (room !== 'ok') return room;
  try {
    await device.photos.put(entry.id, data);
  } catch {
    return 'full';
  }
  writeOutbox(device.entries, device.key, [...readOutbox(device.entries, device.key), entry]);
  return 'queued';
}
