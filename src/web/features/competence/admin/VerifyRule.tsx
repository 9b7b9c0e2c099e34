/** Marks an unverified rule as checked against the statute text, with a note on what was checked. */
import { type FormEvent, useState } from 'react';
import { Button, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { competenceApi } from '../competence.api.ts';

interface VerifyRuleProps {
  ruleId: string;
  /** Called with the new version, which has `verified: true`. */
  onVerified: (version: number) => void;
}

export function VerifyRule({ ruleId, onVerified }: VerifyRuleProps) {
  const t = useT();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function verify(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!note.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      const result = await competenceApi.verifyItem('rule', ruleId, note.trim());
      setNote('');
      onVerified(result.item.version);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="verify-rule" onSubmit={verify} noValidate aria-labelledby="verify-rule-heading">
      <h3 id="verify-rule-heading" className="competence-h3">
        {t('competence.admin.verifyTitle')}
      </h3>
      <p>{t('competence.admin.verifyIntro')}</p>
      <TextInput
        labelText={t('competence.admin.verifyNote')}
        value={note}
        onChange={(value) => {
          setMissing(false);
          setNote(String(value ?? ''));
        }}
        status={missing ? 'error' : 'default'}
        statusText={missing ? t('competence.admin.verifyNoteRequired') : undefined}
        fullWidth
      />
      {error !== null && <ErrorAlert error={error} />}
      <Button type="submit" variant="secondary" disabled={busy}>
        {t('competence.admin.verify')}
      </Button>
    </form>
  );
}
