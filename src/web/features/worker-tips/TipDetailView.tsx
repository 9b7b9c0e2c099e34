/** One tip: the message, what the sender chose to tell, the replies, and a reply form. */
import { type FormEvent, useCallback, useState } from 'react';
import { Button, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import { useApiData } from '../../app/useApiData.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { sectorLabel } from '../worker-content/labels.ts';
import { classificationLabel, languageName } from './labels.ts';
import { workerTipsApi } from './workerTips.api.ts';
import { WORKER_TIPS_PATH } from './workerTips.routes.ts';

export function TipDetailView({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const load = useCallback((signal: AbortSignal) => workerTipsApi.get(id, signal), [id]);
  const tip = useApiData(load);
  const [reply, setReply] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const [empty, setEmpty] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!reply.trim()) {
      setEmpty(true);
      return;
    }
    setSending(true);
    setError(null);
    try {
      await workerTipsApi.reply(id, reply.trim());
      setReply('');
      setSent(true);
      tip.reload();
    } catch (reason) {
      setError(reason);
    } finally {
      setSending(false);
    }
  };

  const data = tip.data;
  return (
    <>
      <p className="wc-crumb">
        <AppLink href={WORKER_TIPS_PATH}>{t('workerTips.title')}</AppLink>
      </p>
      <PageHeading>{t('workerTips.detail.title')}</PageHeading>
      {tip.loading && !data && <Loading />}
      {tip.error !== null && <ErrorAlert error={tip.error} onRetry={tip.reload} />}
      {data && (
        <>
          <section className="panel" aria-labelledby="wt-message-title">
            <SectionHeading id="wt-message-title">{t('workerTips.detail.message')}</SectionHeading>
            <p className="wt-body" dir="auto">
              {data.body}
            </p>
            <dl className="wt-facts">
              <dt>{t('workerTips.col.received')}</dt>
              <dd>{format.dateTime(data.createdAt)}</dd>
              <dt>{t('workerTips.col.language')}</dt>
              <dd>{data.language ? languageName(data.language) : '–'}</dd>
              <dt>{t('workerTips.col.sector')}</dt>
              <dd>{data.sector ? sectorLabel(t, data.sector) : '–'}</dd>
              <dt>{t('workerTips.col.place')}</dt>
              <dd>{data.municipality ?? '–'}</dd>
              <dt>{t('workerTips.detail.contact')}</dt>
              <dd>{data.contact ?? t('workerTips.detail.anonymous')}</dd>
              <dt>{t('workerTips.detail.classification')}</dt>
              <dd>
                {classificationLabel(t, data.classification)}
                {data.secrecyBasis && ` · ${data.secrecyBasis}`}
              </dd>
              <dt>{t('workerTips.detail.retention')}</dt>
              <dd>{format.date(data.retentionUntil)}</dd>
            </dl>
          </section>

          <section className="panel" aria-labelledby="wt-replies-title">
            <SectionHeading id="wt-replies-title">{t('workerTips.detail.replies')}</SectionHeading>
            {data.replies.length === 0 && <Paragraph>{t('workerTips.detail.noReplies')}</Paragraph>}
            <ol className="wt-replies">
              {data.replies.map((r) => (
                <li key={r.id}>
                  <p className="wt-reply__meta">
                    {t('workerTips.detail.replyMeta', {
                      date: format.dateTime(r.createdAt),
                      by: r.createdBy ?? '–',
                    })}
                  </p>
                  <p className="wt-body" dir="auto">
                    {r.body}
                  </p>
                </li>
              ))}
            </ol>
            <form noValidate onSubmit={send} className="wt-reply-form">
              <Textarea
                id="wt-reply"
                labelText={t('workerTips.detail.replyLabel')}
                hintText={t('workerTips.detail.replyHint')}
                value={reply}
                onChange={(event) => {
                  setReply(event.target.value);
                  setEmpty(false);
                  setSent(false);
                }}
                fullWidth
                resize="vertical"
                rows={4}
                maxLength={4000}
                {...(empty
                  ? { status: 'error' as const, statusText: t('workerTips.detail.replyEmpty') }
                  : {})}
              />
              {error !== null && <ErrorAlert error={error} />}
              {sent && (
                <InlineAlert status="neutral" role="status" className="wc-message">
                  {t('workerTips.detail.replySent')}
                </InlineAlert>
              )}
              <Button type="submit" disabled={sending}>
                {t('workerTips.detail.send')}
              </Button>
            </form>
          </section>
        </>
      )}
    </>
  );
}
