/**
 * An <h2> for a section or card, in Suomi.fi's h3 size: page headings stay the one large heading,
 * and the size steps down on small screens.
 */
import { Heading } from 'suomifi-ui-components';
import { useSmallScreen } from '../app/useSmallScreen.ts';

interface SectionHeadingProps {
  id?: string;
  className?: string;
  children: string;
}

export function SectionHeading({ id, className, children }: SectionHeadingProps) {
  const small = useSmallScreen();
  return (
    <Heading variant="h3" as="h2" id={id} className={className} smallScreen={small}>
      {children}
    </Heading>
  );
}
