/**
 * The follow-up tab's building blocks: a titled section, and a section holding a list of rows with its
 * loading, error and empty states, followed by whatever the section adds below it (usually a form).
 */
import type { ReactNode } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';

/** A section labelled by its heading. */
export function Section({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="ops-section" aria-labelledby={headingId}>
      <SectionHeading id={headingId}>{title}</SectionHeading>
      {children}
    </section>
  );
}

interface ListSectionProps<T> {
  headingId: string;
  title: string;
  /** `null` until the rows are there: then neither the empty text nor the list is shown. */
  items: readonly T[] | null;
  /** Said when there are no rows. */
  empty: string;
  listClassName: 'ops-cards' | 'ops-plain-list';
  /** One row as a keyed `<li>`. */
  renderItem: (item: T) => ReactNode;
  /** Shows the loading indicator. */
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}

export function ListSection<T>({
  headingId,
  title,
  items,
  empty,
  listClassName,
  renderItem,
  loading = false,
  error = null,
  onRetry,
  children,
}: ListSectionProps<T>) {
  return (
    <Section headingId={headingId} title={title}>
      {loading && <Loading />}
      {error !== null && <ErrorAlert error={error} onRetry={onRetry} />}
      {items && items.length === 0 && <Paragraph>{empty}</Paragraph>}
      {items && items.length > 0 && <ul className={listClassName}>{items.map(renderItem)}</ul>}
      {children}
    </Section>
  );
}
