/**
 * Seuraa kohdetta: a watch on the target — new records about it, changes and links reach the user as
 * notifications. The records' FollowToggle pattern: a toggle button whose name stays, state beside it.
 */
import { useCallback, useState } from 'react';
import { Button, IconCheck, IconStar } from 'suomifi-ui-components';
import { useApiData } from '../../../app/useApiData.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { notificationsApi, type Watch } from '../../notifications/notifications.api.ts';

export function FollowTarget({ targetId }: { targetId: string }) {
  const t = useT();
  const watches = useApiData(notificationsApi.watches);
  const [override, setOverride] = useState<Watch | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const found = watches.data?.find((w) => w.subjectType === 'target' && w.subjectId === targetId) ?? null;
  const watch = override === undefined ? found : override;

  const toggle = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      if (watch) {
        await notificationsApi.unfollow(watch.id);
        setOverride(null);
      } else {
        setOverride(await notificationsApi.follow('target', targetId));
      }
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  }, [watch, targetId]);

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
        {t('targets.follow')}
      </Button>
      <span className="follow__state" aria-live="polite">
        {watch ? t('targets.following') : ''}
      </span>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
