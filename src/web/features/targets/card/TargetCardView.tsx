/**
 * Kohdekortti: everything the user may see about one target — its facts, links, the subcontracting
 * chain (drawn and as a list), the records about it they may see, and what other authorities hold on
 * it (hits) with Request disclosure. Follow the target; a company's duplicates can be merged into it
 * (and a merge undone) by those who may change it. The card reloads itself when a live event concerns
 * it (a new record, a disclosure to us, a change, a link or a merge). A target the user may not see
 * answers exactly like a missing one.
 */
import { useCallback, useState } from 'react';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../../api/client.ts';
import { useApiData } from '../../../app/useApiData.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../../not-found/NotFoundPage.tsx';
import { FollowButton } from '../../notifications/FollowButton.tsx';
import { useLiveEvents } from '../../notifications/LiveEvents.tsx';
import { ClassificationBadge } from '../../records/ClassificationBadge.tsx';
import { RecordTable } from '../../records/RecordTable.tsx';
import { NEW_RECORD_PATH } from '../../records/records.routes.ts';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { HitList } from '../HitList.tsx';
import { targetName, typeLabel } from '../labels.ts';
import { RequestDialog } from '../RequestDialog.tsx';
import { targetsApi } from '../targets.api.ts';
import { TARGETS_PATH } from '../targets.routes.ts';
import type { Hit, TargetType } from '../targets.types.ts';
import { ChainGraph } from './ChainGraph.tsx';
import { MergePanel } from './MergePanel.tsx';
import { TargetFacts } from './TargetFacts.tsx';
import { TargetLinks } from './TargetLinks.tsx';

const LIVE_TYPES = ['record.*', 'target.*', 'disclosure_request.*'];

export function TargetCardView({ type, id }: { type: TargetType; id: string }) {
  const t = useT();
  const config = useRecordsConfig();
  const names = useNames(config.data);
  const load = useCallback((signal: AbortSignal) => targetsApi.card(type, id, signal), [type, id]);
  const card = useApiData(load);
  const [requesting, setRequesting] = useState<Hit | null>(null);
  const [notice, setNotice] = useState('');
  useLiveEvents({ types: LIVE_TYPES }, (event) => {
    if (event.subjectId === id || event.targetIds.includes(id)) card.reload();
  });

  if (card.error instanceof ApiError && card.error.code === 'not_found') return <NotFoundPage />;
  if (!card.data) {
    return (
      <>
        <AppLink href={TARGETS_PATH}>{t('targets.card.back')}</AppLink>
        {card.error !== null ? <ErrorAlert error={card.error} onRetry={card.reload} /> : <Loading />}
      </>
    );
  }

  const data = card.data;
  const { target } = data;
  const name = targetName(target);
  const hasChain = target.type === 'company' && data.chain.edges.length > 0;
  // A merged company says first where it went; otherwise duplicates come after the facts.
  const merged = target.type === 'company' && target.status === 'merged';
  const mergePanel = target.type === 'company' && (
    <MergePanel
      company={target}
      names={names}
      onChanged={(text) => {
        setNotice(text);
        card.reload();
      }}
    />
  );

  return (
    <>
      <AppLink href={TARGETS_PATH} className="record-back">
        {t('targets.card.back')}
      </AppLink>
      <PageHeading>{name}</PageHeading>
      <p className="record-summary target-summary">
        <span>{typeLabel(t, target.type)}</span>
        {target.type === 'company' && <span>{target.businessId}</span>}
        <ClassificationBadge classification={target.classification} />
        <span>{t('targets.card.owner', { authority: names.authority(target.ownerAuthority) })}</span>
      </p>
      {target.type === 'person' && target.under18 && (
        <InlineAlert status="warning" className="target-minor" labelText={t('targets.person.under18')}>
          {t('targets.person.under18Protection')}
        </InlineAlert>
      )}
      <div className="record-actions">
        <FollowButton subjectType="target" subjectId={target.id} />
        {target.type === 'company' && (
          <AppLink
            href={`${NEW_RECORD_PATH}?company=${encodeURIComponent(target.id)}`}
            className="target-new-record"
          >
            {t('targets.card.newRecord')}
          </AppLink>
        )}
      </div>
      <p className="record-notice target-notice" role="status">
        {notice}
      </p>

      {merged && mergePanel}
      <TargetFacts target={target} company={data.links.company} names={names} />
      {!merged && mergePanel}
      <TargetLinks card={data} />

      {hasChain && (
        <section className="panel" aria-labelledby="target-chain-title">
          <SectionHeading id="target-chain-title" className="record-section-title">
            {t('targets.card.chain')}
          </SectionHeading>
          <Paragraph className="chain__intro">{t('targets.card.chainIntro')}</Paragraph>
          <ChainGraph chain={data.chain} currentId={target.id} />
        </section>
      )}

      <section className="panel" aria-labelledby="target-records-title">
        <SectionHeading id="target-records-title" className="record-section-title">
          {t('targets.card.records')}
        </SectionHeading>
        {data.records.length > 0 ? (
          <RecordTable records={data.records} names={names} />
        ) : (
          <Paragraph>{t('targets.card.noRecords')}</Paragraph>
        )}
      </section>

      <section className="panel hits-panel" aria-labelledby="target-hits-title">
        <SectionHeading id="target-hits-title" className="record-section-title">
          {t('targets.hits.title')}
        </SectionHeading>
        {data.hits.length > 0 ? (
          <>
            <Paragraph className="hits-panel__intro">{t('targets.hits.intro')}</Paragraph>
            <HitList hits={data.hits} names={names} onRequest={setRequesting} />
          </>
        ) : (
          <Paragraph>{t('targets.hits.none')}</Paragraph>
        )}
      </section>

      {requesting && config.data && (
        <RequestDialog
          hit={requesting}
          targetName={name}
          config={config.data}
          names={names}
          onClose={(sent) => {
            setRequesting(null);
            if (sent)
              setNotice(t('targets.request.sentNotice', { authority: names.authority(sent.toAuthority) }));
          }}
        />
      )}
    </>
  );
}
