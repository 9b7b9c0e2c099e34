/**
 * The field view, phone first: the selected targets in visiting order with address and map link, and
 * per target arrival, findings (a register record owned by your authority), possible victims referred
 * to the assistance system, a photo for your latest finding, and finish. Large touch targets; a form
 * sent without a connection waits in this device's outbox (outbox.ts) and is sent again when the
 * connection returns. Everyone's view updates live from the operation's events.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { ApiError, request } from '../../../api/client.ts';
import { useMe } from '../../../app/session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useOperationData } from '../useOperation.ts';
import { FieldTargetCard, type SubmitOutcome } from './FieldTargetCard.tsx';
import { type Field, fieldApi } from './field.api.ts';
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
  const [refused, setRefused] = useState(0);
  const reload = field.reload;

  const flush = useCallback(async () => {
    const queued = readOutbox(localStorage, key);
    if (!queued.length) return;
    const result = await flushOutbox(queued, sendEntry);
    writeOutbox(localStorage, key, result.remaining);
    setPending(result.remaining);
    if (result.refused.length) setRefused((n) => n + result.refused.length);
    reload();
  }, [key, reload]);

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
      if (error instanceof ApiError && error.code === 'network') {
        writeOutbox(localStorage, key, [entry]);
        setPending([entry]);
        return { outcome: 'queued' };
      }
      return { outcome: 'failed', error };
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
            submit={submit}
            onPhoto={reload}
          />
        ))}
      </ol>
    </div>
  );
}
