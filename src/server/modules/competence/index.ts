/**
 * Public surface of the competence module: the configuration schemas and validation, the shipped
 * Finnish configuration, and the engine (`decideDisclosure`, `whoShouldBeAtTheTable`, `obligationsFor`).
 */
export { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
export { InvalidRequestError, UnknownCodeError } from './competence.errors.ts';
export { ISSUE_AREA_LABELS } from './competence.labels.ts';
export * from './competence.schemas.ts';
export {
  type ConfigProblem,
  type ValidationResult,
  validateCompetenceConfig,
} from './competence.validate.ts';
export { decideDisclosure } from './engine.ts';
export type * from './engine.types.ts';
export { type Obligation, obligationsFor } from './obligations.ts';
export { type TableQuery, type TableSeat, whoShouldBeAtTheTable } from './participants.ts';
