/**
 * One target in the field view: name, address, map link and action plan, the arrival button, what has
 * been recorded (others' findings only as "X recorded a finding"), and the entry forms — finding with
 * ILO indicators, photo for your latest finding, possible victims referred, finish. The forms fold
 * away once the target is finished (a later entry or correction is one tap away), and each form's
 * answer ("saved", "waiting for a connection", or the refusal) shows next to it, where the user is.
 */
import { useRef, useState } from 'react';
import { Button, Checkbox, Textarea, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { placeLine } from '../plan/placeLine.ts';
import { FINDING_AREAS, type FieldTarget, ILO_INDICATORS } from './field.api.ts';
import { type FieldEntry, PHOTO_MAX_BYTES, type QueuedPhoto, queuedPhotoBytes } from './outbox.ts';
import { useByteSize } from './photoSize.ts';

/** What became of an entry: sent, waiting in this device's outbox, or refused by the server. */
export type SubmitOutcome = { outcome: 'sent' | 'queued' } | { outcome: 'failed'; error: unknown };
/** A photo may also be refused on the device: too big for the server, or no room left to wait. */
export type PhotoOutcome = SubmitOutcome | { outcome: 'too_big' | 'full' };

interface FieldTargetCardProps {
  operationId: string;
  target: FieldTarget;
  open: boolean;
  authority: string;
  /** The device's outbox: a finding waiting there is the one a new photo belongs to. */
  pending: readonly FieldEntry[];
  submit: (path: string, body: unknown) => Promise<SubmitOutcome>;
  submitPhoto: (
    findingsPath: string,
    finding: QueuedPhoto['finding'],
    file: File,
    id: string,
  ) => Promise<PhotoOutcome>;
}

type Area = (typeof FINDING_AREAS)[number];

export function FieldTargetCard({
  operationId,
  target,
  open,
  authority,
  pending,
  submit,
  submitPhoto,
}: FieldTargetCardProps) {
  const t = useT();
  const fmt = useFormat();
  const size = useByteSize();
  const names = useNames(useRecordsConfig().data);
  const name = target.hidden ? t('operations.fieldView.hidden') : (target.name ?? '');
  const path = (action: string) =>
    `/api/operations/${encodeURIComponent(operationId)}/field/targets/${target.operationTargetId}/${action}`;
  const id = `field-target-${target.operationTargetId}`;
  const [area, setArea] = useState<Area>('occupational_safety');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [ilo, setIlo] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [persons, setPersons] = useState('1');
  const [visited, setVisited] = useState(true);
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [photoProblem, setPhotoProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const photoKeys = useRef(new Map<string, string>());
  const mine = target.findings.filter((f) => f.visible && f.ownerAuthority === authority);
  const latest = mine.at(-1);
  // A finding still waiting on this device is newer than any the server has: a photo goes with it.
  const waitingFinding = pending.filter((e) => !e.photo && e.path === path('findings')).at(-1);
  const photoFinding: { ref: QueuedPhoto['finding']; title: string } | undefined = waitingFinding
    ? {
        ref: { entryId: waitingFinding.id },
        title: String((waitingFinding.body as { title?: unknown }).title ?? ''),
      }
    : latest && { ref: { recordId: latest.recordId }, title: latest.title ?? '' };
  const finished = target.finishedAt !== null;
  const titleMissing = title.trim().length < 3;
  const bodyMissing = !body.trim();
  const personsValid = Number.isInteger(Number(persons)) && Number(persons) >= 1;

  /** Sends one entry and shows its outcome beside the forms; true when it was sent or queued. */
  const send = async (action: string, payload: unknown): Promise<boolean> => {
    setBusy(true);
    setNotice('');
    setError(null);
    const result = await submit(path(action), payload);
    setBusy(false);
    if (result.outcome === 'failed') {
      setError(result.error);
      return false;
    }
    setNotice(t(result.outcome === 'sent' ? 'operations.fieldView.sent' : 'operations.fieldView.queued'));
    return true;
  };

  const photo = async (file: File) => {
    if (!photoFinding) return;
    // One key per chosen file: choosing the same photo again after a lost answer attaches it once.
    const ref = 'recordId' in photoFinding.ref ? photoFinding.ref.recordId : photoFinding.ref.entryId;
    const fileKey = `${ref}|${file.name}|${file.size}|${file.lastModified}`;
    const idempotencyKey = photoKeys.current.get(fileKey) ?? crypto.randomUUID();
    photoKeys.current.set(fileKey, idempotencyKey);
    setNotice('');
    setError(null);
    setPhotoProblem('');
    setBusy(true);
    const result = await submitPhoto(path('findings'), photoFinding.ref, file, idempotencyKey);
    setBusy(false);
    if (result.outcome === 'failed') setError(result.error);
    else if (result.outcome === 'sent') setNotice(t('operations.fieldView.sent'));
    else if (result.outcome === 'queued')
      setNotice(t('operations.fieldView.photoQueued', { size: size(file.size) }));
    else if (result.outcome === 'too_big')
      setPhotoProblem(
        t('operations.fieldView.photoTooBig', { size: size(file.size), max: size(PHOTO_MAX_BYTES) }),
      );
    else setPhotoProblem(t('operations.fieldView.photoQueueFull', { size: size(queuedPhotoBytes(pending)) }));
  };

  const state = [
    target.arrivedAt
      ? t('operations.fieldView.arrived', { time: fmt.dateTime(target.arrivedAt) })
      : t('operations.fieldView.notArrived'),
    target.finishedAt &&
      (target.visited
        ? t('operations.fieldView.finishedVisited', { time: fmt.dateTime(target.finishedAt) })
        : t('operations.fieldView.finishedNot', { note: target.note })),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <li className="field-target" aria-labelledby={id}>
      <h3 id={id} className="field-target__name">{`${target.position}. ${name}`}</h3>
      {(target.address || target.municipality) && (
        <p className="field-target__address">{placeLine(target.address, target.municipality)}</p>
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
      <p className={`field-target__state${finished ? ' field-target__state--done' : ''}`}>{state}</p>
      {open && !target.arrivedAt && (
        <Button
          className="field-big"
          fullWidth
          disabled={busy}
          onClick={() => void send('arrival', { at: new Date().toISOString() })}
        >
          {t('operations.fieldView.arrive')}
        </Button>
      )}

      <h4>{t('operations.fieldView.findings')}</h4>
      {target.findings.length === 0 ? (
        <p className="field-target__none">{t('operations.fieldView.noFindings')}</p>
      ) : (
        <ul className="field-target__findings">
          {target.findings.map((f) => (
            <li key={f.recordId}>
              {f.visible
                ? `${t(`operations.fieldView.area.${f.area as Area}`)}: ${f.title} — ${names.authority(f.ownerAuthority)}${f.attachments ? ` · ${t('operations.fieldView.photos', { count: String(f.attachments) })}` : ''}`
                : t('operations.fieldView.findingHidden', { authority: names.authority(f.ownerAuthority) })}
              {f.visible && f.iloIndicators.length > 0 && (
                <span className="field-target__ilo">
                  {t('operations.fieldView.iloList', {
                    list: f.iloIndicators
                      .map((code) => t(`operations.fieldView.ilo.${code as (typeof ILO_INDICATORS)[number]}`))
                      .join(', '),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {target.referrals.map((r) => (
        <p key={r.id} className="field-target__referral">
          {t('operations.fieldView.referral', {
            authority: names.authority(r.authority),
            count: String(r.persons),
            time: fmt.dateTime(r.referredAt),
          })}
        </p>
      ))}

      <p role="status" className="field__notice">
        {notice}
      </p>
      {error !== null && <ErrorAlert error={error} />}
      {photoProblem && (
        <p role="alert" className="field__refused">
          {photoProblem}
        </p>
      )}

      {open && (
        <details className="field-target__entries" open={!finished}>
          <summary>{t('operations.fieldView.entries')}</summary>
          <form
            className="field-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setTried(true);
              if (titleMissing || bodyMissing) return;
              void send('findings', { area, title, body, iloIndicators: ilo }).then((ok) => {
                if (!ok) return;
                setTitle('');
                setBody('');
                setIlo([]);
                setTried(false);
              });
            }}
          >
            <h4>{t('operations.fieldView.addFinding')}</h4>
            <label className="field-form__label" htmlFor={`${id}-area`}>
              {t('operations.fieldView.area')}
            </label>
            <select
              id={`${id}-area`}
              className="field-select"
              value={area}
              onChange={(event) => setArea(event.target.value as Area)}
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
              maxLength={200}
              onChange={(value) => setTitle(String(value ?? ''))}
              {...(tried && titleMissing
                ? { status: 'error' as const, statusText: t('operations.fieldView.titleRequired') }
                : {})}
            />
            <Textarea
              labelText={t('operations.fieldView.findingBody')}
              value={body}
              rows={4}
              fullWidth
              onChange={(event) => setBody(event.target.value)}
              {...(tried && bodyMissing
                ? { status: 'error' as const, statusText: t('operations.fieldView.bodyRequired') }
                : {})}
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
            <Button type="submit" className="field-big" fullWidth disabled={busy}>
              {t('operations.fieldView.saveFinding')}
            </Button>
          </form>
          {photoFinding && (
            <label className="field-photo">
              {t('operations.fieldView.photo', { title: photoFinding.title })}
              <input
                type="file"
                accept="image/jpeg,image/png"
                capture="environment"
                disabled={busy}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void photo(file);
                }}
              />
            </label>
          )}
          <form
            className="field-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!personsValid) return;
              void send('referrals', { persons: Number(persons), referredAt: new Date().toISOString() });
            }}
          >
            <h4>{t('operations.fieldView.victims')}</h4>
            <TextInput
              labelText={t('operations.fieldView.persons')}
              type="number"
              inputMode="numeric"
              min={1}
              value={persons}
              onChange={(value) => setPersons(String(value ?? ''))}
              {...(personsValid
                ? {}
                : { status: 'error' as const, statusText: t('operations.fieldView.personsInvalid') })}
            />
            <Button type="submit" className="field-big" fullWidth disabled={busy}>
              {t('operations.fieldView.refer')}
            </Button>
          </form>
          <form
            className="field-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if ((visited && !target.arrivedAt) || (!visited && !note.trim())) return;
              void send('finish', { visited, note, at: new Date().toISOString() });
            }}
          >
            <h4>{t('operations.fieldView.finish')}</h4>
            <Checkbox checked={visited} onClick={({ checkboxState }) => setVisited(checkboxState)}>
              {t('operations.fieldView.visited')}
            </Checkbox>
            {visited && !target.arrivedAt && (
              <p className="field-form__hint">{t('operations.fieldView.arriveFirst')}</p>
            )}
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
              disabled={busy || (visited && !target.arrivedAt) || (!visited && !note.trim())}
            >
              {t(finished ? 'operations.fieldView.saveFinishAgain' : 'operations.fieldView.saveFinish')}
            </Button>
          </form>
        </details>
      )}
    </li>
  );
}
