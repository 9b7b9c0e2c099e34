/**
 * One company's score explained: a table of the indicators that contribute (value, weight,
 * contribution) and the records behind each — links to those the reader may see, and for the rest
 * only "authority X holds N", as a register hit shows them.
 */
import { useCallback } from 'react';
import { useApiData } from '../../../app/useApiData.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useLocale, useT } from '../../../i18n/I18nProvider.tsx';
import { recordPath } from '../../records/records.routes.ts';
import type { Names } from '../../records/useRecordsConfig.ts';
import { formatRaw, formatScore } from './labels.ts';
import { type IndicatorInfo, selectionApi } from './selection.api.ts';

interface Props {
  operationId: string;
  companyId: string;
  indicators: Map<string, IndicatorInfo>;
  names: Names;
}

export function ExplanationView({ operationId, companyId, indicators, names }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const load = useCallback(
    (signal: AbortSignal) => selectionApi.explain(operationId, companyId, signal),
    [operationId, companyId],
  );
  const { data, error, reload } = useApiData(load);
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  const rows = data.indicators
    .filter((i) => i.contribution > 0 || (i.records && (i.records.visible.length || i.records.hidden.length)))
    .sort((a, b) => b.contribution - a.contribution);
  if (!rows.length) return <p className="selection__meta">{t('operations.selection.explanation.none')}</p>;

  return (
    <div className="selection-explanation">
      <table className="selection-explanation__table">
        <caption>{t('operations.selection.explanation.caption', { company: data.company.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('operations.selection.explanation.indicator')}</th>
            <th scope="col">{t('operations.selection.explanation.value')}</th>
            <th scope="col">{t('operations.selection.explanation.weight')}</th>
            <th scope="col">{t('operations.selection.explanation.contribution')}</th>
            <th scope="col">{t('operations.selection.explanation.records')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => {
            const info = indicators.get(i.code);
            return (
              <tr key={i.code}>
                <th scope="row">
                  {i.title[locale]}
                  <span className="selection-card__meta">
                    {' '}
                    {t('operations.selection.explanation.source', { source: i.source })}
                    {i.unverified && ` · ${t('operations.selection.explanation.unverified')}`}
                  </span>
                  {info && <span className="visually-hidden"> {info.description[locale]}</span>}
                </th>
                <td data-label={t('operations.selection.explanation.value')}>{formatRaw(i.raw, locale)}</td>
                <td data-label={t('operations.selection.explanation.weight')}>
                  {formatRaw(i.weight, locale)}
                </td>
                <td data-label={t('operations.selection.explanation.contribution')}>
                  {formatScore(i.contribution, locale)}
                </td>
                <td data-label={t('operations.selection.explanation.records')}>
                  {i.records && (
                    <ul className="selection-explanation__records">
                      {i.records.visible.map((r) => (
                        <li key={r.id}>
                          <AppLink href={recordPath(r.id)}>{r.title}</AppLink>{' '}
                          <span className="selection-card__meta">{names.authority(r.ownerAuthority)}</span>
                        </li>
                      ))}
                      {i.records.hidden.map((h) => (
                        <li key={h.authority}>
                          {t('operations.selection.explanation.hidden', {
                            authority: names.authority(h.authority),
                            count: h.count,
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
