/** Risk use cases behind risk.routes.ts: the library, explanations per reader, rescoring now and on a schedule. */
import type { Db } from '../../platform/db/client.ts';
import { type JobLog, scheduleEvery } from '../../platform/jobs/schedule.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { loadOperation } from '../operations/operations.access.ts';
import { type CompanyExplanation, explainCompany } from './explain.ts';
import {
  DEFAULT_WEIGHTS,
  effectiveWeights,
  INDICATORS,
  LIBRARY_DATE,
  LIBRARY_VERSION,
} from './indicators.ts';
import { type RescoreReport, rescoreAll } from './rescore.ts';
import { HIGH_RISK_SECTORS } from './sectors.ts';

export function indicatorLibrary() {
  return {
    version: LIBRARY_VERSION,
    date: LIBRARY_DATE,
    indicators: INDICATORS.map((i) => ({
      code: i.code,
      group: i.group,
      basis: i.basis,
      recordBased: i.basis === 'records' || i.basis === 'findings',
      title: i.title,
      description: i.description,
      source: i.source,
      unverified: i.unverified,
      defaultWeight: i.defaultWeight,
      computation: i.computation,
      since: i.since,
    })),
    sectors: [...HIGH_RISK_SECTORS],
  };
}

/** With an operation: its weights, and the actor must be a member (else the same 404 as missing). */
export async function explainForReader(
  db: Db,
  actor: Actor,
  companyId: string,
  operationId: string | undefined,
  requestId: string,
): Promise<CompanyExplanation> {
  const weights = operationId
    ? effectiveWeights((await loadOperation(db, actor, operationId)).operation.riskWeights)
    : DEFAULT_WEIGHTS;
  return explainCompany(db, actor, companyId, weights, {
    requestId,
    ...(operationId ? { operationId } : {}),
  });
}

export const rescoreNow = (db: Db, actor: Actor): Promise<RescoreReport> => rescoreAll(db, { actor });

export const RESCORE_INTERVAL_MS = 6 * 60 * 60 * 1000;

/**
 * Rescoring in the server: first after `firstAfterMs` (default 20 s, after start-up work), then every
 * `intervalMs` (platform/jobs/schedule.ts: no overlapping runs, unref'd timers, a failure logged and
 * tried again at the next interval). The returned function stops it. Several nodes: the advisory lock
 * in rescoreAll lets one of them do each run.
 */
export function scheduleRescoring(
  db: Db,
  log: JobLog,
  options: { intervalMs?: number; firstAfterMs?: number; onRun?: (report: RescoreReport) => void } = {},
): () => void {
  return scheduleEvery(
    'risk rescoring',
    options.intervalMs ?? RESCORE_INTERVAL_MS,
    () => rescoreAll(db),
    log,
    { firstAfterMs: options.firstAfterMs ?? 20_000, onRun: options.onRun },
  );
}
