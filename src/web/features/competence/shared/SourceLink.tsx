/**
 * A link to a statute or bill (Finlex, eduskunta.fi) that opens in a new tab without giving the new
 * page a handle back (`noopener noreferrer`), and says so to screen readers.
 */
import type { ReactNode } from 'react';
import { IconLinkExternal, Link, VisuallyHidden } from 'suomifi-ui-components';
import { useT } from '../../../i18n/I18nProvider.tsx';

export function SourceLink({ href, children }: { href: string; children: ReactNode }) {
  const t = useT();
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" className="source-link">
      {children}
      <VisuallyHidden>{` (${t('competence.newWindow')})`}</VisuallyHidden>
      <IconLinkExternal className="source-link__icon" />
    </Link>
  );
}
