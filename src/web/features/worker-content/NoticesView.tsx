/**
 * Notices: one-way announcements in the worker app, targeted by language and sector, with an expiry.
 * Publishing, changing or deleting a live notice updates the app at once.
 */
import { useState } from 'react';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useApiData } from '../../app/useApiData.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { sectorLabel } from './labels.ts';
import { NoticeForm } from './NoticeForm.tsx';
import { workerContentApi } from './workerContent.api.ts';
import { WORKER_CONTENT_PATH } from './workerContent.routes.ts';
import type { Notice, NoticeStatus } from './workerContent.types.ts';

const STATUS_KEY: Record<NoticeStatus, MessageKey> = {
  draft: 'workerContent.notice.status.draft',
  live: 'workerContent.notice.status.live',
  expired: 'workerContent.notice.status.expired',
};

export function NoticesView() {
  const t = useT();
  const notices = useApiData(workerContentApi.notices);
  const overview = useApiData(workerContentApi.pages);
  const [editing, setEditing] = useState<Notice | 'new' | null>(null);
  const [removing, setRemoving] = useState<Notice | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const remove = async (notice: Notice) => {
    setRemoving(null);
    setError(null);
    try {
      await workerContentApi.deleteNotice(notice.id);
      setMessage(t('workerContent.notice.deleted'));
      notices.reload();
    } catch (reason) {
      setError(reason);
    }
  };

  return (
    <>
      <p className="wc-crumb">
        <AppLink href={WORKER_CONTENT_PATH}>{t('workerContent.title')}</AppLink>
      </p>
      <PageHeading>{t('workerContent.notices.title')}</PageHeading>
      <Paragraph className="lead">{t('workerContent.notices.intro')}</Paragraph>
      {message && (
        <InlineAlert status="neutral" className="wc-message" role="status">
          {message}
        </InlineAlert>
      )}
      {error !== null && <ErrorAlert error={error} />}

      {editing === null ? (
        <Button
          className="wc-new"
          onClick={() => {
            setMessage(null);
            setEditing('new');
          }}
        >
          {t('workerContent.notices.new')}
        </Button>
      ) : (
        overview.data && (
          <NoticeForm
            key={editing === 'new' ? 'new' : editing.id}
            notice={editing === 'new' ? null : editing}
            languages={overview.data.languages}
            onDone={(text) => {
              setEditing(null);
              setMessage(text);
              notices.reload();
            }}
            onCancel={() => setEditing(null)}
          />
        )
      )}

      <section aria-labelledby="wc-notices-list">
        <SectionHeading id="wc-notices-list">{t('workerContent.notices.list')}</SectionHeading>
        {notices.loading && <Loading />}
        {notices.error !== null && <ErrorAlert error={notices.error} onRetry={notices.reload} />}
        {notices.data?.length === 0 && <Paragraph>{t('workerContent.notices.empty')}</Paragraph>}
        <ul className="wc-notices">
          {(notices.data ?? []).map((notice) => (
            <li key={notice.id}>
              <NoticeCard
                notice={notice}
                languageName={(code) =>
                  overview.data?.languages.find((l) => l.code === code)?.englishName ?? code
                }
                onEdit={() => {
                  setMessage(null);
                  setEditing(notice);
                }}
                onDelete={() => setRemoving(notice)}
              />
            </li>
          ))}
        </ul>
      </section>

      {removing && (
        <ConfirmDialog
          title={t('workerContent.confirm.deleteTitle')}
          text={t('workerContent.confirm.deleteText')}
          confirm={t('workerContent.notice.delete')}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </>
  );
}

interface NoticeCardProps {
  notice: Notice;
  languageName: (code: string) => string;
  onEdit: () => void;
  onDelete: () => void;
}

function NoticeCard({ notice, languageName, onEdit, onDelete }: NoticeCardProps) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const title =
    notice.title[locale] ?? notice.title.en ?? notice.title.fi ?? Object.values(notice.title)[0] ?? '';
  const headingId = `wc-notice-${notice.id}`;
  return (
    <article className="panel wc-notice" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel__title">
        {title}
      </h3>
      <p className="wc-notice__meta">
        <span className={`wc-notice-status wc-notice-status--${notice.status}`}>
          {t(STATUS_KEY[notice.status])}
        </span>
        {` · ${t('workerContent.notice.expires', { date: format.dateTime(notice.expiresAt) })}`}
      </p>
      <dl className="wc-notice__facts">
        <dt>{t('workerContent.notice.targets')}</dt>
        <dd>
          {notice.languages.length === 0
            ? t('workerContent.notice.allLanguages')
            : notice.languages.map(languageName).join(', ')}
        </dd>
        <dt>{t('workerContent.notice.sectors')}</dt>
        <dd>
          {notice.sectors.length === 0
            ? t('workerContent.notice.noSectors')
            : notice.sectors.map((s) => sectorLabel(t, s)).join(', ')}
        </dd>
        <dt>{t('workerContent.notice.writtenIn')}</dt>
        <dd>{Object.keys(notice.title).map(languageName).join(', ')}</dd>
      </dl>
      <div className="wc-actions">
        <Button
          variant="secondary"
          onClick={onEdit}
          aria-label={t('workerContent.notice.editLabel', { title })}
        >
          {t('workerContent.notice.edit')}
        </Button>
        <Button
          variant="secondaryNoBorder"
          onClick={onDelete}
          aria-label={t('workerContent.notice.deleteLabel', { title })}
        >
          {t('workerContent.notice.delete')}
        </Button>
      </div>
    </article>
  );
}
