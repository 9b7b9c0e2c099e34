/**
 * The field view, phone first: the selected targets in visiting order with address and map link, and
 * per target arrival, findings (a register record owned by your authority), possible victims referred
 * to the assistance system, a photo for your latest finding, and finish. Large touch targets; a form
 * sent without a connection waits in this device's outbox (outbox.ts) and is sent again when the
 * connection returns. Everyone's view updates live from the operation's events.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Checkbox, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { ApiError, request } from '../../../api/client.ts';
import { useMe } from '../../../app/session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { useOperationData } from '../useOperation.ts';
import { FINDING_AREAS, type Field, type FieldTarget, fieldApi, ILO_INDICATORS } from './field.api.ts';
import {
  type FieldEntry,
  flushOutbox,
  outboxKey,
  readOutbox,
  type SendResult,
  writeOutbox,
} from './outbox.ts';
import './field.css';

const FIELD_EVENTS = [
  'operation.arrived',
  'operation.finding_recorded',
  'operation.victim_referred',
  'operation.target_finished',
  'operation.transitioned',
  'operation.plan_approved',
];
const loadField = (id: string, signal: AbortSignal) => fieldApi.get(id, signal);

async function sendEntry(entry: FieldEntry): Promise<SendResult> {
  try {
    // The entry's id is its Idempotency-Key: an entry whose answer was lost is recorded once.
    await request(entry.method, entry.path, { body: entry.body, idempotencyKey: entry.id });
    return 'sent';
  } catch (error) {
    return error instanceof ApiError && error.code === 'network' ? 'offline' : 'refused';
  }
}

export function FieldView({ operationId }: { operationId: string }) {
  const t = useT();
  const me = useMe();
  const field = useOperationData(operationId, loadField, FIELD_EVENTS);
  const key = outboxKey(me.id, operationId);
  const [pending, setPending] = useState<FieldEntry[]>(() => readOutbox(localStorage, key));
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const reload = field.reload;

  const flush = useCallback(async () => {
    const queued = readOutbox(localStorage, key);
    if (!queued.length) return;
    const { remaining, refused } = await flushOutbox(queued, sendEntry);
    writeOutbox(localStorage, key, remaining);
    setPending(remaining);
    if (refused.length) setError(new ApiError('conflict', 409, refused.map((e) => e.path).join(', ')));
    reload();
  }, [key, reload]);

  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush]);

  /** Sends now; without a connection the entry waits in the outbox. */
  const submit = async (path: string, body: unknown): Promise<boolean> => {
    setError(null);
    setNotice('');
    const entry: FieldEntry = {
      id: crypto.randomUUID(),
      method: 'POST',
      path,
      body,
      createdAt: new Date().toISOString(),
    };
    if (pending.length) {
      // Keep the order: this entry goes behind the ones already waiting.
      const queued = [...pending, entry];
      writeOutbox(localStorage, key, queued);
      setPending(queued);
      setNotice(t('operations.fieldView.queued'));
      void flush();
      return true;
    }
    try {
      await request('POST', path, { body, idempotencyKey: entry.id });
      setNotice(t('operations.fieldView.sent'));
      reload();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.code === 'network') {
        writeOutbox(localStorage, key, [entry]);
        setPending([entry]);
        setNotice(t('operations.fieldView.queued'));
        return true;
      }
      setError(e);
      return false;
    }
  };

  if (!field.data) return field.error ? <ErrorAlert error={field.error} onRetry={reload} /> : <Loading />;
  const data: Field = field.data;
  return (
    <div className="field">
      <SectionHeading>{t('operations.field.title')}</SectionHeading>
      {!data.open && <Paragraph className="ops-note">{t('operations.fieldView.closed')}</Paragraph>}
      <p className="field__live">{t('operations.fieldView.live')}</p>
      {pending.length > 0 && (
        <div className="field__pending" role="status">
          <p>{t('operations.fieldView.pending', { count: String(pending.length) })}</p>
          <Button variant="secondary" onClick={() => void flush()}>
            {t('operations.fieldView.retry')}
          </Button>
        </div>
      )}
      <p role="status" className="ops-notice">
        {notice}
      </p>
      {error !== null && <ErrorAlert error={error} />}
      <ol className="field__targets">
        {data.targets.map((target) => (
          <TargetCard
            key={target.operationTargetId}
            operationId={operationId}
            target={target}
            open={data.open}
            authority={data.you.authority}
            submit={submit}
            onPhoto={reload}
            onError={setError}
          />
        ))}
      </ol>
    </div>
  );
}

