/** Select or reject one company with a required rationale (the lead); adds it as a target first if needed. */
import { useState } from 'react';
import { Button, Textarea } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { type Candidate, selectionApi } from './selection.api.ts';

interface Props {
  operationId: string;
  candidate: Candidate;
  decision: 'selected' | 'rejected';
  onDone: () => void;
  onCancel: () => void;
}

export function DecisionForm({ operationId, candidate, decision, onDone, onCancel }: Props) {
  const t = useT();
  const [rationale, setRationale] = useState('');
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    if (rationale.trim().length < 3) {
      setMissing(true);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const targetId =
        candidate.operationTargetId ?? (await selectionApi.addTarget(operationId, candidate.companyId)).id;
      await selectionApi.decide(operationId, targetId, decision, rationale.trim());
      onDone();
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };

  return (
    <form
      className="selection-decision"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Textarea
        labelText={t('operations.selection.rationale')}
        hintText={t('operations.selection.rationaleHint')}
        value={rationale}
        onChange={(event) => {
          setRationale(event.target.value);
          setMissing(false);
        }}
        status={missing ? 'error' : 'default'}
        statusText={missing ? t('operations.selection.rationaleRequired') : undefined}
        fullWidth
      />
      {error !== null && <ErrorAlert error={error} />}
      <div className="selection-actions">
        <Button type="submit" disabled={saving}>
          {saving
            ? t('operations.selection.saving')
            : decision === 'selected'
              ? t('operations.selection.confirmSelect')
              : t('operations.selection.confirmReject')}
        </Button>
        <Button variant="secondaryNoBorder" type="button" onClick={onCancel}>
          {t('operations.selection.cancel')}
        </Button>
      </div>
    </form>
  );
}
