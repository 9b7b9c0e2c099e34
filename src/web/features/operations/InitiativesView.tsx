/**
 * `/operations/initiatives`: the supervision initiatives of the user's authority and those addressed
 * to it, and the form for a new one (opened directly by `?clockItem=<id>` from the annual clock).
 */
import { useCallback, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { navigate } from '../../app/router.ts';
import { useMe } from '../../app/session.tsx';
import { useApiData } from '../../app/useApiData.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { useNames, useRecordsConfig } from '../records/useRecordsConfig.ts';
import { InitiativeForm } from './InitiativeForm.tsx';
import { INITIATIVE_STATUS_LABEL } from './labels.ts';
import { OperationsNav } from './OperationsNav.tsx';
import { operationsApi } from './operations.api.ts';
import { initiativePath } from './operations.routes.ts';
import type { ClockItem } from './operations.types.ts';

const loadInitiatives = (signal: AbortSignal) => operationsApi.initiatives(signal);

/** The clock item named by `?clockItem=<id>`, looked up in this and next year's clock. */
async function findClockItem(id: string | null, signal: AbortSignal): Promise<ClockItem | null> {
  if (!id) return null;
  const year = new Date().getFullYear();
  for (const y of [year, year + 1, year - 1]) {
    const found = (await operationsApi.clock(y, signal)).find((item) => item.id === id);
    if (found) return found;
  }
  return null;
}

export function InitiativesView() {
  const t = useT();
  const me = useMe();
  const format = useFormat();
  const names = useNames(useRecordsConfig().data);
  const list = useApiData(loadInitiatives);
  const [clockItemId] = useState(() => new URLSearchParams(window.location.search).get('clockItem'));
  const loadClockItem = useCallback(
    (signal: AbortSignal) => findClockItem(clockItemId, signal),
    [clockItemId],
  );
  const clockItem = useApiData(loadClockItem);
  const [creating, setCreating] = useState(clockItemId !== null);
  const items = list.data ?? [];
  const own = items.filter((item) => item.ownerAuthority === me.authority.code);
  const received = items.filter((item) => item.ownerAuthority !== me.authority.code);

  return (
    <>
      <OperationsNav current="initiatives" />
      <PageHeading>{t('operations.initiatives.title')}</PageHeading>
      <Paragraph className="lead">{t('operations.initiatives.intro')}</Paragraph>
      {!creating && (
        <Button className="ops-new" onClick={() => setCreating(true)}>
          {t('operations.initiative.new')}
        </Button>
      )}
      {creating && (clockItemId === null || !clockItem.loading) && (
        <InitiativeForm
          clockItem={clockItem.data}
          onCancel={() => setCreating(false)}
          onSaved={(saved) => navigate(initiativePath(saved.id))}
        />
      )}
      {list.loading && !list.data && <Loading />}
      {list.error !== null && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {list.data &&
        (
          [
            ['own', own, 'operations.initiatives.own'],
            ['received', received, 'operations.initiatives.received'],
          ] as const
        ).map(([key, group, heading]) => (
          <section key={key} className="ops-section" aria-labelledby={`initiatives-${key}`}>
            <SectionHeading id={`initiatives-${key}`}>{t(heading)}</SectionHeading>
            {group.length === 0 ? (
              <Paragraph>{t('operations.initiatives.empty')}</Paragraph>
            ) : (
              <ul className="ops-cards">
                {group.map((item) => (
                  <li key={item.id} className="ops-card">
                    <p className="ops-card__title">
                      <AppLink href={initiativePath(item.id)}>{item.title}</AppLink>
                    </p>
                    <p className="ops-card__meta">
                      <span className={`ops-status ops-status--initiative-${item.status}`}>
                        {t(INITIATIVE_STATUS_LABEL[item.status])}
                      </span>
                      <span>{names.authority(item.ownerAuthority)}</span>
                      <span>{format.date(item.createdAt)}</span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
    </>
  );
}
