/**
 * The main navigation, built from the module registry. On narrow screens it collapses behind a
 * "Menu" button and closes again after a page is chosen.
 */
import { RouterLink, ServiceNavigation, ServiceNavigationItem } from 'suomifi-ui-components';
import { routeOnClick } from '../components/AppLink.tsx';
import { useT } from '../i18n/I18nProvider.tsx';
import { modulesFor } from './modules.ts';
import { usePathname } from './router.ts';
import { useMe } from './session.tsx';
import { useSmallScreen } from './useSmallScreen.ts';

export function ShellNav() {
  const t = useT();
  const me = useMe();
  const pathname = usePathname();
  const small = useSmallScreen();

  return (
    <ServiceNavigation
      // Re-mounting on navigation closes the collapsed menu after a choice.
      key={small ? pathname : 'wide'}
      aria-label={t('shell.navLabel')}
      variant={small ? 'smallScreen' : 'default'}
      initiallyExpanded={!small}
      smallScreenExpandButtonText={t('shell.menu')}
      className="shell-nav"
    >
      {modulesFor(me.roles).map((module) => {
        const current =
          module.path === pathname || (module.path !== '/' && pathname.startsWith(`${module.path}/`));
        return (
          <ServiceNavigationItem key={module.id} selected={current}>
            <RouterLink
              href={module.path}
              onClick={routeOnClick(module.path)}
              aria-current={current ? 'page' : undefined}
            >
              {t(module.labelKey)}
            </RouterLink>
          </ServiceNavigationItem>
        );
      })}
    </ServiceNavigation>
  );
}
