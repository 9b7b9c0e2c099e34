/** Step 2: the file as read, the mapping of its columns to fields, and the check before validating. */
import type { ReactNode } from 'react';
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { UploadedImport } from '../targets.types.ts';
import { ImportMapping } from './ImportMapping.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { useFieldLabel } from './importFields.ts';

interface ImportMappingSectionProps {
  uploaded: UploadedImport;
  mapping: Record<string, string>;
  onMap: (field: string, column: string) => void;
  /** Options of the kind being imported, below the mapping. */
  options?: ReactNode;
  /** Required fields still without a column. */
  missing: string[];
  canValidate: boolean;
  onValidate: () => void;
}

export function ImportMappingSection(props: ImportMappingSectionProps) {
  const { uploaded, missing } = props;
  const t = useT();
  const fieldLabel = useFieldLabel();
  return (
    <section className="panel record-form" aria-labelledby="import-map-title">
      <SectionHeading id="import-map-title" className="record-section-title">
        {t('targets.import.step2')}
      </SectionHeading>
      <Paragraph>
        {t('targets.import.found', {
          rows: uploaded.totalRows,
          columns: uploaded.columns.length,
          file: uploaded.fileName,
        })}
      </Paragraph>
      {uploaded.preview.length > 0 && <ImportPreview uploaded={uploaded} />}
      <ImportMapping uploaded={uploaded} mapping={props.mapping} onMap={props.onMap} />
      {props.options}
      {missing.length > 0 && (
        <InlineAlert status="warning">
          {t('targets.import.missing', { fields: missing.map(fieldLabel).join(', ') })}
        </InlineAlert>
      )}
      <div className="record-form__actions">
        <Button disabled={!props.canValidate} onClick={props.onValidate}>
          {t('targets.import.validate')}
        </Button>
      </div>
    </section>
  );
}
