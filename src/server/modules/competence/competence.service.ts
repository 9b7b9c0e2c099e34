/**
 * The stored competence map as the rest of Silta sees it. `decideDisclosureNow` is THE function every
 * sharing path calls to decide a disclosure: it runs the pure engine on the current stored map, so
 * the rule versions in its answer are the stored row versions. The assembled map is cached in memory
 * per database and revision; each use first reads the one-row revision (a primary-key lookup), so a
 * change made on any server node is seen by all of them at their next request.
 */

import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { InvalidRequestError, UnknownCodeError } from './competence.errors.ts';
import { assembleConfig } from './competence.items.ts';
import { loadCurrentItems, readRevision } from './competence.repository.ts';
import type { CompetenceConfig } from './competence.schemas.ts';
import { validateCompetenceConfig } from './competence.validate.ts';
import { decideDisclosure } from './engine.ts';
import type { DisclosureDecision, DisclosureRequest } from './engine.types.ts';

/** The current map and the revision it belongs to; `derived` caches answers computed from it. */
export interface CompetenceState {
  revision: number;
  config: CompetenceConfig;
  derived: Map<string, unknown>;
}

const cache = new WeakMap<Db, CompetenceState>();
const loading = new WeakMap<Db, Promise<CompetenceState>>();

async function load(db: Db, revision: number, changedAt: Date): Promise<CompetenceState> {
  const rows = (await loadCurrentItems(db)).filter((r) => !r.deleted);
  const doc = { ...assembleConfig(rows), validatedAt: changedAt.toISOString() };
  const result = validateCompetenceConfig(doc);
  if (!result.ok) {
    // Every write is validated as a whole, so this means the table was changed behind Silta's back.
    throw new AppError('internal', 'The stored competence map does not validate', {
      problems: result.problems,
    });
  }
  return { revision, config: result.config, derived: new Map() };
}

/**
 * The current map with its revision. Pass the application's `db` (not a transaction) to use the cache;
 * inside a transaction the map is read afresh, consistent with that transaction.
 */
export async function getCompetenceState(db: Db): Promise<CompetenceState> {
  const current = await readRevision(db);
  if (!current) throw new AppError('unavailable', 'The competence map has not been loaded yet');
  const cached = cache.get(db);
  if (cached?.revision === current.revision) return cached;
  const pending = loading.get(db);
  if (pending) {
    const state = await pending;
    if (state.revision === current.revision) return state;
  }
  const promise = load(db, current.revision, current.changedAt);
  loading.set(db, promise);
  try {
    const state = await promise;
    // A slower load of an older revision must not replace a newer one.
    if ((cache.get(db)?.revision ?? 0) <= state.revision) cache.set(db, state);
    return state;
  } finally {
    if (loading.get(db) === promise) loading.delete(db);
  }
}

/** The current competence map (cached per revision). */
export async function getCompetenceConfig(db: Db): Promise<CompetenceConfig> {
  return (await getCompetenceState(db)).config;
}

/** Runs an engine function, turning its request errors into a 400 that names the field. */
export function engineCall<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UnknownCodeError || error instanceof InvalidRequestError) {
      throw new AppError('validation_failed', error.message, {
        problems: [{ path: error.field, message: error.message }],
      });
    }
    throw error;
  }
}

/**
 * Decides a disclosure against the current stored map — the one function the rest of Silta may use
 * to decide whether data may (or must) pass between authorities. Unknown codes and bad dates throw
 * AppError `validation_failed` with `details.problems`.
 */
export async function decideDisclosureNow(db: Db, request: DisclosureRequest): Promise<DisclosureDecision> {
  const config = await getCompetenceConfig(db);
  return engineCall(() => decideDisclosure(config, request));
}

/**
 * An official's question "may I tell them?": decided like any disclosure, and recorded in the audit
 * trail with the answer and the rule versions it rested on.
 */
export async function adviseDisclosure(
  db: Db,
  actor: Actor,
  request: DisclosureRequest,
  requestId: string,
): Promise<DisclosureDecision> {
  const decision = await decideDisclosureNow(db, request);
  await db.transaction(async (tx) => {
    await writeAudit(tx, {
      action: 'competence.decide',
      actor,
      requestId,
      purpose: request.purpose,
      legalBasis: decision.legalBases.map((b) => `${b.lawNumber} ${b.section}`).join('; ') || null,
      targetType: 'competence_decision',
      details: {
        from: request.from,
        to: request.to,
        categories: request.categories,
        purpose: request.purpose,
        initiative: request.initiative,
        at: decision.at,
        confirmed: request.confirmed ?? [],
        allowed: decision.allowed,
        mode: decision.mode,
        ruleVersions: decision.ruleVersions,
      },
    });
  });
  return decision;
}
