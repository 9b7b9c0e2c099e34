/**
 * A named region that scrolls what is too wide (or too long) for the page, usually a table. It takes
 * focus itself, so keyboard users can scroll it even when nothing inside is focusable (axe
 * scrollable-region-focusable); screen readers announce it by its name.
 */
import type { ReactNode } from 'react';

type ScrollRegionProps = {
  /** The scroll box's own classes: its size, overflow and border. */
  className: string;
  children: ReactNode;
} & (
  | { 'aria-label': string; 'aria-labelledby'?: never }
  | { 'aria-labelledby': string; 'aria-label'?: never }
);

export function ScrollRegion({
  className,
  children,
  'aria-label': label,
  'aria-labelledby': labelledBy,
}: ScrollRegionProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={className} aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
