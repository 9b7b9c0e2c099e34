/** The run's progress bar and where it is: checking or writing rows, done, or failed. */
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { ImportJob } from '../targets.types.ts';
import { progressPercent } from './importState.ts';

export function ImportProgress({ job }: { job: ImportJob }) {
  const t = useT();
  const percent = progressPercent(job);
  return (
    <div className="import-progress">
      <label htmlFor="import-progress">{t('targets.import.progress')}</label>
      <progress
        id="import-progress"
        max={100}
        value={percent}
        aria-valuetext={t('targets.import.percent', { percent })}
      >
        {t('targets.import.percent', { percent })}
      </progress>
      <p aria-live="polite">
        {job.status === 'running'
          ? t(job.phase === 'writing' ? 'targets.import.writing' : 'targets.import.checking', {
              done: job.rowsDone,
              total: job.totalRows,
            })
          : job.status === 'done'
            ? t('targets.import.done', { count: job.totalRows })
            : t('targets.import.failed', { error: job.error ?? '' })}
      </p>
    </div>
  );
}
