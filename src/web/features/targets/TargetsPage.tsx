/**
 * Kohteet: the module page for everything under `/targets` — search, target cards, the requests
 * inbox, the new-target forms and imports. Each view has its own <h1>.
 */
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

export function TargetsPage() {
  const t = useT();
  return <PageHeading>{t('nav.targets')}</PageHeading>;
}
