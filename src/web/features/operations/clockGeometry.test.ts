import { describe, expect, it } from 'vitest';
import {
  arcPath,
  assignLanes,
  dayFraction,
  daysInYear,
  groupByMonth,
  itemSpan,
  MIN_SPAN,
  monthSpans,
  polar,
} from './clockGeometry.ts';

describe('the annual clock geometry', () => {
  it('knows leap years', () => {
    expect(daysInYear(2027)).toBe(365);
    expect(daysInYear(2028)).toBe(366);
  });

  it('puts 1 January at 0 and 1 July about half way, clipping other years', () => {
    expect(dayFraction('2027-01-01', 2027)).toBe(0);
    expect(dayFraction('2027-07-02', 2027)).toBeCloseTo(182 / 365);
    expect(dayFraction('2026-12-31', 2027)).toBe(0);
    expect(dayFraction('2028-02-01', 2027)).toBe(1);
  });

  it('spans whole days, clips to the year and drops items outside it', () => {
    expect(itemSpan('2027-01-01', '2027-12-31', 2027)).toEqual({ start: 0, end: 1 });
    const june = itemSpan('2027-06-01', '2027-06-30', 2027);
    expect(june?.start).toBeCloseTo(151 / 365);
    expect(june?.end).toBeCloseTo(181 / 365);
    expect(itemSpan('2026-11-01', '2027-01-31', 2027)).toEqual({ start: 0, end: 31 / 365 });
    expect(itemSpan('2026-05-01', '2026-06-01', 2027)).toBeNull();
  });

  it('widens a one-day action day to the shortest visible arc, also at the year end', () => {
    const day = itemSpan('2027-04-14', '2027-04-14', 2027);
    expect(day && day.end - day.start).toBeCloseTo(MIN_SPAN);
    const last = itemSpan('2027-12-31', '2027-12-31', 2027);
    expect(last?.end).toBe(1);
    expect(last && last.end - last.start).toBeCloseTo(MIN_SPAN);
  });

  it('puts overlapping items in separate lanes and reuses a free lane', () => {
    const { lanes, count } = assignLanes([
      { start: 0.1, end: 0.4 },
      { start: 0.2, end: 0.3 },
      { start: 0.45, end: 0.5 },
      { start: 0.35, end: 0.6 },
    ]);
    expect(lanes).toEqual([0, 1, 0, 1]);
    expect(count).toBe(2);
    expect(assignLanes([])).toEqual({ lanes: [], count: 0 });
  });

  it('measures angles from the top, clockwise', () => {
    expect(polar(100, 100, 50, 0)).toEqual({ x: 100, y: 50 });
    expect(polar(100, 100, 50, 0.25)).toEqual({ x: 150, y: 100 });
    expect(polar(100, 100, 50, 0.5)).toEqual({ x: 100, y: 150 });
  });

  it('draws a sector with the large-arc flag only past half a circle, and a whole year as two halves', () => {
    expect(arcPath(100, 100, 40, 50, { start: 0, end: 0.25 })).toBe(
      'M 100 50 A 50 50 0 0 1 150 100 L 140 100 A 40 40 0 0 0 100 60 Z',
    );
    expect(arcPath(100, 100, 40, 50, { start: 0, end: 0.75 })).toContain('A 50 50 0 1 1');
    expect(arcPath(100, 100, 40, 50, { start: 0, end: 1 }).match(/M /g)).toHaveLength(2);
  });

  it('has twelve months covering the year without gaps', () => {
    const months = monthSpans(2028);
    expect(months).toHaveLength(12);
    expect(months[0]?.start).toBe(0);
    expect(months[11]?.end).toBe(1);
    expect(months[1]?.end).toBeCloseTo(60 / 366);
    for (let i = 1; i < 12; i++) expect(months[i]?.start).toBe(months[i - 1]?.end);
  });

  it('groups the list by the month an item starts in this year', () => {
    const items = [
      { title: 'B', startsOn: '2027-06-10', endsOn: '2027-08-31' },
      { title: 'A', startsOn: '2027-06-10', endsOn: '2027-06-10' },
      { title: 'Carry-over', startsOn: '2026-12-01', endsOn: '2027-02-01' },
      { title: 'Last year', startsOn: '2026-03-01', endsOn: '2026-03-02' },
    ];
    expect(groupByMonth(items, 2027).map((g) => [g.month, g.items.map((i) => i.title)])).toEqual([
      [0, ['Carry-over']],
      [5, ['A', 'B']],
    ]);
  });
});
