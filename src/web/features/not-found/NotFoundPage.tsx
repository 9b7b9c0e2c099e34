/** Shown for an address that is no page, or a page this user's roles do not open. */
import { Paragraph } from 'suomifi-ui-components';
import { usePathname } from '../../app/router.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

export function NotFoundPage() {
  const t = useT();
  const pathname = usePathname();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph className="lead">{t('notFound.body', { path: pathname })}</Paragraph>
      <Paragraph>
        <AppLink href="/">{t('notFound.home')}</AppLink>
      </Paragraph>
    </>
  );
}
