/** Every problem of a rejected save or import, with the path of the field it concerns. */
import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { ConfigProblem } from '../competence.types.ts';

export function ProblemList({ problems, id }: { problems: ConfigProblem[]; id: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="problem-list" role="alert" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <p id={`${id}-title`} className="problem-list__title">
        {t('competence.admin.problems', { count: problems.length })}
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}|${problem.message}`}>
            {problem.path && <code className="problem-list__path">{problem.path}</code>} {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
