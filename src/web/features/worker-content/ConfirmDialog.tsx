/** A yes/no confirmation before publishing, unpublishing or deleting. */
import { Paragraph } from 'suomifi-ui-components';
import { ActionDialog } from '../../components/ActionDialog.tsx';
import { useT } from '../../i18n/I18nProvider.tsx';

interface ConfirmDialogProps {
  title: string;
  text: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, text, confirm, onConfirm, onCancel }: ConfirmDialogProps) {
  const t = useT();
  return (
    <ActionDialog
      titleId="wc-confirm-title"
      title={title}
      confirmText={confirm}
      busy={false}
      onConfirm={onConfirm}
      cancelText={t('workerContent.cancel')}
      onCancel={onCancel}
    >
      <Paragraph>{text}</Paragraph>
    </ActionDialog>
  );
}
