/** A yes/no confirmation before publishing, unpublishing or deleting. */
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { useSmallScreen } from '../../app/useSmallScreen.ts';
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
  const small = useSmallScreen();
  return (
    <Modal
      visible
      appElementId="root"
      variant={small ? 'smallScreen' : 'default'}
      onEscKeyDown={onCancel}
      ariaLabelledBy="wc-confirm-title"
    >
      <ModalContent>
        <ModalTitle id="wc-confirm-title">{title}</ModalTitle>
        <Paragraph>{text}</Paragraph>
      </ModalContent>
      <ModalFooter>
        <Button onClick={onConfirm}>{confirm}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('workerContent.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
