/**
 * The annual clock's geometry: where a date falls on the year's circle, lanes so that overlapping
 * items do not cover each other, and the SVG paths of month sectors and item arcs. Pure, so it is
 * tested without a browser. Fractions run from 0 (1 January, at the top) clockwise to 1 (31 December
 * ends).
 */

const DAY_MS = 86_400_000;

export function daysInYear(year: number): number {
  return Date.UTC(year + 1, 0, 1) / DAY_MS - Date.UTC(year, 0, 1) / DAY_MS;
}

function utcDay(isoDate: string): number {
  const [y = '0', m = '1', d = '1'] = isoDate.slice(0, 10).split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
}

/** Where a day starts on the year's circle: 0 for 1 January; clipped to [0, 1]. */
export function dayFraction(isoDate: string, year: number): number {
  const start = Date.UTC(year, 0, 1) / DAY_MS;
  const value = (utcDay(isoDate) - start) / daysInYear(year);
  return Math.min(1, Math.max(0, value));
}

export interface Span {
  start: number;
  end: number;
}

/** Shortest arc drawn, so a one-day action day stays visible and clickable (about 3°). */
export const MIN_SPAN = 1 / 120;

/**
 * The part of [startsOn, endsOn] (both days inclusive) inside `year`, as fractions; null when the
 * item does not touch the year.
 */
export function itemSpan(startsOn: string, endsOn: string, year: number): Span | null {
  const first = Date.UTC(year, 0, 1) / DAY_MS;
  const last = first + daysInYear(year);
  const from = Math.max(utcDay(startsOn), first);
  const to = Math.min(utcDay(endsOn) + 1, last);
  if (to <= from) return null;
  const total = daysInYear(year);
  let start = (from - first) / total;
  let end = (to - first) / total;
  if (end - start < MIN_SPAN) {
    end = Math.min(1, start + MIN_SPAN);
    start = Math.max(0, end - MIN_SPAN);
  }
  return { start, end };
}

/**
 * Puts each span in the lowest lane where it overlaps nothing already there (interval partitioning
 * in start order). Returns the lane per input index and the number of lanes used.
 */
export function assignLanes(spans: readonly Span[]): { lanes: number[]; count: number } {
  const order = spans.map((span, index) => ({ span, index })).sort((a, b) => a.span.start - b.span.start);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  for (const { span, index } of order) {
    let lane = laneEnds.findIndex((end) => end <= span.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(span.end);
    } else {
      laneEnds[lane] = span.end;
    }
    lanes[index] = lane;
  }
  return { lanes, count: laneEnds.length };
}

/** The point at `fraction` of the way round a circle of radius r (0 = top, clockwise). */
export function polar(cx: number, cy: number, r: number, fraction: number): { x: number; y: number } {
  const angle = fraction * 2 * Math.PI - Math.PI / 2;
  return { x: round(cx + r * Math.cos(angle)), y: round(cy + r * Math.sin(angle)) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * An annular sector from `start` to `end` between the radii: the path of a month sector or an item's
 * arc. A whole circle is drawn as two halves (one SVG arc cannot start and end at the same point).
 */
export function arcPath(cx: number, cy: number, inner: number, outer: number, span: Span): string {
  const length = span.end - span.start;
  if (length >= 1) {
    const half = { start: 0, end: 0.5 };
    const other = { start: 0.5, end: 1 };
    return `${arcPath(cx, cy, inner, outer, half)} ${arcPath(cx, cy, inner, outer, other)}`;
  }
  const large = length > 0.5 ? 1 : 0;
  const a = polar(cx, cy, outer, span.start);
  const b = polar(cx, cy, outer, span.end);
  const c = polar(cx, cy, inner, span.end);
  const d = polar(cx, cy, inner, span.start);
  return [
    `M ${a.x} ${a.y}`,
    `A ${outer} ${outer} 0 ${large} 1 ${b.x} ${b.y}`,
    `L ${c.x} ${c.y}`,
    `A ${inner} ${inner} 0 ${large} 0 ${d.x} ${d.y}`,
    'Z',
  ].join(' ');
}

/** The twelve months of `year` as spans (0 = January). */
export function monthSpans(year: number): Span[] {
  const total = daysInYear(year);
  const first = Date.UTC(year, 0, 1) / DAY_MS;
  return Array.from({ length: 12 }, (_, month) => ({
    start: (Date.UTC(year, month, 1) / DAY_MS - first) / total,
    end: (Date.UTC(year, month + 1, 1) / DAY_MS - first) / total,
  }));
}

/**
 * The list view's grouping: each item under the month it starts in within `year` (January for an
 * item that began the year before), months in order, items by start date then title.
 */
export function groupByMonth<T extends { startsOn: string; endsOn: string; title: string }>(
  items: readonly T[],
  year: number,
): { month: number; items: T[] }[] {
  const groups = Array.from({ length: 12 }, (_, month) => ({ month, items: [] as T[] }));
  const sorted = [...items].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title),
  );
  for (const item of sorted) {
    const span = itemSpan(item.startsOn, item.endsOn, year);
    if (!span) continue;
    const startDay = item.startsOn < `${year}-01-01` ? `${year}-01-01` : item.startsOn;
    const month = Number(startDay.slice(5, 7)) - 1;
    groups[month]?.items.push(item);
  }
  return groups.filter((group) => group.items.length > 0);
}
