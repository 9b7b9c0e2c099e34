import { describe, expect, it } from 'vitest';
import {
  type FieldEntry,
  flushOutbox,
  type KeyValueStore,
  outboxKey,
  readOutbox,
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
      return answers[e.id]!;
    });
    expect(sent).toEqual(['a', 'b', 'c']);
    expect(result.remaining.map((e) => e.id)).toEqual(['c', 'd']);
    expect(result.refused.map((e) => e.id)).toEqual(['b']);
  });
});
