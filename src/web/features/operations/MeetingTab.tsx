/**
 * Suunnittelukokous: who should be at the table (the competence map's suggestions with their "why",
 * invite buttons for the lead), the invitations and their answers, the meeting's time and place, and
 * the agenda pre-filled with the seed's items — each with its decision, written by the lead and read by
 * the others — plus items the lead adds. Everything reloads live on the operation's events.
 */
import { useEffect, useState } from 'react';
import { Button, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SectionHeading } from '../../components/SectionHeading.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocale, useT } from '../../i18n/I18nProvider.tsx';
import { ISSUE_LABEL } from '../competence/issues.ts';
import { useNames, useRecordsConfig } from '../records/useRecordsConfig.ts';
import { DateField } from './FormParts.tsx';
import { INVITATION_LABEL } from './labels.ts';
import { agendaTitle, fromLocalInput, sortedAgenda, toLocalInput } from './meeting.ts';
import { isOpen } from './OverviewTab.tsx';
import { operationsApi } from './operations.api.ts';
import type { AgendaItem, SuggestedSeat } from './operations.types.ts';
import { useOperationContext, useOperationData } from './useOperation.ts';

const loadSeats = (id: string, signal: AbortSignal) => operationsApi.suggestions(id, signal);
const loadAgenda = (id: string, signal: AbortSignal) => operationsApi.agenda(id, signal);
const PARTICIPANT_EVENTS = ['operation.participant_invited', 'operation.participant_responded'];
const AGENDA_EVENTS = ['operation.agenda_decided'];

export function MeetingTab({ operationId }: { operationId: string }) {
  const t = useT();
  const { operation } = useOperationContext();
  const lead = operation.you.lead && isOpen(operation);
  return (
    <>
      <Seats operationId={operationId} lead={lead} />
      <MeetingTime lead={lead} />
      <Agenda operationId={operationId} lead={lead} />
      {!operation.you.lead && <Paragraph className="ops-note">{t('operations.agenda.readOnly')}</Paragraph>}
    </>
  );
}