interface TargetCardProps {
  operationId: string;
  target: FieldTarget;
  open: boolean;
  authority: string;
  submit: (path: string, body: unknown) => Promise<boolean>;
  onPhoto: () => void;
  onError: (error: unknown) => void;
}

function TargetCard({ operationId, target, open, authority, submit, onPhoto, onError }: TargetCardProps) {
  const t = useT();
  const fmt = useFormat();
  const names = useNames(useRecordsConfig().data);
  const name = target.hidden ? t('operations.fieldView.hidden') : (target.name ?? '');
  const path = (action: string) =>
    `/api/operations/${encodeURIComponent(operationId)}/field/targets/${target.operationTargetId}/${action}`;
  const headingId = `field-target-${target.operationTargetId}`;
  const [area, setArea] = useState<(typeof FINDING_AREAS)[number]>('occupational_safety');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [ilo, setIlo] = useState<string[]>([]);
  const [persons, setPersons] = useState('1');
  const [visited, setVisited] = useState(true);
  const [note, setNote] = useState('');
  const mine = target.findings.filter((f) => f.visible && f.ownerAuthority === authority);
  const latest = mine.at(-1);
  const photoKeys = useRef(new Map<string, string>());

  const photo = async (file: File) => {
    if (!latest) return;
    // One key per chosen file: choosing the same photo again after a lost answer attaches it once.
    const fileKey = `${latest.recordId}|${file.name}|${file.size}|${file.lastModified}`;
    const idempotencyKey = photoKeys.current.get(fileKey) ?? crypto.randomUUID();
    photoKeys.current.set(fileKey, idempotencyKey);
    try {
      await request(
        'POST',
        `${path('findings')}/${latest.recordId}/photos?filename=${encodeURIComponent(file.name)}`,
        { file: { data: file, contentType: file.type }, idempotencyKey },
      );
      onPhoto();
    } catch (e) {
      onError(e);
    }
  };

  return (
    <li className="field-target" aria-labelledby={headingId}>
      <h3 id={headingId} className="field-target__name">{`${target.position}. ${name}`}</h3>
      {(target.address || target.municipality) && (
        <p className="field-target__address">
          {[target.address, target.municipality].filter(Boolean).join(', ')}
        </p>
      )}
      {target.mapUrl && (
        <a className="field-target__map" href={target.mapUrl} target="_blank" rel="noreferrer">
          {t('operations.fieldView.map', { name })}
        </a>
      )}
      {target.actionPlan && (
        <details className="field-target__plan">
          <summary>{t('operations.fieldView.actionPlan')}</summary>
          <p>{target.actionPlan}</p>
        </details>
      )}
      <p className="field-target__state">
        {target.arrivedAt
          ? t('operations.fieldView.arrived', { time: fmt.dateTime(target.arrivedAt) })
          : t('operations.fieldView.notArrived')}
        {target.finishedAt &&
          ` · ${
            target.visited
              ? t('operations.fieldView.finishedVisited', { time: fmt.dateTime(target.finishedAt) })
              : t('operations.fieldView.finishedNot', { note: target.note })
          }`}
      </p>
      {open && !target.arrivedAt && (
        <Button
          className="field-big"
          fullWidth
          onClick={() => void submit(path('arrival'), { at: new Date().toISOString() })}
        >
          {t('operations.fieldView.arrive')}
        </Button>
      )}

      <h4>{t('operations.fieldView.findings')}</h4>
      <ul className="field-target__findings">
        {target.findings.map((f) => (
          <li key={f.recordId}>
            {f.visible
              ? `${t(`operations.fieldView.area.${f.area as (typeof FINDING_AREAS)[number]}`)}: ${f.title} — ${names.authority(f.ownerAuthority)}${f.attachments ? ` · ${t('operations.fieldView.photos', { count: String(f.attachments) })}` : ''}`
              : t('operations.fieldView.findingHidden', { authority: names.authority(f.ownerAuthority) })}
          </li>
        ))}
      </ul>
      {target.referrals.map((r) => (
        <p key={r.id} className="field-target__referral">
          {t('operations.fieldView.referral', {
            authority: names.authority(r.authority),
            count: String(r.persons),
            time: fmt.dateTime(r.referredAt),
          })}
        </p>
      ))}

      {open && (
        <>
          <form
            className="field-form"
            onSubmit={(event) => {
              event.preventDefault();
              void submit(path('findings'), { area, title, body, iloIndicators: ilo }).then((ok) => {
                if (ok) {
                  setTitle('');
                  setBody('');
                  setIlo([]);
                }
              });
            }}
          >
            <h4>{t('operations.fieldView.addFinding')}</h4>
            <label className="field-form__label" htmlFor={`${headingId}-area`}>
              {t('operations.fieldView.area')}
            </label>
            <select
              id={`${headingId}-area`}
              className="field-select"
              value={area}
              onChange={(event) => setArea(event.target.value as (typeof FINDING_AREAS)[number])}
            >
              {FINDING_AREAS.map((a) => (
                <option key={a} value={a}>
                  {t(`operations.fieldView.area.${a}`)}
                </option>
              ))}
            </select>
            <TextInput
              labelText={t('operations.fieldView.findingTitle')}
              value={title}
              fullWidth
              onChange={(value) => setTitle(String(value ?? ''))}
            />
            <Textarea
              labelText={t('operations.fieldView.findingBody')}
              value={body}
              rows={4}
              fullWidth
              onChange={(event) => setBody(event.target.value)}
            />
            <fieldset className="field-form__ilo">
              <legend>{t('operations.fieldView.ilo')}</legend>
              {ILO_INDICATORS.map((code) => (
                <Checkbox
                  key={code}
                  checked={ilo.includes(code)}
                  onClick={({ checkboxState }) =>
                    setIlo((list) => (checkboxState ? [...list, code] : list.filter((c) => c !== code)))
                  }
                >
                  {t(`operations.fieldView.ilo.${code}`)}
                </Checkbox>
              ))}
            </fieldset>
            <Button
              type="submit"
              className="field-big"
              fullWidth
              disabled={title.trim().length < 3 || !body.trim()}
            >
              {t('operations.fieldView.saveFinding')}
            </Button>
          </form>
          {latest && (
            <label className="field-photo">
              {t('operations.fieldView.photo')}
              <input
                type="file"
                accept="image/jpeg,image/png"
                capture="environment"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void photo(file);
                }}
              />
            </label>
          )}
          <form
            className="field-form"
            onSubmit={(event) => {
              event.preventDefault();
              void submit(path('referrals'), {
                persons: Number(persons),
                referredAt: new Date().toISOString(),
              });
            }}
          >
            <h4>{t('operations.fieldView.victims')}</h4>
            <TextInput
              labelText={t('operations.fieldView.persons')}
              type="number"
              inputMode="numeric"
              value={persons}
              onChange={(value) => setPersons(String(value ?? ''))}
            />
            <Button type="submit" className="field-big" fullWidth disabled={!(Number(persons) >= 1)}>
              {t('operations.fieldView.refer')}
            </Button>
          </form>
          <form
            className="field-form"
            onSubmit={(event) => {
              event.preventDefault();
              void submit(path('finish'), { visited, note, at: new Date().toISOString() });
            }}
          >
            <h4>{t('operations.fieldView.finish')}</h4>
            <Checkbox checked={visited} onClick={({ checkboxState }) => setVisited(checkboxState)}>
              {t('operations.fieldView.visited')}
            </Checkbox>
            {!visited && (
              <Textarea
                labelText={t('operations.fieldView.note')}
                value={note}
                rows={2}
                fullWidth
                onChange={(event) => setNote(event.target.value)}
              />
            )}
            <Button
              type="submit"
              className="field-big"
              fullWidth
              disabled={(visited && !target.arrivedAt) || (!visited && !note.trim())}
            >
              {t('operations.fieldView.saveFinish')}
            </Button>
          </form>
        </>
      )}
    </li>
  );
}
