import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.ts';
import { countPairs, followUpOwners, resultsByTarget } from './followUp.ts';
import { agendaTitle, fromLocalInput, sortedAgenda, toLocalInput } from './meeting.ts';
import { parseOperationsPath } from './operations.routes.ts';
import type { AgendaItem } from './operations.types.ts';

const t = (key: Parameters<typeof translate>[1]) => translate('sv', key);
const item = (over: Partial<AgendaItem>): AgendaItem => ({
  id: 'x',
  itemKey: 'main_goal',
  position: 1,
  title: null,
  decision: '',
  decidedBy: null,
  decidedAt: null,
  ...over,
});

describe('the planning meeting', () => {
  it('titles seed items from the catalogue and custom items by their own title', () => {
    expect(agendaTitle(t, item({}))).toBe('Huvudmål');
    expect(agendaTitle(t, item({ itemKey: 'custom_1', title: 'Tolkit' }))).toBe('Tolkit');
    expect(agendaTitle(t, item({ itemKey: 'unknown_key' }))).toBe('unknown_key');
  });

  it('orders the agenda by position', () => {
    const sorted = sortedAgenda([item({ id: 'b', position: 2 }), item({ id: 'a', position: 1 })]);
    expect(sorted.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('round-trips the meeting time through a datetime-local value', () => {
    const iso = fromLocalInput('2026-12-03T10:30');
    expect(iso).not.toBeNull();
    expect(toLocalInput(iso)).toBe('2026-12-03T10:30');
    expect(fromLocalInput('')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });
});

describe('follow-up', () => {
  const operation = {
    leadAuthority: 'police',
    participants: [
      { authority: 'police', role: 'lead' as const, status: 'accepted' as const },
      { authority: 'osh', role: 'participant' as const, status: 'accepted' as const },
      { authority: 'tax', role: 'participant' as const, status: 'declined' as const },
    ],
  };

  it('lets owners be the lead and every participant that has not declined', () => {
    expect(followUpOwners(operation)).toEqual(['police', 'osh']);
  });

  it('lists counts biggest first and leaves out zeros', () => {
    expect(countPairs({ wages: 2, housing: 5, permits: 0, fees: 2 })).toEqual([
      ['housing', 5],
      ['fees', 2],
      ['wages', 2],
    ]);
    expect(countPairs(undefined)).toEqual([]);
  });

  it('groups results per target, authorities in order', () => {
    const row = (operationTargetId: string, authority: string) => ({
      operationTargetId,
      authority,
      outcome: 'guidance' as const,
      summary: '',
      recordedAt: '2026-11-29T10:00:00Z',
    });
    const grouped = resultsByTarget([row('t1', 'tax'), row('t2', 'osh'), row('t1', 'osh')]);
    expect(grouped.get('t1')?.map((r) => r.authority)).toEqual(['osh', 'tax']);
    expect(grouped.get('t2')?.map((r) => r.authority)).toEqual(['osh']);
    expect(grouped.get('t3')).toBeUndefined();
  });
});

describe('operations paths', () => {
  const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
  it('reads every view and refuses anything else', () => {
    expect(parseOperationsPath('/operations')).toEqual({ view: 'list' });
    expect(parseOperationsPath('/operations/clock')).toEqual({ view: 'clock' });
    expect(parseOperationsPath('/operations/initiatives')).toEqual({ view: 'initiatives' });
    expect(parseOperationsPath(`/operations/initiatives/${id}`)).toEqual({ view: 'initiative', id });
    expect(parseOperationsPath(`/operations/${id}`)).toEqual({ view: 'operation', id, tab: null });
    expect(parseOperationsPath(`/operations/${id}/follow-up`)).toEqual({
      view: 'operation',
      id,
      tab: 'follow-up',
    });
    expect(parseOperationsPath('/operations/nope')).toEqual({ view: 'unknown' });
    expect(parseOperationsPath(`/operations/${id}/meeting/extra`)).toEqual({ view: 'unknown' });
    expect(parseOperationsPath('/operationsx')).toEqual({ view: 'unknown' });
  });
});