function Seats({ operationId, lead }: { operationId: string; lead: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const { operation, reload } = useOperationContext();
  const names = useNames(useRecordsConfig().data);
  const seats = useOperationData(operationId, loadSeats, PARTICIPANT_EVENTS);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const invite = async (seat: SuggestedSeat) => {
    setBusy(seat.authority);
    setError(null);
    try {
      await operationsApi.invite(operationId, [seat.authority]);
      setNotice(t('operations.meeting.invited', { authority: names.authority(seat.authority) }));
      seats.reload();
      reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const others = operation.participants.filter((p) => p.role !== 'lead');
  return (
    <section className="ops-section" aria-labelledby="meeting-seats">
      <SectionHeading id="meeting-seats">{t('operations.meeting.seats')}</SectionHeading>
      <Paragraph>{t('operations.meeting.seatsIntro')}</Paragraph>
      {seats.loading && !seats.data && <Loading />}
      {seats.error !== null && <ErrorAlert error={seats.error} onRetry={seats.reload} />}
      {seats.data && (
        <ol className="ops-seats">
          {seats.data
            .filter((seat) => seat.authority !== operation.leadAuthority)
            .map((seat) => {
              const name = names.authorityLong(seat.authority);
              return (
                <li key={seat.authority} className="ops-seat">
                  <p className="ops-seat__name">{name}</p>
                  <p className="ops-seat__issues">
                    {seat.issueAreas.map((area) => t(ISSUE_LABEL[area])).join(', ')}
                  </p>
                  <p className="ops-why">{seat.why[locale]}</p>
                  {seat.status ? (
                    <p className={`ops-status ops-status--invitation-${seat.status}`}>
                      {t(INVITATION_LABEL[seat.status])}
                    </p>
                  ) : (
                    lead && (
                      <Button
                        variant="secondary"
                        disabled={busy !== null}
                        aria-label={t('operations.meeting.inviteNamed', { authority: name })}
                        onClick={() => void invite(seat)}
                      >
                        {t('operations.meeting.invite')}
                      </Button>
                    )
                  )}
                </li>
              );
            })}
        </ol>
      )}
      <p role="status" className="ops-notice">
        {notice}
      </p>
      {error !== null && <ErrorAlert error={error} />}
      <SectionHeading id="meeting-invitations">{t('operations.meeting.invitations')}</SectionHeading>
      {others.length === 0 ? (
        <Paragraph>{t('operations.meeting.noInvitations')}</Paragraph>
      ) : (
        <ul className="ops-plain-list" aria-labelledby="meeting-invitations">
          {others.map((p) => (
            <li key={p.authority}>
              {t('operations.meeting.invitationRow', {
                authority: names.authority(p.authority),
                status: t(INVITATION_LABEL[p.status]),
              })}
              {p.declineReason && ` — ${p.declineReason}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MeetingTime({ lead }: { lead: boolean }) {
  const t = useT();
  const format = useFormat();
  const { operation, reload } = useOperationContext();
  const [at, setAt] = useState(toLocalInput(operation.meetingAt));
  const [place, setPlace] = useState(operation.meetingPlace ?? '');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    setAt(toLocalInput(operation.meetingAt));
    setPlace(operation.meetingPlace ?? '');
  }, [operation.meetingAt, operation.meetingPlace]);

  const save = async () => {
    setError(null);
    setSaved('');
    try {
      await operationsApi.update(operation.id, {
        meetingAt: fromLocalInput(at),
        meetingPlace: place.trim() || null,
      });
      setSaved(t('operations.form.saved'));
      reload();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="ops-section" aria-labelledby="meeting-time">
      <SectionHeading id="meeting-time">{t('operations.meeting.when')}</SectionHeading>
      {lead ? (
        <div className="panel ops-form">
          <div className="ops-form__dates">
            <DateField
              id="meeting-at"
              type="datetime-local"
              label={t('operations.meeting.at')}
              value={at}
              onChange={setAt}
            />
            <TextInput
              labelText={t('operations.meeting.place')}
              value={place}
              onChange={(v) => setPlace(String(v ?? ''))}
            />
          </div>
          <div className="ops-form__actions">
            <Button variant="secondary" onClick={() => void save()}>
              {t('operations.meeting.saveTime')}
            </Button>
            <p role="status" className="ops-notice">
              {saved}
            </p>
          </div>
          {error !== null && <ErrorAlert error={error} />}
        </div>
      ) : (
        <Paragraph>
          {operation.meetingAt
            ? t('operations.meeting.atPlace', {
                at: format.dateTime(operation.meetingAt),
                place: operation.meetingPlace ?? '–',
              })
            : t('operations.meeting.notSet')}
        </Paragraph>
      )}
    </section>
  );
}

function Agenda({ operationId, lead }: { operationId: string; lead: boolean }) {
  const t = useT();
  const agenda = useOperationData(operationId, loadAgenda, AGENDA_EVENTS);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const items = sortedAgenda(agenda.data ?? []);
  const decided = items.filter((item) => item.decision.trim() !== '').length;

  const add = async () => {
    if (!title.trim()) return;
    setError(null);
    try {
      await operationsApi.addAgendaItem(operationId, title.trim());
      setTitle('');
      agenda.reload();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="ops-section" aria-labelledby="meeting-agenda">
      <SectionHeading id="meeting-agenda">{t('operations.agenda.title')}</SectionHeading>
      {agenda.loading && !agenda.data && <Loading />}
      {agenda.error !== null && <ErrorAlert error={agenda.error} onRetry={agenda.reload} />}
      {agenda.data && (
        <>
          <Paragraph>{t('operations.agenda.progress', { decided, total: items.length })}</Paragraph>
          <ol className="ops-agenda">
            {items.map((item) => (
              <AgendaRow
                key={item.id}
                operationId={operationId}
                item={item}
                lead={lead}
                onSaved={agenda.reload}
              />
            ))}
          </ol>
        </>
      )}
      {lead && (
        <div className="panel ops-form ops-agenda__add">
          <TextInput
            labelText={t('operations.agenda.newItem')}
            value={title}
            onChange={(v) => setTitle(String(v ?? ''))}
            fullWidth
          />
          <Button variant="secondary" disabled={!title.trim()} onClick={() => void add()}>
            {t('operations.agenda.add')}
          </Button>
          {error !== null && <ErrorAlert error={error} />}
        </div>
      )}
    </section>
  );
}

function AgendaRow({
  operationId,
  item,
  lead,
  onSaved,
}: {
  operationId: string;
  item: AgendaItem;
  lead: boolean;
  onSaved: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const [decision, setDecision] = useState(item.decision);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setDecision(item.decision), [item.decision]);
  const title = agendaTitle(t, item);
  const headingId = `agenda-${item.id}`;

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      await operationsApi.decide(operationId, item.id, decision.trim());
      setSaved(t('operations.agenda.saved'));
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="ops-agenda__item" aria-labelledby={headingId}>
      <h3 id={headingId} className="ops-agenda__title">
        {title}
      </h3>
      {lead ? (
        <>
          <Textarea
            labelText={t('operations.agenda.decision')}
            visualPlaceholder={t('operations.agenda.decisionPlaceholder')}
            value={decision}
            onChange={(event) => setDecision(event.target.value)}
            fullWidth
            resize="vertical"
            aria-describedby={`${headingId}-meta`}
          />
          <div className="ops-form__actions">
            <Button
              variant="secondary"
              disabled={busy || decision.trim() === item.decision.trim()}
              aria-label={t('operations.agenda.saveNamed', { item: title })}
              onClick={() => void save()}
            >
              {t('operations.agenda.save')}
            </Button>
            <p role="status" className="ops-notice">
              {saved}
            </p>
          </div>
        </>
      ) : (
        <p className="ops-text">{item.decision || t('operations.agenda.undecided')}</p>
      )}
      <p id={`${headingId}-meta`} className="ops-agenda__meta">
        {item.decidedAt
          ? t('operations.agenda.decidedAt', { at: format.dateTime(item.decidedAt) })
          : t('operations.agenda.undecided')}
      </p>
      {error !== null && <ErrorAlert error={error} />}
    </li>
  );
}
