/**
 * One record: everything it says, Follow, and for its owner authority Silta's proposals, Share (the
 * share dialog with the engine's answer) and the disclosures with Revoke. A record the user may not see
 * answers exactly like a missing one, so both show the not-found page.
 */
import { useRef, useState } from 'react';
import { Button, IconMailSend } from 'suomifi-ui-components';
import { ApiError } from '../../api/client.ts';
import { useMe } from '../../app/session.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';
import { FollowButton } from '../notifications/FollowButton.tsx';
import { ClassificationBadge } from './ClassificationBadge.tsx';
import { DisclosureList } from './DisclosureList.tsx';
import { kindLabel } from './labels.ts';
import { Proposals } from './Proposals.tsx';
import { RecordFields } from './RecordFields.tsx';
import { RECORDS_PATH } from './records.routes.ts';
import type { DisclosureResult } from './records.types.ts';
import { ShareDialog } from './share/ShareDialog.tsx';
import { EMPTY_DRAFT, type ShareDraft } from './share/shareState.ts';
import { useRecord } from './useRecord.ts';
import { useNames, useRecordsConfig } from './useRecordsConfig.ts';

export function RecordDetailView({ id }: { id: string }) {
  const t = useT();
  const me = useMe();
  const config = useRecordsConfig();
  const names = useNames(config.data);
  const record = useRecord(id);
  const [share, setShare] = useState<ShareDraft | null>(null);
  const [notice, setNotice] = useState('');
  const shareButton = useRef<HTMLButtonElement>(null);

  if (record.error instanceof ApiError && record.error.code === 'not_found') return <NotFoundPage />;
  if (!record.data) {
    return (
      <>
        <AppLink href={RECORDS_PATH}>{t('records.back')}</AppLink>
        {record.error !== null ? <ErrorAlert error={record.error} onRetry={record.reload} /> : <Loading />}
      </>
    );
  }

  const data = record.data;
  // Only the owner authority gets the disclosures; recipients never learn who else received it.
  const isOwner = data.ownerAuthority === me.authority.code && data.disclosures !== undefined;

  const shared = (result: DisclosureResult) => {
    setShare(null);
    const recipients = [...new Set(result.disclosures.map((d) => names.authority(d.to)))].join(', ');
    const bases = [...new Set(result.disclosures.map((d) => d.legalBasis))].join('; ');
    setNotice(t('records.share.done', { recipients, bases }));
    record.reload();
    shareButton.current?.focus();
  };

  return (
    <>
      <AppLink href={RECORDS_PATH} className="record-back">
        {t('records.back')}
      </AppLink>
      <PageHeading>{data.title}</PageHeading>
      <p className="record-summary">
        <span>{kindLabel(t, data.kind)}</span>
        <ClassificationBadge classification={data.classification} />
        <span>{t('records.detail.owner', { authority: names.authority(data.ownerAuthority) })}</span>
      </p>
      <div className="record-actions">
        {isOwner && (
          <Button
            ref={shareButton}
            icon={<IconMailSend />}
            disabled={!config.data}
            onClick={() => {
              setNotice('');
              setShare(EMPTY_DRAFT);
            }}
          >
            {t('records.share.open')}
          </Button>
        )}
        <FollowButton subjectType="record" subjectId={data.id} />
      </div>
      <p className="record-notice" role="status">
        {notice}
      </p>
      {isOwner && config.data && (
        <Proposals
          record={data}
          names={names}
          onShare={(draft) => {
            setNotice('');
            setShare(draft);
          }}
        />
      )}
      <RecordFields record={data} names={names} />
      {isOwner && (
        <DisclosureList disclosures={data.disclosures ?? []} names={names} onChanged={record.reload} />
      )}
      {share && config.data && (
        <ShareDialog
          record={data}
          config={config.data}
          names={names}
          initial={share}
          onClose={() => {
            setShare(null);
            shareButton.current?.focus();
          }}
          onShared={shared}
        />
      )}
    </>
  );
}
