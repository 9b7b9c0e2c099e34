/**
 * The signed-in header: Silta, who is signed in (name, authority, unit), the notification bell,
 * languages and sign-out.
 */
import { Button, IconLogout, VisuallyHidden } from 'suomifi-ui-components';
import { routeOnClick } from '../components/AppLink.tsx';
import { Brand } from '../components/Brand.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { useLocale, useT } from '../i18n/I18nProvider.tsx';
import { navigate } from './router.ts';
import { useMe, useSession } from './session.tsx';

export function ShellHeader() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const { signOut } = useSession();
  const organisation = [me.authority.shortName[locale], me.unit?.name[locale]].filter(Boolean).join(' · ');

  return (
    <header className="site-header">
      <div className="site-header__inner site-header__inner--shell">
        <a href="/" className="brand-link" onClick={routeOnClick('/')}>
          <Brand />
        </a>
        <p className="site-header__user">
          <VisuallyHidden>{t('shell.user')}: </VisuallyHidden>
          <span className="site-header__user-name">{me.displayName}</span>
          <span className="site-header__user-org">{organisation}</span>
        </p>
        <NotificationBell />
        <LanguageSwitch />
        <Button
          variant="secondaryNoBorder"
          className="site-header__sign-out"
          icon={<IconLogout />}
          onClick={() => void signOut().then(() => navigate('/'))}
        >
          {t('shell.signOut')}
        </Button>
      </div>
    </header>
  );
}
