/**
 * Luovutuspyynnöt: requests to my authority (answer the open ones: grant through the engine, or
 * decline with a reason) and the ones my authority sent, with their status. Both boxes reload live
 * when a request is made or answered.
 */
import { useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { useApiData } from '../../../app/useApiData.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useLiveEvents } from '../../notifications/LiveEvents.tsx';
import { recordPath } from '../../records/records.routes.ts';
import { type Names, useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { codeLabel, typeLabel } from '../labels.ts';
import { targetsApi } from '../targets.api.ts';
import { targetPath } from '../targets.routes.ts';
import type { DisclosureRequest } from '../targets.types.ts';
import { GrantPanel } from './GrantPanel.tsx';

const incoming = (signal: AbortSignal) => targetsApi.requests('incoming', signal);
const outgoing = (signal: AbortSignal) => targetsApi.requests('outgoing', signal);

function RequestSummary({
  request,
  box,
  names,
}: {
  request: DisclosureRequest;
  box: 'incoming' | 'outgoing';
  names: Names;
}) {
  const t = useT();
  const format = useFormat();
  const target = request.target.name ?? typeLabel(t, request.target.type);
  return (
    <>
      <h3 className="request__title">
        {box === 'incoming'
          ? t('targets.requests.from', { authority: names.authority(request.fromAuthority), target })
          : t('targets.requests.to', { authority: names.authority(request.toAuthority), target })}
      </h3>
      <p className={`request__status request__status--${request.status}`}>
        {codeLabel(t, 'request', request.status)}
        {request.decidedAt && ` · ${format.dateTime(request.decidedAt)}`}
      </p>
      <dl className="record-dl request__dl">
        <dt>{t('targets.requests.purpose')}</dt>
        <dd>{names.purpose(request.purpose)}</dd>
        {request.categories.length > 0 && (
          <>
            <dt>{t('targets.requests.categories')}</dt>
            <dd>{request.categories.map((c) => names.category(c)).join(', ')}</dd>
          </>
        )}
        <dt>{t('targets.requests.message')}</dt>
        <dd className="request__message">{request.message}</dd>
        <dt>{t('targets.requests.sent')}</dt>
        <dd>
          <time dateTime={request.createdAt}>{format.dateTime(request.createdAt)}</time>
          {request.requestedBy && ` · ${request.requestedBy.displayName}`}
        </dd>
        {request.reason && (
          <>
            <dt>{t('targets.requests.reasonGiven')}</dt>
            <dd>{request.reason}</dd>
          </>
        )}
      </dl>
      {request.target.name !== null && (
        <p className="request__links">
          <AppLink href={targetPath(request.target.type, request.target.id)}>
            {t('targets.requests.openTarget', { target: request.target.name })}
          </AppLink>
        </p>
      )}
      {box === 'outgoing' && request.grantedRecordIds.length > 0 && (
        <ul className="request__records" aria-label={t('targets.requests.grantedRecords')}>
          {request.grantedRecordIds.map((id, index) => (
            <li key={id}>
              <AppLink href={recordPath(id)}>{t('targets.requests.grantedRecord', { n: index + 1 })}</AppLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function RequestsView() {
  const t = useT();
  const config = useRecordsConfig();
  const names = useNames(config.data);
  const inbox = useApiData(incoming);
  const sent = useApiData(outgoing);
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  useLiveEvents({ types: ['disclosure_request.*'] }, () => {
    inbox.reload();
    sent.reload();
  });

  const box = (which: 'incoming' | 'outgoing', data: typeof inbox, title: string, empty: string) => (
    <section className="panel requests-box" aria-labelledby={`requests-${which}`}>
      <SectionHeading id={`requests-${which}`} className="record-section-title">
        {title}
      </SectionHeading>
      {data.data === null && data.error === null && <Loading />}
      {data.error !== null && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {data.data?.length === 0 && <Paragraph>{empty}</Paragraph>}
      {data.data && data.data.length > 0 && (
        <ul className="requests">
          {data.data.map((request) => (
            <li key={request.id} className="request">
              <RequestSummary request={request} box={which} names={names} />
              {which === 'incoming' && request.status === 'open' && (
                <>
                  <Button
                    variant="secondary"
                    aria-expanded={open === request.id}
                    onClick={() => setOpen(open === request.id ? null : request.id)}
                  >
                    {t('targets.requests.answer')}
                  </Button>
                  {open === request.id && config.data && (
                    <GrantPanel
                      request={request}
                      config={config.data}
                      names={names}
                      onAnswered={(text) => {
                        setOpen(null);
                        setNotice(text);
                        inbox.reload();
                      }}
                    />
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <>
      <PageHeading>{t('targets.requests.title')}</PageHeading>
      <Paragraph className="lead">{t('targets.requests.intro')}</Paragraph>
      <p className="record-notice" role="status">
        {notice}
      </p>
      {box('incoming', inbox, t('targets.requests.incoming'), t('targets.requests.noIncoming'))}
      {box('outgoing', sent, t('targets.requests.outgoing'), t('targets.requests.noOutgoing'))}
    </>
  );
}
