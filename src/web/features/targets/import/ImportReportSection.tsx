/**
 * Step 3: the validation report; once validated, the choice between all-or-nothing and skipping
 * invalid rows and the run button; while and after running, the progress and a way to start over.
 */
import { Button, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { SectionHeading } from '../../../components/SectionHeading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { ImportJob, ImportMode } from '../targets.types.ts';
import { ImportProblems } from './ImportProblems.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import type { ImportReport } from './importState.ts';

interface ImportReportSectionProps {
  job: ImportJob;
  report: ImportReport;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  busy: boolean;
  onRun: () => void;
  onStartOver: () => void;
}

export function ImportReportSection({
  job,
  report,
  mode,
  onMode,
  busy,
  onRun,
  onStartOver,
}: ImportReportSectionProps) {
  const t = useT();
  const ended = job.status === 'done' || job.status === 'failed';
  return (
    <section className="panel record-form" aria-labelledby="import-report-title">
      <SectionHeading id="import-report-title" className="record-section-title">
        {t('targets.import.step3')}
      </SectionHeading>
      <p role="status">
        {t('targets.import.summary', {
          total: report.totalRows,
          valid: report.validRows,
          invalid: report.invalidRows,
          create: report.create,
          link: report.link,
        })}
      </p>
      {report.problems.length > 0 && <ImportProblems report={report} />}
      {job.status === 'validated' && (
        <>
          <RadioButtonGroup
            name="import-mode"
            labelText={t('targets.import.mode')}
            value={mode}
            onChange={(value) => onMode(value as ImportMode)}
          >
            <RadioButton value="all_or_nothing" hintText={t('targets.import.allOrNothingHint')}>
              {t('targets.import.allOrNothing')}
            </RadioButton>
            <RadioButton value="skip_invalid" hintText={t('targets.import.skipInvalidHint')}>
              {t('targets.import.skipInvalid')}
            </RadioButton>
          </RadioButtonGroup>
          <div className="record-form__actions">
            <Button disabled={busy} onClick={onRun}>
              {t('targets.import.run')}
            </Button>
          </div>
        </>
      )}
      {(job.status === 'running' || ended) && <ImportProgress job={job} />}
      {ended && (
        <Button variant="secondary" onClick={onStartOver}>
          {t('targets.import.again')}
        </Button>
      )}
    </section>
  );
}
