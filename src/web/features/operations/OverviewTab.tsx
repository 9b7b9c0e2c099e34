/**
 * Yleiskuva: the operation's goal, dates, issue areas, sectors and municipalities, and the authorities
 * at the table with their answer. The lead edits the title, goal and dates while the operation is open.
 */
import { useState } from 'react';
import { Button, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { ISSUE_LABEL } from '../competence/issues.ts';
import { useNames, useRecordsConfig } from '../records/useRecordsConfig.ts';
import { DateField, useSectorNames } from './FormParts.tsx';
import { INVITATION_LABEL } from './labels.ts';
import { operationsApi } from './operations.api.ts';
import type { Operation } from './operations.types.ts';
import { useOperationContext } from './useOperation.ts';

export function isOpen(operation: Pick<Operation, 'status'>): boolean {
  return operation.status !== 'closed' && operation.status !== 'cancelled';
}

export function OverviewTab(_: { operationId: string }) {
  const t = useT();
  const format = useFormat();
  const { operation, reload } = useOperationContext();
  const names = useNames(useRecordsConfig().data);
  const sectorNames = useSectorNames();
  const [editing, setEditing] = useState(false);

  return (
    <>
      <section className="ops-section" aria-labelledby="overview-heading">
        <SectionHeading id="overview-heading">{t('operations.tab.overview')}</SectionHeading>
        {editing ? (
          <OverviewForm
            operation={operation}
            onDone={() => {
              setEditing(false);
              reload();
            }}
          />
        ) : (
          <>
            <dl className="ops-facts panel">
              <dt>{t('operations.input.goal')}</dt>
              <dd className="ops-text">{operation.goal || t('operations.overview.noGoal')}</dd>
              <dt>{t('operations.overview.dates')}</dt>
              <dd>
                {operation.startsOn
                  ? `${format.date(operation.startsOn)}–${operation.endsOn ? format.date(operation.endsOn) : ''}`
                  : t('operations.overview.noDates')}
              </dd>
              <dt>{t('operations.overview.lead')}</dt>
              <dd>{names.authorityLong(operation.leadAuthority)}</dd>
              <dt>{t('operations.input.issueAreas')}</dt>
              <dd>{operation.issueAreas.map((area) => t(ISSUE_LABEL[area])).join(', ')}</dd>
              {operation.sectors.length > 0 && (
                <>
                  <dt>{t('operations.input.sectors')}</dt>
                  <dd>{sectorNames(operation.sectors)}</dd>
                </>
              )}
              {operation.municipalities.length > 0 && (
                <>
                  <dt>{t('operations.input.municipalities')}</dt>
                  <dd>{operation.municipalities.join(', ')}</dd>
                </>
              )}
              {operation.closingReason && (
                <>
                  <dt>{t('operations.overview.closingReason')}</dt>
                  <dd className="ops-text">{operation.closingReason}</dd>
                </>
              )}
            </dl>
            {operation.you.lead && isOpen(operation) && (
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {t('operations.overview.edit')}
              </Button>
            )}
          </>
        )}
      </section>
      <section className="ops-section" aria-labelledby="overview-participants">
        <SectionHeading id="overview-participants">{t('operations.overview.participants')}</SectionHeading>
        <ul className="ops-cards">
          {operation.participants.map((p) => (
            <li key={p.authority} className="ops-card">
              <p className="ops-card__title">{names.authorityLong(p.authority)}</p>
              <p className="ops-card__meta">
                <span>
                  {p.role === 'lead'
                    ? t('operations.overview.roleLead')
                    : t('operations.overview.roleParticipant')}
                </span>
                <span className={`ops-status ops-status--invitation-${p.status}`}>
                  {t(INVITATION_LABEL[p.status])}
                </span>
              </p>
              {p.supervises && (
                <Paragraph>{t('operations.overview.supervises', { text: p.supervises })}</Paragraph>
              )}
              {p.contact && <Paragraph>{t('operations.overview.contact', { text: p.contact })}</Paragraph>}
              {p.declineReason && (
                <Paragraph>{t('operations.overview.declined', { reason: p.declineReason })}</Paragraph>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function OverviewForm({ operation, onDone }: { operation: Operation; onDone: () => void }) {
  const t = useT();
  const [title, setTitle] = useState(operation.title);
  const [goal, setGoal] = useState(operation.goal);
  const [startsOn, setStartsOn] = useState(operation.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(operation.endsOn ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await operationsApi.update(operation.id, {
        title: title.trim() || operation.title,
        goal,
        startsOn: startsOn || null,
        endsOn: endsOn || null,
      });
      onDone();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <div className="panel ops-form">
      <TextInput
        labelText={t('operations.input.title')}
        value={title}
        onChange={(v) => setTitle(String(v ?? ''))}
        fullWidth
      />
      <Textarea
        labelText={t('operations.input.goal')}
        value={goal}
        onChange={(e) => setGoal(e.target.value)}
        fullWidth
        resize="vertical"
      />
      <div className="ops-form__dates">
        <DateField
          id="overview-starts"
          label={t('operations.input.startsOn')}
          value={startsOn}
          onChange={setStartsOn}
        />
        <DateField
          id="overview-ends"
          label={t('operations.input.endsOn')}
          value={endsOn}
          onChange={setEndsOn}
        />
      </div>
      {error !== null && <ErrorAlert error={error} />}
      <div className="ops-form__actions">
        <Button disabled={busy} onClick={() => void save()}>
          {t('operations.form.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('operations.form.cancel')}
        </Button>
      </div>
    </div>
  );
}
