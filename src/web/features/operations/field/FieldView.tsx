/**
 * The field view, phone first: the selected targets in visiting order with address and map link, and
 * per target arrival, findings (a register record owned by your authority), possible victims referred
 * to the assistance system, a photo for your latest finding, and finish. Large touch targets; a form
 * or photo sent without a connection waits in this device's outbox (outbox.ts, photos in IndexedDB:
 * photoStore.ts) and is sent again when the connection returns. Everyone's view updates live from the
 * operation's events.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { ApiError, request } from '../../../api/client.ts';
import { useMe } from '../../../app/session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useOperationData } from '../useOperation.ts';
import { FieldTargetCard, type PhotoOutcome, type SubmitOutcome } from './FieldTargetCard.tsx';
import { type Field, fieldApi } from './field.api.ts';
import { type Device, flushDevice, type Post, queuePhoto } from './fieldQueue.ts';
import {
  type FieldEntry,
  outboxKey,
  PHOTO_MAX_BYTES,
  photoPath,
  type QueuedPhoto,
  readOutbox,
  writeOutbox,
} from './outbox.ts';
import { useByteSize } from './photoSize.ts';
import { indexedDbPhotoStore } from './photoStore.ts';
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
const post: Post = (path, options) => request('POST', path, options);
const isOffline = (error: unknown) => error instanceof ApiError && error.code === 'network';

export function FieldView({ operationId }: { operationId: string }) {
  const t = useT();
  const me = useMe();
  const field = useOperationData(operationId, loadField, FIELD_EVENTS);
  const size = useByteSize();
  const key = outboxKey(me.id, operationId);
  const device = useMemo<Device>(() => ({ entries: localStorage, key, photos: indexedDbPhotoStore }), [key]);
  const [pending, setPending] = useState<FieldEntry[]>(() => readOutbox(localStorage, key));
  const [refused, setRefused] = useState(0);
  const reload = field.reload;
  const flushing = useRef(false);
  const flushAgain = useRef(false);

  /** One flush at a time (a photo takes a while); an entry queued meanwhile is sent by another round. */
  const flush = useCallback(async () => {
    if (flushing.current) {
      flushAgain.current = true;
      return;
    }
    flushing.current = true;
    try {
      do {
        flushAgain.current = false;
        if (!readOutbox(localStorage, key).length) break;
        const result = await flushDevice(device, post);
        setPending(result.left);
        if (result.refused.length) setRefused((n) => n + result.refused.length);
        if (result.done.length) reload();
        if (result.remaining.length) break;
      } while (flushAgain.current);
    } finally {
      flushing.current = false;
    }
  }, [key, device, reload]);

  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush]);

  /** Sends now; without a connection the entry waits in the outbox (behind any already waiting). */
  const submit = async (path: string, body: unknown): Promise<SubmitOutcome> => {
    const entry: FieldEntry = {
      id: crypto.randomUUID(),
      method: 'POST',
      path,
      body,
      createdAt: new Date().toISOString(),
    };
    const waiting = readOutbox(localStorage, key);
    if (waiting.length) {
      const queued = [...waiting, entry];
      writeOutbox(localStorage, key, queued);
      setPending(queued);
      void flush();
      return { outcome: 'queued' };
    }
    try {
      await request('POST', path, { body, idempotencyKey: entry.id });
      reload();
      return { outcome: 'sent' };
    } catch (error) {
      if (isOffline(error)) {
        writeOutbox(localStorage, key, [entry]);
        setPending([entry]);
        return { outcome: 'queued' };
      }
      return { outcome: 'failed', error };
    }
  };

  /**
   * Sends a photo now, or keeps it on the device: when there is no connection, when entries already
   * wait (it must not overtake them), or when its finding itself is still waiting.
   */
  const submitPhoto = async (
    findingsPath: string,
    finding: QueuedPhoto['finding'],
    file: File,
    id: string,
  ): Promise<PhotoOutcome> => {
    if (file.size > PHOTO_MAX_BYTES) return { outcome: 'too_big' };
    const photo = { finding, filename: file.name, contentType: file.type, size: file.size };
    const entry = {
      id,
      method: 'POST' as const,
      path: findingsPath,
      body: null,
      createdAt: new Date().toISOString(),
      photo,
    };
    const keep = async (): Promise<PhotoOutcome> => {
      const kept = await queuePhoto(device, entry, file);
      setPending(readOutbox(localStorage, key));
      return { outcome: kept };
    };
    if ('entryId' in finding || readOutbox(localStorage, key).length) {
      const outcome = await keep();
      void flush();
      return outcome;
    }
    try {
      await request('POST', photoPath(entry, finding.recordId), {
        file: { data: file, contentType: file.type },
        idempotencyKey: id,
      });
      reload();
      return { outcome: 'sent' };
    } catch (error) {
      return isOffline(error) ? keep() : { outcome: 'failed', error };
    }
  };

  if (!field.data) return field.error ? <ErrorAlert error={field.error} onRetry={reload} /> : <Loading />;
  const data: Field = field.data;
  const photos = pending.flatMap((e) => (e.photo ? [{ id: e.id, ...e.photo }] : []));
  return (
    <div className="field">
      <SectionHeading>{t('operations.field.title')}</SectionHeading>
      {!data.open && <Paragraph className="ops-note">{t('operations.fieldView.closed')}</Paragraph>}
      <p className="field__live">{t('operations.fieldView.live')}</p>
      {pending.length > 0 && (
        <div className="field__pending" role="status">
          <p>{t('operations.fieldView.pending', { count: String(pending.length) })}</p>
          {photos.length > 0 && (
            <ul className="field__pending-photos">
              {photos.map((p) => (
                <li key={p.id}>
                  {t('operations.fieldView.photoWaiting', { name: p.filename, size: size(p.size) })}
                </li>
              ))}
            </ul>
          )}
          <Button variant="secondary" onClick={() => void flush()}>
            {t('operations.fieldView.retry')}
          </Button>
        </div>
      )}
      {refused > 0 && (
        <p role="alert" className="field__refused">
          {t('operations.fieldView.refusedQueued', { count: String(refused) })}
        </p>
      )}
      <ol className="field__targets">
        {data.targets.map((target) => (
          <FieldTargetCard
            key={target.operationTargetId}
            operationId={operationId}
            target={target}
            open={data.open}
            authority={data.you.authority}
            pending={pending}
            submit={submit}
            submitPhoto={submitPhoto}
          />
        ))}
      </ol>
    </div>
  );
}
