/** One dropdown per target field: which of the file's columns fills it, or none. */
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { UploadedImport } from '../targets.types.ts';
import { NOT_MAPPED, useFieldLabel } from './importFields.ts';

interface ImportMappingProps {
  uploaded: UploadedImport;
  mapping: Record<string, string>;
  /** An empty column leaves the field unmapped. */
  onMap: (field: string, column: string) => void;
}

export function ImportMapping({ uploaded, mapping, onMap }: ImportMappingProps) {
  const t = useT();
  const fieldLabel = useFieldLabel();
  return (
    <div className="import-mapping">
      {uploaded.fields.map((field) => (
        <Dropdown
          key={field.key}
          labelText={fieldLabel(field.key)}
          hintText={field.required ? t('targets.import.required') : undefined}
          value={mapping[field.key] || NOT_MAPPED}
          onChange={(value) => onMap(field.key, value === NOT_MAPPED ? '' : value)}
        >
          {[
            <DropdownItem key={NOT_MAPPED} value={NOT_MAPPED}>
              {t('targets.import.notMapped')}
            </DropdownItem>,
            ...uploaded.columns.map((column) => (
              <DropdownItem key={column} value={column}>
                {column}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      ))}
    </div>
  );
}
