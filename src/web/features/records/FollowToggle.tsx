/**
 * Seuraa: follow a record to be notified when it changes or is shared (a watch on the record). A
 * toggle button (`aria-pressed`) whose name stays the same; the state is said beside it.
 */
import { useCallback, useState } from 'react';
import { Button, IconCheck, IconStar } from 'suomifi-ui-components';
import { useApiData } from '../../app/useApiData.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import { notificationsApi, type Watch } from '../notifications/notifications.api.ts';

export function FollowToggle({ recordId }: { recordId: string }) {
  const t = useT();
  const watches = useApiData(notificationsApi.watches);
  const [override, setOverride] = useState<Watch | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const found = watches.data?.find((w) => w.subjectType === 'record' && w.subjectId === recordId) ?? null;
  const watch = override === undefined ? found : override;

  const toggle = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      if (watch) {
        await notificationsApi.unfollow(watch.id);
        setOverride(null);
      } else {
        setOverride(await notificationsApi.follow('record', recordId));
      }
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  }, [watch, recordId]);

  if (watches.loading && !watches.data) return null;
  return (
    <div className="follow">
      <Button
        variant="secondary"
        aria-pressed={watch !== null}
        disabled={busy}
        icon={watch ? <IconCheck /> : <IconStar />}
        onClick={() => void toggle()}
      >
        {t('records.follow')}
      </Button>
      <span className="follow__state" aria-live="polite">
        {watch ? t('records.following') : ''}
      </span>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
