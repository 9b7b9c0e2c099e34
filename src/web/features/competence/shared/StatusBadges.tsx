/** "Vahvistamaton" and "Lakiehdotus" markers for rules, citations and competences. */
import { useT } from '../../../i18n/I18nProvider.tsx';

interface StatusBadgesProps {
  verified?: boolean;
  status?: 'in_force' | 'proposed' | 'repealed';
}

export function StatusBadges({ verified = true, status = 'in_force' }: StatusBadgesProps) {
  const t = useT();
  if (verified && status === 'in_force') return null;
  return (
    <span className="status-badges">
      {status === 'proposed' && (
        <span className="status-badge status-badge--proposed">{t('competence.badge.proposed')}</span>
      )}
      {status === 'repealed' && (
        <span className="status-badge status-badge--repealed">{t('competence.badge.repealed')}</span>
      )}
      {!verified && (
        <span className="status-badge status-badge--unverified">{t('competence.badge.unverified')}</span>
      )}
    </span>
  );
}
