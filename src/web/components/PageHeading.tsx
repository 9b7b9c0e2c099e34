/**
 * The page's <h1>. It also sets the document title, and can take focus (tabIndex -1) so the shell can
 * move screen-reader users to the new page after in-app navigation.
 */
import { useEffect } from 'react';
import { Heading } from 'suomifi-ui-components';
import { useSmallScreen } from '../app/useSmallScreen.ts';
import { useT } from '../i18n/I18nProvider.tsx';

export function PageHeading({ children }: { children: string }) {
  const t = useT();
  const small = useSmallScreen();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: children });
  }, [t, children]);
  return (
    <Heading variant="h1" tabIndex={-1} className="page-heading" smallScreen={small}>
      {children}
    </Heading>
  );
}
