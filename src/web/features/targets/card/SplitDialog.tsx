/**
 * Pura yhdistäminen: the confirmation before one merge is undone. It says what the server's split does
 * (merge.service.ts): what the merge moved goes back to the duplicate, the names it added come off
 * the survivor, the duplicate's status returns, links made since stay with the survivor; audited.
 */
import { Paragraph } from 'suomifi-ui-components';
import { ActionDialog, useDialogAction } from '../../../components/ActionDialog.tsx';
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
  const action = useDialogAction();

  const split = () =>
    action.run(async () => {
      onClose(await targetsApi.split(merge.survivorId, merge.id));
    });

  return (
    <ActionDialog
      titleId="split-dialog-title"
      title={t('targets.split.title')}
      className="merge-dialog"
      confirmText={t('targets.split.confirm')}
      busyText={t('targets.split.splitting')}
      busy={action.busy}
      onConfirm={() => void split()}
      cancelText={t('targets.merge.cancel')}
      onCancel={() => onClose(null)}
    >
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
      {action.error !== null && <RefusedAlert error={action.error} />}
    </ActionDialog>
  );
}
