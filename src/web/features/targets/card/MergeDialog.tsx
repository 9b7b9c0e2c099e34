/**
 * Yhdistä kaksoiskappale: the confirmation before a duplicate company is merged into this one. It says
 * exactly what the server's merge does (merge.service.ts) — every record link, worksite, employment
 * and subcontract moves; the names are kept; the duplicate stays, marked merged; audited; undoable —
 * takes an optional reason, and only then calls the merge route. A refusal shows the server's words.
 */
import { useState } from 'react';
import { Paragraph, Textarea } from 'suomifi-ui-components';
import { ActionDialog, useDialogAction } from '../../../components/ActionDialog.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { targetsApi } from '../targets.api.ts';
import type { Company, Merge } from '../targets.types.ts';
import { RefusedAlert } from './RefusedAlert.tsx';

/** The duplicate as the candidate list knows it. */
export interface DuplicateChoice {
  id: string;
  name: string;
  businessId: string | null;
}

const REASON_MAX = 500;

const label = (name: string, businessId: string | null) => (businessId ? `${name} (${businessId})` : name);

interface MergeDialogProps {
  survivor: Company;
  duplicate: DuplicateChoice;
  onClose: (merged: Merge | null) => void;
}

export function MergeDialog({ survivor, duplicate, onClose }: MergeDialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const action = useDialogAction();

  const merge = () =>
    action.run(async () => {
      const text = reason.trim();
      const result = await targetsApi.merge(survivor.id, {
        duplicateIds: [duplicate.id],
        ...(text ? { reason: text } : {}),
      });
      onClose(result.merges[0] ?? null);
    });

  return (
    <ActionDialog
      titleId="merge-dialog-title"
      title={t('targets.merge.dialogTitle')}
      className="merge-dialog"
      confirmText={t('targets.merge.confirm')}
      busyText={t('targets.merge.merging')}
      busy={action.busy}
      onConfirm={() => void merge()}
      cancelText={t('targets.merge.cancel')}
      onCancel={() => onClose(null)}
    >
      <Paragraph className="merge-dialog__intro">
        {t('targets.merge.dialogIntro', {
          duplicate: label(duplicate.name, duplicate.businessId),
          survivor: label(survivor.name, survivor.businessId),
        })}
      </Paragraph>
      <h3 className="merge-dialog__subtitle">{t('targets.merge.happens')}</h3>
      <ul className="merge-dialog__list">
        <li>{t('targets.merge.records')}</li>
        <li>{t('targets.merge.links')}</li>
        <li>{t('targets.merge.names')}</li>
        <li>{t('targets.merge.kept')}</li>
        <li>{t('targets.merge.audited')}</li>
      </ul>
      <Textarea
        labelText={t('targets.merge.reason')}
        optionalText={t('targets.new.optional')}
        hintText={t('targets.merge.reasonHint')}
        value={reason}
        maxLength={REASON_MAX}
        onChange={(event) => setReason(event.target.value)}
        fullWidth
        resize="vertical"
      />
      {action.error !== null && <RefusedAlert error={action.error} />}
    </ActionDialog>
  );
}
