/**
 * Risk-based target selection (valvontakohteiden valinta) for one operation: the shortlist by score
 * with an expandable, per-indicator explanation for each company (records only where the reader may
 * see them), the lead's weights, select/reject with a required rationale, and the chosen targets.
 * Loads the operation itself to know whether the reader leads it; reloads live on selection events.
 */
import { useCallback, useMemo } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/I18nProvider.tsx';
import { useNames, useRecordsConfig } from '../../records/useRecordsConfig.ts';
import { operationsApi } from '../operations.api.ts';
import { useOperationData } from '../useOperation.ts';
import { CandidateList } from './CandidateList.tsx';
import { DecidedTargets } from './DecidedTargets.tsx';
import { selectionApi } from './selection.api.ts';
import { WeightsForm } from './WeightsForm.tsx';
import './selection.css';

const loadOperation = (id: string, signal: AbortSignal) => operationsApi.get(id, signal);
const loadCandidates = (id: string, signal: AbortSignal) => selectionApi.candidates(id, signal);
const loadTargets = (id: string, signal: AbortSignal) => selectionApi.targets(id, signal);
const loadLibrary = (_id: string, signal: AbortSignal) => selectionApi.library(signal);
const SELECTION_EVENTS = ['operation.target_decided', 'operation.updated'];

export function TargetSelectionPanel({ operationId }: { operationId: string }) {
  const t = useT();
  const format = useFormat();
  const operation = useOperationData(operationId, loadOperation, ['operation.*']);
  const candidates = useOperationData(operationId, loadCandidates, SELECTION_EVENTS);
  const targets = useOperationData(operationId, loadTargets, SELECTION_EVENTS);
  const library = useOperationData(operationId, loadLibrary, []);
  const config = useRecordsConfig();
  const names = useNames(config.data);
  const reloadAll = useCallback(() => {
    candidates.reload();
    targets.reload();
  }, [candidates.reload, targets.reload]);
  const indicatorsByCode = useMemo(
    () => new Map((library.data?.indicators ?? []).map((i) => [i.code, i])),
    [library.data],
  );

  const failed = operation.error ?? library.error;
  if (failed) return <ErrorAlert error={failed} onRetry={operation.reload} />;
  if (!operation.data || !library.data) return <Loading />;
  const op = operation.data;
  const planning = op.status === 'planning';
  const lead = op.you.lead;
  const data = candidates.data;

  return (
    <section className="selection" aria-labelledby="selection-title">
      <h2 id="selection-title" className="selection__title">
        {t('operations.selection.title')}
      </h2>
      <Paragraph className="selection__intro">{t('operations.selection.intro')}</Paragraph>
      {!lead && <Paragraph className="selection__note">{t('operations.selection.readOnly')}</Paragraph>}
      {lead && !planning && (
        <Paragraph className="selection__note">{t('operations.selection.notPlanning')}</Paragraph>
      )}

      {lead && !['closed', 'cancelled'].includes(op.status) && data && (
        <WeightsForm
          operationId={operationId}
          library={library.data}
          weights={data.weights}
          onSaved={candidates.reload}
        />
      )}

      <h3 className="selection__subtitle">{t('operations.selection.shortlist')}</h3>
      {candidates.error ? (
        <ErrorAlert error={candidates.error} onRetry={candidates.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <Paragraph className="selection__meta">
            {data.computedAt
              ? t('operations.selection.computedAt', {
                  at: format.dateTime(data.computedAt),
                  version: data.libraryVersion,
                })
              : t('operations.selection.notComputed')}
          </Paragraph>
          <Paragraph className="selection__meta">
            {t('operations.selection.filter', {
              sectors: data.filter.tolPrefixes.join(', ') || t('operations.selection.filterAll'),
              municipalities: data.filter.municipalities.join(', ') || t('operations.selection.filterAll'),
            })}
          </Paragraph>
          {data.filter.unknownSectors.length > 0 && (
            <Paragraph className="selection__meta">
              {t('operations.selection.unknownSectors', { sectors: data.filter.unknownSectors.join(', ') })}
            </Paragraph>
          )}
          <CandidateList
            operationId={operationId}
            candidates={data.items}
            indicators={indicatorsByCode}
            names={names}
            mayDecide={lead && planning}
            mayPropose={planning}
            onChanged={reloadAll}
          />
        </>
      )}

      {targets.error ? (
        <ErrorAlert error={targets.error} onRetry={targets.reload} />
      ) : targets.data ? (
        <DecidedTargets targets={targets.data} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
