/**
 * Asks for a reason before an action that needs one (cancelling or closing with open follow-ups,
 * declining an invitation or an initiative). Nothing happens until the reason is written and confirmed;
 * the server's refusal is shown in the dialog.
 */
import { useState } from 'react';
import {
  Button,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  Textarea,
} from 'suomifi-ui-components';
import { useSmallScreen } from '../../app/useSmallScreen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

interface ReasonDialogProps {
  title: string;
  intro: string;
  confirmText: string;
  /** The reason may be left empty (e.g. accepting); by default it is required. */
  optional?: boolean;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}

export function ReasonDialog({ title, intro, confirmText, optional, onConfirm, onClose }: ReasonDialogProps) {
  const t = useT();
  const small = useSmallScreen();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirm = async () => {
    if (!optional && !reason.trim()) {
      setMissing(true);
      document.getElementById('reason-dialog-text')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Modal
      visible
      appElementId="root"
      variant={small ? 'smallScreen' : 'default'}
      onEscKeyDown={onClose}
      ariaLabelledBy="reason-dialog-title"
    >
      <ModalContent>
        <ModalTitle id="reason-dialog-title">{title}</ModalTitle>
        <Paragraph className="reason-dialog__intro">{intro}</Paragraph>
        <Textarea
          id="reason-dialog-text"
          labelText={t('operations.reason.label')}
          optionalText={optional ? t('operations.optional') : undefined}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
          fullWidth
          resize="vertical"
          {...(missing && { status: 'error', statusText: t('operations.reason.required') })}
        />
        {error !== null && <ErrorAlert error={error} />}
      </ModalContent>
      <ModalFooter>
        <Button disabled={busy} onClick={() => void confirm()}>
          {confirmText}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('operations.form.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
