/**
 * One joint operation: its reference and title, the phase stepper, an invitation to answer (for an
 * invited authority), the lead's transitions with what stands in their way, and the tabs
 * (operationTabs.ts). Reloads live on the operation's events. Refused and missing answer the same.
 */
import { useMemo } from 'react';
import { ApiError } from '../../api/client.ts';
import { AppLink, routeOnClick } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { useNames, useRecordsConfig } from '../records/useRecordsConfig.ts';
import { InvitationBanner } from './InvitationBanner.tsx';
import { OPERATIONS_PATH, operationPath } from './operations.routes.ts';
import { findTab, tabs } from './operationTabs.ts';
import { PhaseStepper } from './PhaseStepper.tsx';
import { TransitionBar } from './TransitionBar.tsx';
import { OperationContext, useOperation } from './useOperation.ts';

export function OperationDetailView({ id, tab }: { id: string; tab: string | null }) {
  const t = useT();
  const names = useNames(useRecordsConfig().data);
  const operation = useOperation(id);
  const context = useMemo(
    () => (operation.data ? { operation: operation.data, reload: operation.reload } : null),
    [operation.data, operation.reload],
  );
  const current = findTab(tab);

  if (!current || (operation.error instanceof ApiError && operation.error.code === 'not_found')) {
    return <NotFoundPage />;
  }
  if (!operation.data || !context) {
    return (
      <>
        <AppLink href={OPERATIONS_PATH}>{t('operations.detail.back')}</AppLink>
        {operation.error !== null ? (
          <ErrorAlert error={operation.error} onRetry={operation.reload} />
        ) : (
          <Loading />
        )}
      </>
    );
  }
  const data = operation.data;
  const Panel = current.element;

  return (
    <OperationContext.Provider value={context}>
      <AppLink href={OPERATIONS_PATH} className="ops-back">
        {t('operations.detail.back')}
      </AppLink>
      <p className="ops-reference">{data.reference}</p>
      <PageHeading>{data.title}</PageHeading>
      <p className="ops-card__meta">
        {t('operations.card.lead', { authority: names.authorityLong(data.leadAuthority) })}
      </p>
      <PhaseStepper status={data.status} />
      <InvitationBanner operation={data} names={names} onChanged={operation.reload} />
      {data.you.lead && <TransitionBar operation={data} onChanged={operation.reload} />}
      <nav className="ops-tabs" aria-label={t('operations.tab.label')}>
        <ul className="ops-tabs__list">
          {tabs.map((item) => {
            const href = operationPath(data.id, item.key === tabs[0]?.key ? undefined : item.key);
            const active = item.key === current.key;
            return (
              <li key={item.key}>
                <a
                  href={href}
                  onClick={routeOnClick(href)}
                  className={active ? 'ops-tabs__link ops-tabs__link--current' : 'ops-tabs__link'}
                  aria-current={active ? 'page' : undefined}
                >
                  {t(item.labelKey)}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="ops-tab-panel">
        <Panel operationId={data.id} />
      </div>
    </OperationContext.Provider>
  );
}
