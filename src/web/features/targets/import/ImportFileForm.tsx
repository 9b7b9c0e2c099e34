/** Step 1: what to import and the file to import it from. */
import type { FormEvent } from 'react';
import { Button, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { ImportKind } from '../targets.types.ts';
import { IMPORT_KINDS, KIND_TEXT } from './importFields.ts';

interface ImportFileFormProps {
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  onFile: (file: File | null) => void;
  /** A file is chosen and nothing else is going on. */
  canUpload: boolean;
  onUpload: (event: FormEvent) => void;
}

export function ImportFileForm({ kind, onKind, onFile, canUpload, onUpload }: ImportFileFormProps) {
  const t = useT();
  return (
    <form className="panel record-form" onSubmit={onUpload} aria-labelledby="import-file-title">
      <SectionHeading id="import-file-title" className="record-section-title">
        {t('targets.import.step1')}
      </SectionHeading>
      <RadioButtonGroup
        name="import-kind"
        labelText={t('targets.import.kind')}
        value={kind}
        onChange={(value) => onKind(value as ImportKind)}
      >
        {IMPORT_KINDS.map((k) => (
          <RadioButton key={k} value={k}>
            {t(KIND_TEXT[k])}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <div className="import-file">
        <label htmlFor="import-file-input" className="import-file__label">
          {t('targets.import.file')}
        </label>
        <span id="import-file-hint" className="import-file__hint">
          {t('targets.import.fileHint')}
        </span>
        <input
          id="import-file-input"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="import-file-hint"
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="record-form__actions">
        <Button type="submit" disabled={!canUpload}>
          {t('targets.import.upload')}
        </Button>
      </div>
    </form>
  );
}
