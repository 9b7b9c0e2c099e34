/** The operations module's sub-navigation: operations, the annual clock and the initiatives. */
import { routeOnClick } from '../../components/AppLink.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { CLOCK_PATH, INITIATIVES_PATH, OPERATIONS_PATH } from './operations.routes.ts';

export type OperationsSection = 'operations' | 'clock' | 'initiatives';

const SECTIONS: readonly { section: OperationsSection; path: string; labelKey: MessageKey }[] = [
  { section: 'operations', path: OPERATIONS_PATH, labelKey: 'operations.nav.list' },
  { section: 'clock', path: CLOCK_PATH, labelKey: 'operations.nav.clock' },
  { section: 'initiatives', path: INITIATIVES_PATH, labelKey: 'operations.nav.initiatives' },
];

export function OperationsNav({ current }: { current: OperationsSection }) {
  const t = useT();
  return (
    <nav className="ops-nav" aria-label={t('operations.nav.label')}>
      <ul className="ops-nav__list">
        {SECTIONS.map(({ section, path, labelKey }) => (
          <li key={section}>
            <a
              href={path}
              onClick={routeOnClick(path)}
              className={section === current ? 'ops-nav__link ops-nav__link--current' : 'ops-nav__link'}
              aria-current={section === current ? 'page' : undefined}
            >
              {t(labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
