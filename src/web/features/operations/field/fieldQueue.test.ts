import { describe, expect, it } from 'vitest';
import { ApiError, type RequestOptions } from '../../../api/client.ts';
import { type Device, flushDevice, queuePhoto, sendEntry } from './fieldQueue.ts';
import {
  type FieldEntry,
  type KeyValueStore,
  PHOTO_QUEUE_MAX_BYTES,
  type QueuedPhoto,
  readOutbox,
  writeOutbox,
} from './outbox.ts';
import { memoryPhotoStore } from './photoStore.ts';

const memory = (): KeyValueStore => {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};
const device = () => ({ entries: memory(), key: 'k', photos: memoryPhotoStore() }) satisfies Device;
const finding = (id: string): FieldEntry => ({
  id,
  method: 'POST',
  path: '/t/findings',
  body: { title: id },
  createdAt: '2027-07-01T06:00:00Z',
});
const photoEntry = (id: string, of: QueuedPhoto['finding'], size: number) => ({
  ...finding(id),
  body: null,
  photo: { finding: of, filename: 'p.png', contentType: 'image/png', size },
});
const png = (size: number) => new Blob([new Uint8Array(size)], { type: 'image/png' });

/** A server that records what it got, creating one record per finding and answering offline on demand. */
function server() {
  const calls: { path: string; key: string | undefined; bytes?: number }[] = [];
  let online = true;
  const post = async (path: string, options: RequestOptions) => {
    if (!online) throw new ApiError('network', 0, 'offline');
    calls.push({ path, key: options.idempotencyKey, bytes: options.file?.data.size });
    return path.endsWith('/findings') ? { recordId: `rec-${options.idempotencyKey}` } : { id: 'a1' };
  };
  const setOnline = (value: boolean) => {
    online = value;
  };
  return { calls, post, setOnline };
}

describe('field queue on the device', () => {
  it('keeps a photo taken offline, sends it after its finding with its id as the key, then forgets it', async () => {
    const d = device();
    const s = server();
    writeOutbox(d.entries, d.key, [finding('f')]);
    expect(await queuePhoto(d, photoEntry('p', { entryId: 'f' }, 70), png(70))).toBe('queued');
    expect(d.photos.data.get('p')?.size).toBe(70);

    s.setOnline(false);
    const offline = await flushDevice(d, s.post);
    expect(offline.left.map((e) => e.id)).toEqual(['f', 'p']);
    expect(d.photos.data.has('p')).toBe(true);

    s.setOnline(true);
    const online = await flushDevice(d, s.post);
    expect(online.left).toEqual([]);
    expect(s.calls).toEqual([
      { path: '/t/findings', key: 'f', bytes: undefined },
      { path: '/t/findings/rec-f/photos?filename=p.png', key: 'p', bytes: 70 },
    ]);
    expect(readOutbox(d.entries, d.key)).toEqual([]);
    expect(d.photos.data.size).toBe(0);
  });

  it('removes a refused photo from the device too', async () => {
    const d = device();
    await queuePhoto(d, photoEntry('p', { recordId: 'r' }, 10), png(10));
    const result = await flushDevice(d, async () => {
      throw new ApiError('forbidden', 403, 'no');
    });
    expect(result.refused.map((e) => e.id)).toEqual(['p']);
    expect(d.photos.data.size).toBe(0);
  });

  it('refuses a photo whose bytes the browser has cleared, without sending it', async () => {
    const s = server();
    const photos = memoryPhotoStore();
    expect(await sendEntry(s.post, photos, photoEntry('p', { recordId: 'r' }, 10))).toEqual({
      result: 'refused',
    });
    expect(s.calls).toEqual([]);
  });

  it('queues the same chosen photo once, and refuses one that does not fit', async () => {
    const d = device();
    await queuePhoto(d, photoEntry('p', { recordId: 'r' }, 10), png(10));
    await queuePhoto(d, photoEntry('p', { recordId: 'r' }, 10), png(10));
    expect(readOutbox(d.entries, d.key).map((e) => e.id)).toEqual(['p']);

    // The queue's size is what its entries say: a nearly full one needs no big blobs to test.
    writeOutbox(d.entries, d.key, [photoEntry('big', { recordId: 'r' }, PHOTO_QUEUE_MAX_BYTES - 15)]);
    expect(await queuePhoto(d, photoEntry('q', { recordId: 'r' }, 16), png(16))).toBe('full');
    expect(await queuePhoto(d, photoEntry('q', { recordId: 'r' }, 15), png(15))).toBe('queued');
  });

  it('answers full when the device will not store the bytes, and leaves no entry behind', async () => {
    const d = device();
    d.photos.put = async () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(await queuePhoto(d, photoEntry('p', { recordId: 'r' }, 10), png(10))).toBe('full');
    expect(readOutbox(d.entries, d.key)).toEqual([]);
  });
});
