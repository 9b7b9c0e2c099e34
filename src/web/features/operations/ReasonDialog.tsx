/**
 * Asks for a reason before an action that needs one (cancelling or closing with open follow-ups,
 * declining an invitation or an initiative). Nothing happens until the reason is written and confirmed;
 * the server's refusal is shown in the dialog.
 */
import { useState } from 'react';
import { Paragraph, Textarea } from 'suomifi-ui-components';
import { ActionDialog, useDialogAction } from '../../components/ActionDialog.tsx';
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
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useDialogAction();

  const confirm = () => {
    if (!optional && !reason.trim()) {
      setMissing(true);
      document.getElementById('reason-dialog-text')?.focus();
      return;
    }
    void action.run(() => onConfirm(reason.trim()));
  };

  return (
    <ActionDialog
      titleId="reason-dialog-title"
      title={title}
      error={action.error}
      confirmText={confirmText}
      busy={action.busy}
      onConfirm={confirm}
      cancelText={t('operations.form.cancel')}
      onCancel={onClose}
    >
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
    </ActionDialog>
  );
}
