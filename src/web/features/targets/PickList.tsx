/**
 * Search-as-you-type results to pick one from, as the card's duplicate finder and the worksite form's
 * company picker show them: a polite status line (searching, none, how many), the search's failure,
 * and the results, each with its choose button.
 */
import type { ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

interface PickListProps<T> {
  /** `null` while the search runs, after it failed, or when nothing is searched. */
  items: readonly T[] | null;
  error: unknown;
  /** The status while the search runs ('' when nothing is searched). */
  searching: string;
  none: string;
  found: (count: number) => string;
  /** The list's accessible name. */
  label: string;
  /** A result as shown before its button. */
  describe: (item: T) => ReactNode;
  chooseText: (item: T) => string;
  onChoose: (item: T) => void;
}

export function PickList<T extends { id: string }>(props: PickListProps<T>) {
  const { items, error } = props;
  return (
    <>
      <p className="match__status" aria-live="polite">
        {items === null
          ? error === null
            ? props.searching
            : ''
          : items.length === 0
            ? props.none
            : props.found(items.length)}
      </p>
      {error !== null && <ErrorAlert error={error} />}
      {items && items.length > 0 && (
        <ul className="match__list" aria-label={props.label}>
          {items.map((item) => (
            <li key={item.id} className="match__item merge-candidate">
              {props.describe(item)}
              <Button variant="secondary" onClick={() => props.onChoose(item)}>
                {props.chooseText(item)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
