/** The ranked invitation list: each authority with the issues it covers, why, and its key powers. */
import type { UiLocale } from '../../../../contracts/languages.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { authorityPath } from '../competence.routes.ts';
import type { IssueArea, ParticipantSeat } from '../competence.types.ts';
import { ISSUE_LABEL, KIND_LABEL } from '../issues.ts';
import { IssueChips } from '../shared/IssueChips.tsx';

interface SeatListProps {
  seats: ParticipantSeat[];
  issues: IssueArea[];
  goal: string;
  locale: UiLocale;
}

export function SeatList({ seats, issues, goal, locale }: SeatListProps) {
  const t = useT();
  const uncovered = issues.filter((area) => !seats.some((seat) => seat.issueAreas.includes(area)));
  return (
    <section className="panel seats" aria-labelledby="participants-result">
      <h2 id="participants-result" className="competence-h2" tabIndex={-1}>
        {goal ? t('competence.participants.resultFor', { goal }) : t('competence.participants.result')}
      </h2>
      <p className="result-count">{t('competence.participants.count', { count: seats.length })}</p>
      {uncovered.length > 0 && (
        <p className="seats__uncovered">
          {t('competence.participants.uncovered', {
            issues: uncovered.map((a) => t(ISSUE_LABEL[a])).join(', '),
          })}
        </p>
      )}
      <ol className="seats__list">
        {seats.map((seat) => (
          <li key={seat.authority} className="seat">
            <p className="seat__name">
              <AppLink href={authorityPath(seat.authority)}>{seat.name[locale]}</AppLink>
              <span className="seat__coverage">
                {t('competence.participants.covers', {
                  covered: seat.issueAreas.length,
                  total: issues.length,
                })}
              </span>
            </p>
            <IssueChips areas={seat.issueAreas} />
            <p className="seat__why">{seat.why[locale]}</p>
            {seat.competences.length > 0 && (
              <ul className="seat__competences">
                {seat.competences.map((competence) => (
                  <li key={competence.id}>
                    <span className="seat__kind">{t(KIND_LABEL[competence.kind])}:</span>{' '}
                    {competence.title[locale]}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
