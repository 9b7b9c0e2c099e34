/**
 * One supervision initiative: what it says, its evidence (only records the reader may see), and for
 * the owner the authorities it was addressed to with the legal basis, "address to authorities" (the
 * engine decides each) and withdraw; for a recipient, decline; for an operation lead, "start an
 * operation" from it. A refused initiative answers like a missing one.
 */
import { useCallback, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../api/client.ts';
import { useMe } from '../../app/session.tsx';
import { useApiData } from '../../app/useApiData.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { ISSUE_LABEL } from '../competence/issues.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { classificationLabel, kindLabel } from '../records/labels.ts';
import { recordPath } from '../records/records.routes.ts';
import { useNames, useRecordsConfig } from '../records/useRecordsConfig.ts';
import { AddressDialog } from './AddressDialog.tsx';
import { useSectorNames } from './FormParts.tsx';
import { INITIATIVE_STATUS_LABEL } from './labels.ts';
import { operationsApi } from './operations.api.ts';
import { INITIATIVES_PATH, OPERATIONS_PATH, operationPath, withQuery } from './operations.routes.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

export function InitiativeDetailView({ id }: { id: string }) {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const format = useFormat();
  const config = useRecordsConfig();
  const names = useNames(config.data);
  const sectorNames = useSectorNames();
  const load = useCallback((signal: AbortSignal) => operationsApi.initiative(id, signal), [id]);
  const initiative = useApiData(load);
  const loadSeats = useCallback(
    (signal: AbortSignal) => operationsApi.initiativeSuggestions(id, signal),
    [id],
  );
  const seats = useApiData(loadSeats);
  const [addressing, setAddressing] = useState(false);
  const [declining, setDeclining] = useState(false);

  if (initiative.error instanceof ApiError && initiative.error.code === 'not_found') return <NotFoundPage />;
  if (!initiative.data) {
    return (
      <>
        <AppLink href={INITIATIVES_PATH}>{t('operations.initiative.back')}</AppLink>
        {initiative.error !== null ? (
          <ErrorAlert error={initiative.error} onRetry={initiative.reload} />
        ) : (
          <Loading />
        )}
      </>
    );
  }
  const data = initiative.data;
  const owner = data.ownerAuthority === me.authority.code;
  const open = data.status === 'open';
  const suggested = (seats.data ?? [])
    .map((seat) => seat.authority)
    .filter((code) => code !== data.ownerAuthority);

  return (
    <>
      <AppLink href={INITIATIVES_PATH} className="ops-back">
        {t('operations.initiative.back')}
      </AppLink>
      <PageHeading>{data.title}</PageHeading>
      <p className="ops-card__meta">
        <span className={`ops-status ops-status--initiative-${data.status}`}>
          {t(INITIATIVE_STATUS_LABEL[data.status])}
        </span>
        <span>{t('operations.initiative.by', { authority: names.authority(data.ownerAuthority) })}</span>
        <span>{format.date(data.createdAt)}</span>
        <span>{classificationLabel(t, data.classification)}</span>
      </p>
      {data.statusReason && (
        <Paragraph>{t('operations.initiative.reason', { reason: data.statusReason })}</Paragraph>
      )}
      <div className="ops-actions">
        {data.mayAddress && (
          <Button disabled={!config.data} onClick={() => setAddressing(true)}>
            {t('operations.address.open')}
          </Button>
        )}
        {open && me.roles.includes('operation_lead') && (
          <AppLink href={withQuery(OPERATIONS_PATH, { initiative: data.id })} className="ops-button-link">
            {t('operations.initiative.startOperation')}
          </AppLink>
        )}
        {data.operationId && (
          <AppLink href={operationPath(data.operationId)}>{t('operations.initiative.openOperation')}</AppLink>
        )}
        {open && (
          <Button variant="secondary" onClick={() => setDeclining(true)}>
            {owner ? t('operations.initiative.withdraw') : t('operations.initiative.decline')}
          </Button>
        )}
      </div>

      <dl className="ops-facts panel">
        <dt>{t('operations.initiative.need')}</dt>
        <dd className="ops-text">{data.need}</dd>
        {data.observations && (
          <>
            <dt>{t('operations.initiative.observations')}</dt>
            <dd className="ops-text">{data.observations}</dd>
          </>
        )}
        {data.analysis && (
          <>
            <dt>{t('operations.initiative.analysis')}</dt>
            <dd className="ops-text">{data.analysis}</dd>
          </>
        )}
        <dt>{t('operations.input.issueAreas')}</dt>
        <dd>{data.issueAreas.map((area) => t(ISSUE_LABEL[area])).join(', ')}</dd>
        {data.sectors.length > 0 && (
          <>
            <dt>{t('operations.input.sectors')}</dt>
            <dd>{sectorNames(data.sectors)}</dd>
          </>
        )}
        {data.municipalities.length > 0 && (
          <>
            <dt>{t('operations.input.municipalities')}</dt>
            <dd>{data.municipalities.join(', ')}</dd>
          </>
        )}
        {data.categories.length > 0 && (
          <>
            <dt>{t('operations.initiative.categories')}</dt>
            <dd>{data.categories.map((code) => names.category(code)).join(', ')}</dd>
          </>
        )}
      </dl>

      {(data.records ?? []).length > 0 && (
        <section className="ops-section" aria-labelledby="initiative-records">
          <SectionHeading id="initiative-records">{t('operations.initiative.records')}</SectionHeading>
          <ul className="ops-plain-list">
            {(data.records ?? []).map((record) => (
              <li key={record.id}>
                <AppLink href={recordPath(record.id)}>{record.title}</AppLink>
                {` (${kindLabel(t, record.kind)})`}
              </li>
            ))}
          </ul>
        </section>
      )}

      {owner && (
        <section className="ops-section" aria-labelledby="initiative-addressed">
          <SectionHeading id="initiative-addressed">{t('operations.initiative.addressed')}</SectionHeading>
          {(data.addressedTo ?? []).length === 0 ? (
            <Paragraph>{t('operations.initiative.notAddressed')}</Paragraph>
          ) : (
            <ul className="ops-plain-list">
              {(data.addressedTo ?? []).map((a) => (
                <li key={a.authority}>
                  {t('operations.initiative.addressedRow', {
                    authority: names.authorityLong(a.authority),
                    basis: a.legalBasis,
                    date: format.date(a.disclosedAt),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {seats.data && seats.data.length > 0 && (
        <section className="ops-section" aria-labelledby="initiative-seats">
          <SectionHeading id="initiative-seats">{t('operations.initiative.seats')}</SectionHeading>
          <ul className="ops-plain-list">
            {seats.data.map((seat) => (
              <li key={seat.authority}>
                <strong>{names.authority(seat.authority)}</strong>
                {`: ${seat.why[locale]}`}
              </li>
            ))}
          </ul>
        </section>
      )}

      {addressing && config.data && (
        <AddressDialog
          initiative={data}
          config={config.data}
          names={names}
          suggested={suggested}
          onClose={(changed) => {
            setAddressing(false);
            if (changed) initiative.reload();
          }}
        />
      )}
      {declining && (
        <ReasonDialog
          title={owner ? t('operations.initiative.withdraw') : t('operations.initiative.decline')}
          intro={owner ? t('operations.initiative.withdrawIntro') : t('operations.initiative.declineIntro')}
          confirmText={owner ? t('operations.initiative.withdraw') : t('operations.initiative.decline')}
          onClose={() => setDeclining(false)}
          onConfirm={async (reason) => {
            await operationsApi.declineInitiative(data.id, reason);
            setDeclining(false);
            initiative.reload();
          }}
        />
      )}
    </>
  );
}
