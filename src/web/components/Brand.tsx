/** The Silta name with its bridge mark, as shown in every page header. */
import { useT } from '../i18n/I18nProvider.tsx';

export function Brand({ withTagline = false }: { withTagline?: boolean }) {
  const t = useT();
  return (
    <div className="brand">
      <svg className="brand__mark" viewBox="0 0 40 24" aria-hidden="true" focusable="false">
        <path d="M2 20 Q20 -2 38 20" fill="none" stroke="currentColor" strokeWidth="3" />
        <path d="M0 20 H40" stroke="currentColor" strokeWidth="3" />
        <path d="M11 11 V20 M20 7 V20 M29 11 V20" stroke="currentColor" strokeWidth="2" />
      </svg>
      <span className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        {withTagline && <span className="brand__tagline">{t('app.tagline')}</span>}
      </span>
    </div>
  );
}
