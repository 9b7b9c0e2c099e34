/**
 * Public surface of the competence module for the rest of Silta: the configuration schemas and
 * validation, the shipped Finnish configuration, and the stored map's service functions. The pure
 * engine (`decideDisclosure` and friends, which take any configuration) is deliberately NOT exported:
 * other modules decide a disclosure only through `decideDisclosureNow`, which uses the current stored
 * map and reports its stored rule versions (single-decision-point.test.ts guards this).
 */
export { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
export { InvalidRequestError, UnknownCodeError } from './competence.errors.ts';
export { ISSUE_AREA_LABELS } from './competence.labels.ts';
export * from './competence.schemas.ts';
export { seedCompetenceMap } from './competence.seed.ts';
export {
  decideDisclosureNow,
  getCompetenceConfig,
  getCompetenceState,
} from './competence.service.ts';
export {
  type ConfigProblem,
  type ValidationResult,
  validateCompetenceConfig,
} from './competence.validate.ts';
export { findObligations, findParticipants } from './competence.views.ts';
export type * from './engine.types.ts';
export type { DisclosureMatrix, MatrixCell } from './matrix.ts';
export type { Obligation } from './obligations.ts';
export type { TableQuery, TableSeat } from './participants.ts';
