/** Links a follow-up task or an investigation to one of the operation's selected targets, or to none. */
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { OperationTargetRef } from '../operations.types.ts';
import { targetName } from './labels.ts';

const NONE = 'none';

/** `value` is a target id, or '' for none; nothing is shown when the operation has no targets. */
export function TargetPicker({
  targets,
  value,
  onChange,
}: {
  targets: OperationTargetRef[];
  value: string;
  onChange: (targetId: string) => void;
}) {
  const t = useT();
  if (targets.length === 0) return null;
  return (
    <Dropdown
      labelText={t('operations.followUp.target')}
      value={value || NONE}
      onChange={(v) => onChange(v === NONE ? '' : v)}
      fullWidth
    >
      {[
        <DropdownItem key={NONE} value={NONE}>
          {t('operations.followUp.noTarget')}
        </DropdownItem>,
        ...targets.map((target) => (
          <DropdownItem key={target.id} value={target.id}>
            {targetName(target)}
          </DropdownItem>
        )),
      ]}
    </Dropdown>
  );
}
