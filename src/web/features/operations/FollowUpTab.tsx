/**
 * Palaute ja jälkitoimet: results per target and authority (each participant records its own), the
 * follow-up tasks with owner authority, due date and status, pre-trial investigations opened, lessons
 * learned and the operation's statistics — one section each, in followup/. Reloads live on results and
 * follow-up events.
 */
import { FollowUpsSection } from './followup/FollowUpsSection.tsx';
import { InvestigationsSection } from './followup/InvestigationsSection.tsx';
import { LessonsSection } from './followup/LessonsSection.tsx';
import { ResultsSection } from './followup/ResultsSection.tsx';
import { StatisticsSection } from './followup/StatisticsSection.tsx';
import { operationsApi } from './operations.api.ts';
import { useOperationData } from './useOperation.ts';

const loadTargets = (id: string, signal: AbortSignal) => operationsApi.targets(id, signal);
const loadResults = (id: string, signal: AbortSignal) => operationsApi.results(id, signal);
const TARGET_EVENTS = ['operation.target_decided', 'operation.target_finished'];
const RESULT_EVENTS = ['operation.result_recorded'];

export function FollowUpTab({ operationId }: { operationId: string }) {
  const targets = useOperationData(operationId, loadTargets, TARGET_EVENTS);
  const results = useOperationData(operationId, loadResults, RESULT_EVENTS);
  const selected = (targets.data ?? []).filter((target) => target.decision === 'selected');
  return (
    <>
      <ResultsSection
        operationId={operationId}
        targets={selected}
        results={results.data ?? []}
        loading={targets.loading && !targets.data}
        error={targets.error ?? results.error}
        onSaved={results.reload}
      />
      <FollowUpsSection operationId={operationId} targets={selected} />
      <InvestigationsSection operationId={operationId} targets={selected} />
      <LessonsSection />
      <StatisticsSection operationId={operationId} />
    </>
  );
}
