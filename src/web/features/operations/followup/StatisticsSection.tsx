/** Tilastot: the operation's figures — targets, outcomes, findings, victims, follow-ups, investigations. */
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useT } from '../../../i18n/I18nProvider.tsx';
import type { Translate } from '../../../i18n/translate.ts';
import { ISSUE_LABEL } from '../../competence/issues.ts';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { countPairs } from '../followUp.ts';
import { OUTCOME_LABEL } from '../labels.ts';
import { operationsApi } from '../operations.api.ts';
import type { Outcome } from '../operations.types.ts';
import { useOperationData } from '../useOperation.ts';
import { Section } from './ListSection.tsx';
import { crimeLabel } from './labels.ts';

const loadStatistics = (id: string, signal: AbortSignal) => operationsApi.statistics(id, signal);
const STAT_EVENTS = ['operation.*'];

export function StatisticsSection({ operationId }: { operationId: string }) {
  const t = useT();
  const names = useNames(useRecordsConfig().data);
  const stats = useOperationData(operationId, loadStatistics, STAT_EVENTS);
  const data = stats.data;
  const crime = (code: string) => crimeLabel(t, code);
  const outcome = (code: string) => (code in OUTCOME_LABEL ? t(OUTCOME_LABEL[code as Outcome]) : code);
  const list = (pairs: [string, number][], label: (code: string) => string = (code) => code) =>
    pairs.map(([code, count]) => `${label(code)}: ${count}`).join(', ') || '–';
  return (
    <Section headingId="stats-heading" title={t('operations.stats.title')}>
      {stats.loading && !data && <Loading />}
      {stats.error !== null && <ErrorAlert error={stats.error} onRetry={stats.reload} />}
      {data && (
        <>
          <dl className="ops-facts ops-stats panel">
            <dt>{t('operations.stats.targets')}</dt>
            <dd>{t('operations.stats.targetsValue', data.targets)}</dd>
            <dt>{t('operations.stats.outcomes')}</dt>
            <dd>{list(countPairs(data.outcomes), outcome)}</dd>
            <dt>{t('operations.stats.findings')}</dt>
            <dd>{list(countPairs(data.findingsByArea), (code) => findingArea(t, code))}</dd>
            <dt>{t('operations.stats.ilo')}</dt>
            <dd>{list(countPairs(data.iloIndicators))}</dd>
            <dt>{t('operations.stats.victims')}</dt>
            <dd>{data.victimsReferred}</dd>
            <dt>{t('operations.stats.followUps')}</dt>
            <dd>{t('operations.stats.followUpsValue', data.followUps)}</dd>
            <dt>{t('operations.stats.investigations')}</dt>
            <dd>
              {data.investigations}
              {data.investigations > 0 && ` (${list(countPairs(data.investigationsByCrime), crime)})`}
            </dd>
          </dl>
          {data.byAuthority.length > 0 && (
            <div className="ops-table-wrap">
              <table className="ops-table">
                <caption>{t('operations.stats.byAuthority')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('operations.stats.col.authority')}</th>
                    <th scope="col">{t('operations.stats.col.results')}</th>
                    <th scope="col">{t('operations.stats.col.findings')}</th>
                    <th scope="col">{t('operations.stats.col.victims')}</th>
                    <th scope="col">{t('operations.stats.col.followUpsOpen')}</th>
                    <th scope="col">{t('operations.stats.col.investigations')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byAuthority.map((row) => (
                    <tr key={row.authority}>
                      <th scope="row">{names.authority(row.authority)}</th>
                      <td>{row.results}</td>
                      <td>{row.findings}</td>
                      <td>{row.victimsReferred}</td>
                      <td>{row.followUpsOpen}</td>
                      <td>{row.investigations}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Section>
  );
}

/** Finding areas are issue areas where one exists (wages, permits, …); the rest have their own word. */
function findingArea(t: Translate, code: string): string {
  if (code in ISSUE_LABEL) return t(ISSUE_LABEL[code as keyof typeof ISSUE_LABEL]);
  if (code === 'ilo_indicators') return t('operations.stats.area.ilo');
  if (code === 'other') return t('operations.stats.area.other');
  return code;
}
