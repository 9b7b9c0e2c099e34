/**
 * The authority × authority table for one category: the giving authority on each row, the receiving
 * one in each column. Every cell is a button with the mode's colour, abbreviation and markers (the
 * legend explains them) and a full spoken name; it opens the cell's legal basis. The 169 buttons are
 * one Tab stop: arrow keys, Home and End move between them (screen readers' table commands still
 * reach every cell).
 */
import { type KeyboardEvent, useState } from 'react';
import { VisuallyHidden } from 'suomifi-ui-components';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { Matrix, MatrixCell } from '../competence.types.ts';
import { MODE_LOOK } from '../modes.ts';
import type { Names } from '../names.ts';
import { moveInGrid } from './grid.ts';

interface MatrixTableProps {
  matrix: Matrix;
  names: Names;
  caption: string;
  selected: MatrixCell | null;
  onSelect: (cell: MatrixCell) => void;
}

export function cellKey(cell: Pick<MatrixCell, 'from' | 'to'>): string {
  return `${cell.from}>${cell.to}`;
}

export function MatrixTable({ matrix, names, caption, selected, onSelect }: MatrixTableProps) {
  const t = useT();
  const byKey = new Map(matrix.cells.map((cell) => [cellKey(cell), cell]));
  const codes = matrix.authorities;
  // The cell that takes Tab: the last one used, else the open one, else the first.
  const [active, setActive] = useState<string | null>(null);
  const tabStop = active ?? (selected ? cellKey(selected) : `${codes[0]}>${codes[0]}`);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, r: number, c: number) {
    const next = moveInGrid(event.key, r, c, codes.length, event.ctrlKey);
    if (!next) return;
    event.preventDefault();
    const key = `${codes[next[0]]}>${codes[next[1]]}`;
    setActive(key);
    document.querySelector<HTMLButtonElement>(`[data-cell="${key}"]`)?.focus();
  }
  const holders = new Set<string>(matrix.holders ?? []);

  function spoken(cell: MatrixCell): string {
    const parts = [
      `${names.authorityShort(cell.from)} → ${names.authorityShort(cell.to)}: ${t(MODE_LOOK[cell.mode].label)}`,
    ];
    if (cell.legalBasis) parts.push(cell.legalBasis);
    if (cell.unverified) parts.push(t('competence.badge.unverified'));
    if (cell.proposedOnly) parts.push(t('competence.matrix.proposedMark'));
    return parts.join(', ');
  }

  return (
    <ScrollRegion className="matrix-scroll" aria-labelledby="matrix-caption">
      <table className="matrix">
        <caption id="matrix-caption" className="matrix__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t('competence.matrix.corner')}
            </th>
            {matrix.authorities.map((code) => (
              <th key={code} scope="col" className="matrix__col">
                <span className="matrix__col-label">{names.authorityShort(code)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {codes.map((from, r) => (
            <tr key={from}>
              <th scope="row" className="matrix__row">
                {names.authorityShort(from)}
                {holders.has(from) && (
                  <span className="matrix__holder">
                    <span aria-hidden="true"> ●</span>
                    <VisuallyHidden>{` (${t('competence.matrix.holds')})`}</VisuallyHidden>
                  </span>
                )}
              </th>
              {codes.map((to, c) => {
                const cell = byKey.get(cellKey({ from, to }));
                if (!cell) return <td key={to} className="matrix__cell" />;
                const look = MODE_LOOK[cell.mode];
                const label = spoken(cell);
                const isSelected = selected !== null && cellKey(selected) === cellKey(cell);
                return (
                  <td key={to} className="matrix__cell">
                    <button
                      type="button"
                      className={`matrix__button mode--${look.tone}${cell.unverified ? ' matrix__button--unverified' : ''}`}
                      title={label}
                      aria-pressed={isSelected}
                      data-cell={cellKey(cell)}
                      tabIndex={cellKey(cell) === tabStop ? 0 : -1}
                      onKeyDown={(event) => onKeyDown(event, r, c)}
                      onFocus={() => setActive(cellKey(cell))}
                      onClick={() => onSelect(cell)}
                    >
                      <span aria-hidden="true">
                        {t(look.abbr)}
                        {cell.unverified && <sup className="matrix__mark">*</sup>}
                        {cell.proposedOnly && <sup className="matrix__mark">+</sup>}
                      </span>
                      <VisuallyHidden>{label}</VisuallyHidden>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
