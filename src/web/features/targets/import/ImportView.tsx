/**
 * Tuonti: import companies, worksites or observations from CSV or XLSX. Upload → map the file's
 * columns to fields (the server suggests) → the validation report (row, field, problem) → choose
 * all-or-nothing or skip-invalid → run, with a progress bar polled from the server until it ends.
 * Nothing is half-imported: the server writes every row in one transaction.
 */
import { Paragraph } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { ImportFileForm } from './ImportFileForm.tsx';
import { ImportMappingSection } from './ImportMappingSection.tsx';
import { ImportObservationOptions } from './ImportObservationOptions.tsx';
import { ImportReportSection } from './ImportReportSection.tsx';
import { readReport } from './importState.ts';
import { useImport } from './useImport.ts';

export function ImportView() {
  const t = useT();
  const config = useRecordsConfig();
  const state = useImport();
  const { uploaded, job, busy, running } = state;
  const report = job ? readReport(job) : null;

  return (
    <>
      <PageHeading>{t('targets.import.title')}</PageHeading>
      <Paragraph className="lead">{t('targets.import.intro')}</Paragraph>
      <ImportFileForm
        kind={state.kind}
        onKind={state.chooseKind}
        onFile={state.setFile}
        canUpload={Boolean(state.file) && !busy && !running}
        onUpload={state.upload}
      />
      {uploaded && (
        <ImportMappingSection
          uploaded={uploaded}
          mapping={state.mapping}
          onMap={state.mapField}
          options={
            state.kind === 'observations' && (
              <ImportObservationOptions
                options={state.observation}
                categoryChoices={config.data?.categories ?? []}
              />
            )
          }
          missing={state.missing}
          canValidate={!busy && !running && state.missing.length === 0}
          onValidate={state.validate}
        />
      )}
      {job && report && (
        <ImportReportSection
          job={job}
          report={report}
          mode={state.mode}
          onMode={state.setMode}
          busy={busy}
          onRun={state.run}
          onStartOver={state.startOver}
        />
      )}
      {state.error !== null && <ErrorAlert error={state.error} />}
    </>
  );
}
