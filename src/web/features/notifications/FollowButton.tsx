/**
 * Seuraa: follow a target or a record to be notified about it (a watch on the subject) — for a target,
 * new records about it, changes and links; for a record, its changes and disclosures. A toggle button
 * (`aria-pressed`) whose name stays the same; the state is said beside it.
 */
import { useCallback, useState } from 'react';
import { Button, IconCheck, IconStar } from 'suomifi-ui-components';
import { useApiData } from '../../app/useApiData.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { notificationsApi, type Watch, type WatchSubject } from './notifications.api.ts';
import './notifications.css';

type FollowableSubject = Extract<WatchSubject, 'target' | 'record'>;

/** The button's name and the sentence said while the subject is followed. */
const LABELS: Record<FollowableSubject, { follow: MessageKey; following: MessageKey }> = {
  target: { follow: 'targets.follow', following: 'targets.following' },
  record: { follow: 'records.follow', following: 'records.following' },
};

export function FollowButton({
  subjectType,
  subjectId,
}: {
  subjectType: FollowableSubject;
  subjectId: string;
}) {
  const t = useT();
  const watches = useApiData(notificationsApi.watches);
  const [override, setOverride] = useState<Watch | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const found = watches.data?.find((w) => w.subjectType === subjectType && w.subjectId === subjectId) ?? null;
  const watch = override === undefined ? found : override;
  const labels = LABELS[subjectType];

  const toggle = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      if (watch) {
        await notificationsApi.unfollow(watch.id);
        setOverride(null);
      } else {
        setOverride(await notificationsApi.follow(subjectType, subjectId));
      }
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  }, [watch, subjectType, subjectId]);

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
        {t(labels.follow)}
      </Button>
      <span className="follow__state" aria-live="polite">
        {watch ? t(labels.following) : ''}
      </span>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
