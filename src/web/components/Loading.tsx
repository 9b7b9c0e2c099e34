/** The standard "loading" indicator, announced politely to screen readers. */
import { LoadingSpinner } from 'suomifi-ui-components';
import { useT } from '../i18n/I18nProvider.tsx';

export function Loading() {
  const t = useT();
  return (
    <div className="loading" role="status">
      <LoadingSpinner text={t('app.loading')} textAlign="right" variant="small" />
    </div>
  );
}
