import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.ts';
import { countPairs, followUpOwners, isOverdue, mayChangeFollowUp } from './followUp.ts';
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

  it('lets the owner authority or the lead change a task', () => {
    expect(mayChangeFollowUp({ you: { lead: false, authority: 'osh' } }, { authority: 'osh' })).toBe(true);
    expect(mayChangeFollowUp({ you: { lead: false, authority: 'tax' } }, { authority: 'osh' })).toBe(false);
    expect(mayChangeFollowUp({ you: { lead: true, authority: 'police' } }, { authority: 'osh' })).toBe(true);
  });

  it('calls an open task past its day overdue, not a done one', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-11-28' }, '2026-11-29')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-11-29' }, '2026-11-29')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-11-01' }, '2026-11-29')).toBe(false);
  });

  it('reads statistics given as a map or a list, biggest first', () => {
    expect(countPairs({ wages: 2, housing: 5 })).toEqual([
      ['housing', 5],
      ['wages', 2],
    ]);
    expect(
      countPairs([
        { area: 'permits', count: 3 },
        { code: 'ilo_debt', count: 4 },
      ]),
    ).toEqual([
      ['ilo_debt', 4],
      ['permits', 3],
    ]);
    expect(countPairs(undefined)).toEqual([]);
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
