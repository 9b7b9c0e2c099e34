/** The validation report's problems: row, field and what is wrong, as many as the server kept. */
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useFieldLabel } from './importFields.ts';
import type { ImportReport } from './importState.ts';

export function ImportProblems({ report }: { report: ImportReport }) {
  const t = useT();
  const fieldLabel = useFieldLabel();
  return (
    <div className="import-problems">
      <table className="disclosures">
        <caption>
          {t('targets.import.problemsCaption', {
            shown: report.problems.length,
            count: report.problemCount,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('targets.import.col.row')}</th>
            <th scope="col">{t('targets.import.col.field')}</th>
            <th scope="col">{t('targets.import.col.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((problem) => (
            <tr key={`${problem.row}:${problem.field}:${problem.problem}`}>
              <td>{problem.row}</td>
              <td>{fieldLabel(problem.field)}</td>
              <td>{problem.problem}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
