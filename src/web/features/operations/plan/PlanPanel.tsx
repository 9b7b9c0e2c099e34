/**
 * The supervision plan tab: the plan as this reader may see it (target cards assembled for them by the
 * server), the lead's editor (a save is a new version), approval, sharing with each participant's
 * answer from the competence map, the versions, the PDF and a print-friendly page. Reloads live on the
 * plan's events.
 */
import { useCallback, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { ApiError } from '../../../api/client.ts';
import { useApiData } from '../../../app/useApiData.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { useLiveEvents } from '../../notifications/LiveEvents.tsx';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { useOperationData } from '../useOperation.ts';
import { PlanDocument } from './PlanDocument.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { type Plan, planApi, type ShareResult } from './plan.api.ts';
import './plan.css';

const PLAN_EVENTS = [
  'operation.plan_saved',
  'operation.plan_approved',
  'operation.plan_shared',
  'operation.transitioned',
];
const loadVersions = (id: string, signal: AbortSignal) => planApi.versions(id, signal);

export function PlanPanel({ operationId }: { operationId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const fmt = useFormat();
  const names = useNames(useRecordsConfig().data);
  const [version, setVersion] = useState<number | null>(null);
  const load = useCallback(
    (signal: AbortSignal) => planApi.get(operationId, locale, version, signal),
    [operationId, locale, version],
  );
  const plan = useApiData(load);
  useLiveEvents({ types: PLAN_EVENTS, subjectId: operationId }, plan.reload);
  const versions = useOperationData(operationId, loadVersions, PLAN_EVENTS);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [shared, setShared] = useState<ShareResult | null>(null);
  const [busy, setBusy] = useState(false);

  if (plan.error instanceof ApiError && plan.error.code === 'not_found')
    return <Paragraph className="ops-note">{t('operations.plan.noPlan')}</Paragraph>;
  if (!plan.data) return plan.error ? <ErrorAlert error={plan.error} onRetry={plan.reload} /> : <Loading />;
  const data: Plan = plan.data;
  const lead = data.you.lead;

  const act = async (run: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      setNotice(await run());
      plan.reload();
      versions.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const statusText =
    data.status === 'unsaved'
      ? t('operations.plan.status.unsaved')
      : data.status === 'approved'
        ? t('operations.plan.status.approved', {
            version: String(data.version),
            date: data.approvedAt ? fmt.date(data.approvedAt) : '',
          })
        : t(`operations.plan.status.${data.status}`, { version: String(data.version) });

  return (
    <div className="plan">
      <div className="plan__head">
        <SectionHeading id="plan-title">{t('operations.plan.title')}</SectionHeading>
        <p className="plan__status">{statusText}</p>
        {data.sharedWithYou && (
          <p className="plan__meta">
            {t('operations.plan.sharedWithYou', { basis: data.sharedWithYou.legalBasis })}
          </p>
        )}
        {lead && data.shares && data.status !== 'unsaved' && (
          <p className="plan__meta">
            {data.shares.length
              ? t('operations.plan.sharedTo', {
                  list: data.shares
                    .map((s) => `${names.authority(s.authority)} (${s.legalBasis})`)
                    .join(', '),
                })
              : t('operations.plan.notShared')}
          </p>
        )}
        <p className="plan__meta">
          {t('operations.plan.categories', { list: data.categories.map(names.category).join(', ') })}
        </p>
        <p className="plan__meta">{t('operations.plan.readerNote')}</p>
      </div>

      <div className="plan__actions no-print">
        {data.you.mayEdit && !editing && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('operations.plan.edit')}
          </Button>
        )}
        {lead && data.status === 'draft' && data.operationStatus === 'planning' && !editing && (
          <Button
            disabled={busy}
            onClick={() =>
              act(async () => {
                await planApi.approve(operationId);
                return t('operations.plan.approved');
              })
            }
          >
            {t('operations.plan.approve')}
          </Button>
        )}
        {lead && data.status === 'approved' && (
          <Button
            disabled={busy}
            onClick={() =>
              act(async () => {
                const result = await planApi.share(operationId);
                setShared(result);
                return '';
              })
            }
          >
            {t('operations.plan.share')}
          </Button>
        )}
        <a className="plan__link" href={planApi.pdfUrl(operationId, locale, data.version)} download>
          {t('operations.plan.pdf')}
        </a>
        <Button variant="secondaryNoBorder" onClick={() => window.print()}>
          {t('operations.plan.print')}
        </Button>
      </div>
      <p role="status" className="ops-notice no-print">
        {notice}
      </p>
      {error !== null && <ErrorAlert error={error} />}

      {shared && (
        <section className="plan__share no-print" aria-labelledby="plan-share">
          <h3 id="plan-share">{t('operations.plan.shareResults')}</h3>
          {shared.results.length === 0 ? (
            <p>{t('operations.plan.shareNone')}</p>
          ) : (
            <ul>
              {shared.results.map((r) => (
                <li key={r.authority} className={r.allowed ? 'plan__share--ok' : 'plan__share--refused'}>
                  {r.allowed
                    ? t(r.alreadyShared ? 'operations.plan.shareAlready' : 'operations.plan.shareAllowed', {
                        authority: names.authority(r.authority),
                        basis: r.legalBasis ?? '',
                      })
                    : t('operations.plan.shareRefused', {
                        authority: names.authority(r.authority),
                        why: r.explanation[locale],
                      })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {editing ? (
        <PlanEditor
          plan={data}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setVersion(null);
            setNotice(t('operations.plan.saved', { version: String(saved) }));
            plan.reload();
            versions.reload();
          }}
        />
      ) : (
        <PlanDocument plan={data} />
      )}

      {versions.data && versions.data.length > 0 && (
        <section className="plan__versions no-print" aria-labelledby="plan-versions">
          <h3 id="plan-versions">{t('operations.plan.versions')}</h3>
          <ol>
            {versions.data.map((v) => (
              <li key={v.id}>
                <span>
                  {v.status === 'approved'
                    ? t('operations.plan.status.approved', {
                        version: String(v.version),
                        date: v.approvedAt ? fmt.date(v.approvedAt) : '',
                      })
                    : t(`operations.plan.status.${v.status}`, { version: String(v.version) })}
                  {v.sharedWith?.length ? ` · ${v.sharedWith.map(names.authority).join(', ')}` : ''}
                </span>
                {v.version !== data.version && (
                  <Button
                    variant="secondaryNoBorder"
                    aria-label={t('operations.plan.version', { version: String(v.version) })}
                    onClick={() => {
                      setEditing(false);
                      setVersion(v.version);
                    }}
                  >
                    {t('operations.plan.view')}
                  </Button>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
