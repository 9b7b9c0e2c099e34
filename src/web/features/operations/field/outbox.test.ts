import { describe, expect, it } from 'vitest';
import {
  type FieldEntry,
  flushOutbox,
  type KeyValueStore,
  outboxKey,
  PHOTO_MAX_BYTES,
  PHOTO_QUEUE_MAX_BYTES,
  photoPath,
  photoRoom,
  type QueuedPhoto,
  readOutbox,
  type SendAnswer,
  settleOutbox,
  writeOutbox,
} from './outbox.ts';

const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};
const entry = (id: string): FieldEntry => ({
  id,
  method: 'POST',
  path: `/x/${id}`,
  body: {},
  createdAt: '2027-07-01T06:00:00Z',
});

const finding = (id: string): FieldEntry => ({ ...entry(id), path: '/t/findings', body: { title: id } });
const photo = (id: string, of: QueuedPhoto['finding'], size = 100): FieldEntry => ({
  ...entry(id),
  path: '/t/findings',
  body: null,
  photo: { finding: of, filename: 'wage list.png', contentType: 'image/png', size },
});

describe('field outbox', () => {
  it('keeps entries per user and operation, and forgets an empty queue', () => {
    const store = memory();
    const key = outboxKey('u1', 'op1');
    writeOutbox(store, key, [entry('a'), entry('b')]);
    expect(readOutbox(store, key).map((e) => e.id)).toEqual(['a', 'b']);
    expect(readOutbox(store, outboxKey('u2', 'op1'))).toEqual([]);
    writeOutbox(store, key, []);
    expect(store.data.has(key)).toBe(false);
  });

  it('survives garbage in storage', () => {
    const store = memory();
    store.setItem('k', '{not json');
    expect(readOutbox(store, 'k')).toEqual([]);
    store.setItem('k', '{"a":1}');
    expect(readOutbox(store, 'k')).toEqual([]);
  });

  it('sends in order and stops at the first entry without an answer', async () => {
    const sent: string[] = [];
    const answers: Record<string, 'sent' | 'refused' | 'offline'> = {
      a: 'sent',
      b: 'refused',
      c: 'offline',
      d: 'sent',
    };
    const result = await flushOutbox([entry('a'), entry('b'), entry('c'), entry('d')], async (e) => {
      sent.push(e.id);
      return { result: answers[e.id]! };
    });
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(result.remaining.map((e) => e.id)).toEqual(['c', 'd']);
    expect(result.refused.map((e) => e.id)).toEqual(['b']);
  });

  it('sends a photo of a waiting finding to the record the server gave that finding', async () => {
    const paths: string[] = [];
    const queue = [finding('f'), photo('p', { entryId: 'f' }), photo('q', { recordId: 'r0' })];
    const result = await flushOutbox(queue, async (e): Promise<SendAnswer> => {
      paths.push(e.photo && 'recordId' in e.photo.finding ? photoPath(e, e.photo.finding.recordId) : e.path);
      return e.id === 'f' ? { result: 'sent', recordId: 'r1' } : { result: 'sent' };
    });
    expect(paths).toEqual([
      '/t/findings',
      '/t/findings/r1/photos?filename=wage%20list.png',
      '/t/findings/r0/photos?filename=wage%20list.png',
    ]);
    expect(result.done.map((e) => e.id)).toEqual(['f', 'p', 'q']);
    expect(result.remaining).toEqual([]);
  });

  it('keeps a photo pointed at its sent finding when the connection drops between them', async () => {
    const result = await flushOutbox([finding('f'), photo('p', { entryId: 'f' })], async (e) =>
      e.id === 'f' ? { result: 'sent', recordId: 'r1' } : { result: 'offline' },
    );
    expect(result.remaining.map((e) => e.photo?.finding)).toEqual([{ recordId: 'r1' }]);
    expect(result.done.map((e) => e.id)).toEqual(['f']);
  });

  it('refuses, without sending, a photo whose finding was refused or is gone', async () => {
    const sent: string[] = [];
    const result = await flushOutbox(
      [finding('f'), photo('p', { entryId: 'f' }), photo('q', { entryId: 'gone' })],
      async (e) => {
        sent.push(e.id);
        return { result: 'refused' };
      },
    );
    expect(sent).toEqual(['f']);
    expect(result.refused.map((e) => e.id)).toEqual(['f', 'p', 'q']);
  });

  it('settles against what the outbox holds now: entries queued during the flush stay, pointed', async () => {
    const result = await flushOutbox([finding('f')], async () => ({ result: 'sent', recordId: 'r1' }));
    const now = [finding('f'), photo('p', { entryId: 'f' }), entry('later')];
    const left = settleOutbox(now, result);
    expect(left.map((e) => e.id)).toEqual(['p', 'later']);
    expect(left[0]?.photo?.finding).toEqual({ recordId: 'r1' });
  });

  it('keeps photos within the server limit and the queue cap', () => {
    expect(photoRoom([], PHOTO_MAX_BYTES)).toBe('ok');
    expect(photoRoom([], PHOTO_MAX_BYTES + 1)).toBe('too_big');
    const nearlyFull = [photo('a', { recordId: 'r' }, PHOTO_QUEUE_MAX_BYTES - 1000), entry('b')];
    expect(photoRoom(nearlyFull, 1000)).toBe('ok');
    expect(photoRoom(nearlyFull, 1001)).toBe('full');
  });

  it('reads photo entries back from storage as written', () => {
    const store = memory();
    writeOutbox(store, 'k', [finding('f'), photo('p', { entryId: 'f' })]);
    expect(readOutbox(store, 'k')[1]?.photo).toEqual({
      finding: { entryId: 'f' },
      filename: 'wage list.png',
      contentType: 'image/png',
      size: 100,
    });
  });
});
