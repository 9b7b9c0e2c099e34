/**
 * Pura yhdistäminen: the confirmation before one merge is undone. It says what the server's split does
 * (merge.service.ts): what the merge moved goes back to the duplicate, the names it added come off
 * the survivor, the duplicate's status returns, links made since stay with the survivor; audited.
 */
import { useState } from 'react';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { useSmallScreen } from '../../../app/useSmallScreen.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { targetsApi } from '../targets.api.ts';
import type { Merge } from '../targets.types.ts';
import { RefusedAlert } from './RefusedAlert.tsx';

interface SplitDialogProps {
  merge: Merge;
  survivorName: string;
  duplicateName: string;
  onClose: (split: Merge | null) => void;
}

export function SplitDialog({ merge, survivorName, duplicateName, onClose }: SplitDialogProps) {
  const t = useT();
  const small = useSmallScreen();
  const [splitting, setSplitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const split = async () => {
    setSplitting(true);
    setError(null);
    try {
      onClose(await targetsApi.split(merge.survivorId, merge.id));
    } catch (reason) {
      setError(reason);
      setSplitting(false);
    }
  };

  return (
    <Modal
      visible
      appElementId="root"
      variant={small ? 'smallScreen' : 'default'}
      scrollable
      onEscKeyDown={() => onClose(null)}
      ariaLabelledBy="split-dialog-title"
      className="merge-dialog"
    >
      <ModalContent>
        <ModalTitle id="split-dialog-title">{t('targets.split.title')}</ModalTitle>
        <Paragraph className="merge-dialog__intro">
          {t('targets.split.intro', { duplicate: duplicateName, survivor: survivorName })}
        </Paragraph>
        <h3 className="merge-dialog__subtitle">{t('targets.merge.happens')}</h3>
        <ul className="merge-dialog__list">
          <li>{t('targets.split.links')}</li>
          <li>{t('targets.split.names', { survivor: survivorName })}</li>
          <li>{t('targets.split.later', { survivor: survivorName })}</li>
          <li>{t('targets.split.audited')}</li>
        </ul>
        {error !== null && <RefusedAlert error={error} />}
      </ModalContent>
      <ModalFooter>
        <Button onClick={split} disabled={splitting}>
          {splitting ? t('targets.split.splitting') : t('targets.split.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => onClose(null)}>
          {t('targets.merge.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
