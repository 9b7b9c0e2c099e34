/** The competence map's sub-navigation: one link per view, the current one marked for screen readers. */
import { routeOnClick } from '../../components/AppLink.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { authorityPath, type CompetenceView, TABS } from './competence.routes.ts';

interface CompetenceTabsProps {
  current: CompetenceView['view'];
  showAdmin: boolean;
  /** The authorities tab opens the user's own authority; the list of all is one click from there. */
  ownAuthority: string;
}

export function CompetenceTabs({ current, showAdmin, ownAuthority }: CompetenceTabsProps) {
  const t = useT();
  const active = current === 'authority' ? 'authorities' : current;
  return (
    <nav className="competence-tabs" aria-label={t('competence.tabsLabel')}>
      <ul className="competence-tabs__list">
        {TABS.filter((tab) => showAdmin || tab.view !== 'admin').map((tab) => {
          const href = tab.view === 'authorities' ? authorityPath(ownAuthority) : tab.path;
          return (
            <li key={tab.view}>
              <a
                href={href}
                onClick={routeOnClick(href)}
                className={
                  tab.view === active
                    ? 'competence-tabs__link competence-tabs__link--current'
                    : 'competence-tabs__link'
                }
                aria-current={tab.view === active ? 'page' : undefined}
              >
                {t(tab.labelKey)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
