/**
 * Legal bases as links to their sources (Finlex, eduskunta.fi), opening in a new tab, with "proposed"
 * and "unverified" markers.
 */
import { IconLinkExternal, Link, VisuallyHidden } from 'suomifi-ui-components';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import type { LegalBasis } from '../records.types.ts';
import './share.css';

/** `Laki henkilötietojen käsittelystä poliisitoimessa 616/2019 22 § 3 mom.` */
export function citation(basis: LegalBasis, locale: 'fi' | 'sv' | 'en'): string {
  const name = basis.lawName[locale];
  return `${name.charAt(0).toLocaleUpperCase()}${name.slice(1)} ${basis.lawNumber} ${basis.section}`;
}

export function LegalBases({ bases }: { bases: LegalBasis[] }) {
  const t = useT();
  const { locale } = useLocale();
  if (bases.length === 0) return null;
  return (
    <ul className="legal-bases">
      {bases.map((basis) => (
        <li key={`${basis.lawNumber} ${basis.section} ${basis.sourceUrl}`}>
          <Link
            href={basis.sourceUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="legal-bases__link"
          >
            {citation(basis, locale)}
            <VisuallyHidden>{` (${t('records.newWindow')})`}</VisuallyHidden>
            <IconLinkExternal className="legal-bases__icon" />
          </Link>
          {basis.status === 'proposed' && (
            <span className="marker marker--proposed">{t('records.answer.proposedBadge')}</span>
          )}
          {!basis.verified && (
            <span className="marker marker--unverified">{t('records.answer.unverifiedBadge')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
