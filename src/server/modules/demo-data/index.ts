/**
 * Deterministic synthetic demo data: companies, worksites, persons, employments and subcontracting
 * chains for demos, tests and benchmarks. Everything is invented; nothing here touches the database.
 */
export { businessIdCheckDigit, isValidBusinessId, normalizeBusinessId } from './business-id.ts';
export {
  companyIdForIndex,
  DEFAULT_REFERENCE_DATE,
  DEMO_GROUP_SIZE,
  type DemoCompanyKey,
  generateCompanies,
  generateCompanyKeys,
  generateDemoData,
  generateEmployments,
  generatePersons,
  generateSubcontracting,
  generateWorksites,
} from './generate.ts';
export { businessIdForIndex, demoUuid, MAX_DEMO_COMPANIES } from './ids.ts';
export {
  findIndustry,
  HIGH_RISK_TOL_PREFIXES,
  isHighRiskTolCode,
  TOL_INDUSTRIES,
  type TolIndustry,
} from './industries.ts';
export { findMunicipality, MUNICIPALITIES, type Municipality } from './municipalities.ts';
export { createRandom, type Random } from './random.ts';
export * from './types.ts';
