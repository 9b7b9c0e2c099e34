/**
 * The list of problems a rejected save or import carries: `details.problems` ({path, message}) from
 * the competence routes, or `details.issues` ({field, message}) from the generic request validation.
 */
import { ApiError } from '../../../api/client.ts';
import type { ConfigProblem } from '../competence.types.ts';

function asProblem(item: unknown): ConfigProblem | null {
  if (typeof item !== 'object' || item === null) return null;
  const record = item as Record<string, unknown>;
  const path = record.path ?? record.field;
  const message = record.message;
  if (typeof message !== 'string') return null;
  return { path: Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '', message };
}

/** The problems in an error, or null when it is not a validation failure with a list. */
export function problemsOf(error: unknown): ConfigProblem[] | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const details = (error.details ?? {}) as { problems?: unknown; issues?: unknown };
  const list = Array.isArray(details.problems)
    ? details.problems
    : Array.isArray(details.issues)
      ? details.issues
      : null;
  if (!list) return null;
  const problems = list.map(asProblem).filter((p): p is ConfigProblem => p !== null);
  return problems.length > 0 ? problems : null;
}
