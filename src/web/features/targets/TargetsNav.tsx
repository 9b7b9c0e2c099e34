/** The register's own sub-navigation: search, requests, new target, import. */

import { routeOnClick } from '../../components/AppLink.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import {
  IMPORT_PATH,
  NEW_TARGET_PATH,
  newTargetPath,
  REQUESTS_PATH,
  TARGETS_PATH,
} from './targets.routes.ts';

const LINKS: { href: string; match: (path: string) => boolean; label: MessageKey }[] = [
  { href: TARGETS_PATH, match: (path) => path === TARGETS_PATH, label: 'targets.nav.search' },
  { href: REQUESTS_PATH, match: (path) => path === REQUESTS_PATH, label: 'targets.nav.requests' },
  {
    href: newTargetPath('company'),
    match: (path) => path.startsWith(`${NEW_TARGET_PATH}/`),
    label: 'targets.nav.new',
  },
  { href: IMPORT_PATH, match: (path) => path === IMPORT_PATH, label: 'targets.nav.import' },
];

export function TargetsNav({ pathname }: { pathname: string }) {
  const t = useT();
  return (
    <nav className="targets-nav" aria-label={t('targets.nav.label')}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              onClick={routeOnClick(link.href)}
              aria-current={link.match(pathname) ? 'page' : undefined}
            >
              {t(link.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
