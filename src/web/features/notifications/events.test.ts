import { describe, expect, it } from 'vitest';
import { type LiveEvent, matchesFilter, parseLiveEvent, streamUrl } from './events.ts';

const event: LiveEvent = {
  id: 7,
  type: 'record.disclosed',
  subjectType: 'record',
  subjectId: 'r1',
  targetIds: [],
  data: { kind: 'tip' },
  createdAt: '2026-01-01T10:00:00.000Z',
};

describe('matchesFilter', () => {
  it.each([
    [{ types: ['record.disclosed'] }, true],
    [{ types: ['record.*'] }, true],
    [{ types: ['record.created'] }, false],
    [{ types: ['operation.*'] }, false],
    [{ types: ['record.*'], subjectId: 'r1' }, true],
    [{ types: ['record.*'], subjectId: 'r2' }, false],
    [{ types: [] }, false],
  ])('%j → %s', (filter, expected) => {
    expect(matchesFilter(filter, event)).toBe(expected);
  });
});

describe('parseLiveEvent', () => {
  it('reads the stream data', () => {
    expect(parseLiveEvent(JSON.stringify(event))).toEqual(event);
  });

  it('fills missing optional fields', () => {
    expect(parseLiveEvent('{"id":1,"type":"record.created","subjectType":"record","subjectId":"x"}')).toEqual(
      {
        id: 1,
        type: 'record.created',
        subjectType: 'record',
        subjectId: 'x',
        targetIds: [],
        data: {},
        createdAt: '',
      },
    );
  });

  it.each(['', 'not json', 'null', '{"id":"1","type":"x","subjectType":"r","subjectId":"y"}', 5])(
    'refuses %j',
    (data) => {
      expect(parseLiveEvent(data)).toBeNull();
    },
  );
});

describe('streamUrl', () => {
  it('resumes after the last event seen', () => {
    expect(streamUrl(null)).toBe('/api/events/stream');
    expect(streamUrl(42)).toBe('/api/events/stream?lastEventId=42');
  });
});
