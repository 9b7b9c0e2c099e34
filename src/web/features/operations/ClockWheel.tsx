/**
 * The annual clock as a circle: twelve month sectors, each item an arc in its own lane, coloured AND
 * patterned by kind (the legend shows both, so colour is never the only cue), today's marker, and every
 * item a focusable button named with its kind, title and dates. The list beside it is the primary,
 * fully accessible representation; this is its picture.
 */
import type { KeyboardEvent } from 'react';
import { useFormat } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { INTL_LOCALES } from '../../i18n/locales.ts';
import { arcPath, assignLanes, dayFraction, itemSpan, monthSpans, polar } from './clockGeometry.ts';
import { CLOCK_KIND_LABEL, CLOCK_KINDS, monthName } from './labels.ts';
import type { ClockItem, ClockItemKind } from './operations.types.ts';

const SIZE = 360;
const C = SIZE / 2;
const MONTH_INNER = 150;
const MONTH_OUTER = 176;
const LANES_OUTER = 144;
const LANES_INNER = 56;

/** The fill of each kind: a colour and a pattern id (defined once in <defs>). */
export const KIND_STYLE: Record<ClockItemKind, { colour: string; pattern: string }> = {
  theme_inspection: { colour: 'hsl(214, 100%, 34%)', pattern: 'clock-solid' },
  empact_action_day: { colour: 'hsl(3, 59%, 43%)', pattern: 'clock-dots' },
  seasonal_work: { colour: 'hsl(165, 90%, 27%)', pattern: 'clock-stripes' },
  other: { colour: 'hsl(280, 40%, 40%)', pattern: 'clock-cross' },
};

/** The kinds' patterns, defined once per page (ids are unique in the document). */
export function KindPatterns() {
  return (
    <svg className="clock-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {CLOCK_KINDS.map((kind) => {
          const { colour, pattern } = KIND_STYLE[kind];
          return (
            <pattern key={kind} id={pattern} width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" fill={colour} />
              {pattern === 'clock-dots' && <circle cx="4" cy="4" r="1.8" fill="white" />}
              {pattern === 'clock-stripes' && (
                <path d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6" stroke="white" strokeWidth="1.6" />
              )}
              {pattern === 'clock-cross' && <path d="M0 4 H8 M4 0 V8" stroke="white" strokeWidth="1.4" />}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

/** A small swatch of a kind's fill, for the legend and the list. */
export function KindSwatch({ kind }: { kind: ClockItemKind }) {
  return (
    <svg
      className="clock-swatch"
      width="20"
      height="20"
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x="1"
        y="1"
        width="18"
        height="18"
        fill={`url(#${KIND_STYLE[kind].pattern})`}
        stroke="black"
        strokeWidth="1"
      />
    </svg>
  );
}

interface ClockWheelProps {
  year: number;
  items: ClockItem[];
  selected: string | null;
  onSelect: (id: string) => void;
  today: string;
}

export function ClockWheel({ year, items, selected, onSelect, today }: ClockWheelProps) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const placed = items
    .map((item) => ({ item, span: itemSpan(item.startsOn, item.endsOn, year) }))
    .filter(
      (entry): entry is { item: ClockItem; span: NonNullable<typeof entry.span> } => entry.span !== null,
    );
  const { lanes, count } = assignLanes(placed.map((entry) => entry.span));
  const laneWidth = count > 0 ? Math.min(22, (LANES_OUTER - LANES_INNER) / count) : 0;
  const months = monthSpans(year);
  const showToday = today.startsWith(String(year));
  const todayAt = dayFraction(today, year);
  const todayOuter = polar(C, C, MONTH_OUTER + 2, todayAt);
  const todayInner = polar(C, C, LANES_INNER - 6, todayAt);

  const keyDown = (id: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    }
  };

  return (
    <figure className="clock-wheel">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} aria-label={t('operations.clock.wheelLabel', { year })}>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a decorative SVG group, nothing in it is focusable */}
        <g aria-hidden="true">
          {months.map((span, month) => {
            const label = polar(C, C, (MONTH_INNER + MONTH_OUTER) / 2, (span.start + span.end) / 2);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the twelve months are fixed
              <g key={month}>
                <path
                  d={arcPath(C, C, MONTH_INNER, MONTH_OUTER, span)}
                  className={month % 2 === 0 ? 'clock-month clock-month--even' : 'clock-month'}
                />
                <text
                  x={label.x}
                  y={label.y}
                  className="clock-month__label"
                  textAnchor="middle"
                  dominantBaseline="central"
                >
                  {monthName(INTL_LOCALES[locale], month).slice(0, 3)}
                </text>
              </g>
            );
          })}
          <circle cx={C} cy={C} r={LANES_INNER - 2} className="clock-centre" />
          <text x={C} y={C} className="clock-year" textAnchor="middle" dominantBaseline="central">
            {year}
          </text>
        </g>
        {placed.map(({ item, span }, index) => {
          const lane = lanes[index] ?? 0;
          const outer = LANES_OUTER - lane * laneWidth;
          const name = t('operations.clock.itemName', {
            kind: t(CLOCK_KIND_LABEL[item.kind]),
            title: item.title,
            start: format.date(item.startsOn),
            end: format.date(item.endsOn),
          });
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; it acts as one
            <g
              key={item.id}
              role="button"
              tabIndex={0}
              aria-label={name}
              aria-pressed={selected === item.id}
              className={selected === item.id ? 'clock-item clock-item--selected' : 'clock-item'}
              onClick={() => onSelect(item.id)}
              onKeyDown={keyDown(item.id)}
            >
              <title>{name}</title>
              <path
                d={arcPath(C, C, outer - laneWidth + 2, outer, span)}
                fill={`url(#${KIND_STYLE[item.kind].pattern})`}
              />
            </g>
          );
        })}
        {showToday && (
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a decorative SVG line, not focusable
          <g aria-hidden="true">
            <line
              x1={todayInner.x}
              y1={todayInner.y}
              x2={todayOuter.x}
              y2={todayOuter.y}
              className="clock-today"
            />
          </g>
        )}
      </svg>
      <figcaption className="clock-legend">
        <ul className="clock-legend__list">
          {CLOCK_KINDS.map((kind) => (
            <li key={kind} className="clock-legend__item">
              <KindSwatch kind={kind} />
              {t(CLOCK_KIND_LABEL[kind])}
            </li>
          ))}
          {showToday && (
            <li className="clock-legend__item">
              <span className="clock-legend__today" aria-hidden="true" />
              {t('operations.clock.today', { date: format.date(today) })}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
