/**
 * For an invited authority: the invitation to the operation, with accept, and decline with a reason.
 * Shown to the caseworkers of the invited authority until it has answered.
 */
import { useState } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';
import type { Names } from '../records/useRecordsConfig.ts';
import { operationsApi } from './operations.api.ts';
import type { Operation } from './operations.types.ts';
import { ReasonDialog } from './ReasonDialog.tsx';

export function InvitationBanner({
  operation,
  names,
  onChanged,
}: {
  operation: Operation;
  names: Names;
  onChanged: () => void;
}) {
  const t = useT();
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const authority = operation.you.authority;
  const seat = operation.participants.find((p) => p.authority === authority);
  if (seat?.status !== 'invited' || authority === operation.leadAuthority) return null;

  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      await operationsApi.respond(operation.id, authority, true);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <InlineAlert status="warning" className="ops-invitation" labelText={t('operations.invitation.title')}>
      <p>
        {t('operations.invitation.text', {
          lead: names.authorityLong(operation.leadAuthority),
          authority: names.authority(authority),
        })}
      </p>
      <div className="ops-actions">
        <Button disabled={busy} onClick={() => void accept()}>
          {t('operations.invitation.accept')}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => setDeclining(true)}>
          {t('operations.invitation.decline')}
        </Button>
      </div>
      {error !== null && <ErrorAlert error={error} />}
      {declining && (
        <ReasonDialog
          title={t('operations.invitation.decline')}
          intro={t('operations.invitation.declineIntro')}
          confirmText={t('operations.invitation.decline')}
          onClose={() => setDeclining(false)}
          onConfirm={async (reason) => {
            await operationsApi.respond(operation.id, authority, false, reason);
            setDeclining(false);
            onChanged();
          }}
        />
      )}
    </InlineAlert>
  );
}
