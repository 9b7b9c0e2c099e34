/**
 * `/operations`: the operations the user's authority leads or takes part in, by status, and for an
 * operation lead the form for a new one (opened directly by `?initiative=<id>` or `?clockItem=<id>`).
 */
import { useCallback, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { useMe } from '../../app/session.tsx';
import { useApiData } from '../../app/useApiData.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useLiveEvents } from '../notifications/LiveEvents.tsx';
import { useNames, useRecordsConfig } from '../records/useRecordsConfig.ts';
import { OPERATION_STATUSES, STATUS_LABEL } from './labels.ts';
import { NewOperationForm } from './NewOperationForm.tsx';
import { OperationsNav } from './OperationsNav.tsx';
import { operationsApi } from './operations.api.ts';
import { operationPath } from './operations.routes.ts';
import type { OperationStatus, OperationSummary } from './operations.types.ts';

const loadAll = (signal: AbortSignal) => operationsApi.list(null, signal);

function prefillFromAddress(): { initiativeId?: string; clockItemId?: string } | null {
  const params = new URLSearchParams(window.location.search);
  const initiativeId = params.get('initiative') ?? undefined;
  const clockItemId = params.get('clockItem') ?? undefined;
  return initiativeId || clockItemId ? { initiativeId, clockItemId } : null;
}

export function OperationListView() {
  const t = useT();
  const me = useMe();
  const isLead = me.roles.includes('operation_lead');
  const list = useApiData(loadAll);
  const [prefill] = useState(prefillFromAddress);
  const [creating, setCreating] = useState(isLead && prefill !== null);
  const [filter, setFilter] = useState<OperationStatus | 'all'>('all');
  const reload = list.reload;
  useLiveEvents(
    { types: ['operation.created', 'operation.transitioned', 'operation.participant_invited'] },
    useCallback(() => reload(), [reload]),
  );

  const items = list.data ?? [];
  const counts = new Map<OperationStatus, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  const shown = filter === 'all' ? items : items.filter((item) => item.status === filter);

  return (
    <>
      <OperationsNav current="operations" />
      <PageHeading>{t('operations.list.title')}</PageHeading>
      <Paragraph className="lead">{t('operations.list.intro')}</Paragraph>
      {isLead && !creating && (
        <Button className="ops-new" onClick={() => setCreating(true)}>
          {t('operations.new.open')}
        </Button>
      )}
      {creating && <NewOperationForm prefill={prefill ?? {}} onCancel={() => setCreating(false)} />}

      <section aria-labelledby="ops-list-heading" className="ops-section">
        <SectionHeading id="ops-list-heading">{t('operations.list.heading')}</SectionHeading>
        {list.loading && !list.data && <Loading />}
        {list.error !== null && <ErrorAlert error={list.error} onRetry={list.reload} />}
        {list.data && (
          <>
            <fieldset className="ops-filter">
              <legend className="ops-filter__legend">{t('operations.list.filter')}</legend>
              {(['all', ...OPERATION_STATUSES] as const).map((status) => (
                <button
                  key={status}
                  type="button"
                  className="ops-filter__button"
                  aria-pressed={filter === status}
                  onClick={() => setFilter(status)}
                >
                  {status === 'all'
                    ? t('operations.list.all', { count: items.length })
                    : t('operations.list.statusCount', {
                        status: t(STATUS_LABEL[status]),
                        count: counts.get(status) ?? 0,
                      })}
                </button>
              ))}
            </fieldset>
            {shown.length === 0 ? (
              <Paragraph>{t('operations.list.empty')}</Paragraph>
            ) : (
              <ul className="ops-cards">
                {shown.map((item) => (
                  <OperationCard key={item.id} item={item} />
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}

function OperationCard({ item }: { item: OperationSummary }) {
  const t = useT();
  const format = useFormat();
  const names = useNames(useRecordsConfig().data);
  const others = item.participants.filter(
    (p) => p.authority !== item.leadAuthority && p.status !== 'declined',
  );
  return (
    <li className="ops-card">
      <p className="ops-card__title">
        <AppLink href={operationPath(item.id)}>{`${item.reference} · ${item.title}`}</AppLink>
      </p>
      <p className="ops-card__meta">
        <span className={`ops-status ops-status--${item.status}`}>{t(STATUS_LABEL[item.status])}</span>
        <span>{t('operations.card.lead', { authority: names.authority(item.leadAuthority) })}</span>
        {item.startsOn && (
          <span>
            {t('operations.card.dates', {
              start: format.date(item.startsOn),
              end: item.endsOn ? format.date(item.endsOn) : '–',
            })}
          </span>
        )}
      </p>
      {others.length > 0 && (
        <p className="ops-card__meta">
          {t('operations.card.participants', {
            authorities: others.map((p) => names.authority(p.authority)).join(', '),
          })}
        </p>
      )}
      <p className="ops-card__meta">
        {t('operations.card.counts', { targets: item.selectedTargets, followUps: item.openFollowUps })}
      </p>
    </li>
  );
}
