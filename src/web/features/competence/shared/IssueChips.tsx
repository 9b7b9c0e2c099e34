/** Issue areas (wages, permits, …) as small labelled chips. */
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { IssueArea } from '../competence.types.ts';
import { ISSUE_LABEL } from '../issues.ts';

export function IssueChips({ areas }: { areas: readonly IssueArea[] }) {
  const t = useT();
  if (areas.length === 0) return null;
  return (
    <ul className="issue-chips">
      {areas.map((area) => (
        <li key={area} className="issue-chip">
          {t(ISSUE_LABEL[area])}
        </li>
      ))}
    </ul>
  );
}
