/**
 * Shapes of the synthetic demo records. They mirror what the register, worksite and person tables will
 * hold, so the database seeding can map them one to one. Dates are ISO strings ('YYYY-MM-DD'); ids are
 * UUID strings derived from the seed (see ids.ts).
 */

export const COMPANY_STATUSES = ['active', 'dissolved', 'bankrupt', 'liquidation'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const SITE_TYPES = [
  'construction_site',
  'farm',
  'greenhouse',
  'restaurant',
  'cleaning_site',
  'office',
  'warehouse',
  'other',
] as const;
export type SiteType = (typeof SITE_TYPES)[number];

export const EMPLOYMENT_ROLES = ['employee', 'owner', 'board_member'] as const;
export type EmploymentRole = (typeof EMPLOYMENT_ROLES)[number];

export const PERMIT_TYPES = ['employer_tied', 'unrestricted', 'eu_citizen', 'finnish', 'seasonal'] as const;
export type PermitType = (typeof PERMIT_TYPES)[number];

export interface DemoCompany {
  id: string;
  /** Company index in the run (0-based); ids and business IDs are functions of it. */
  index: number;
  /** Valid Finnish business ID, unique within the run. */
  businessId: string;
  name: string;
  /** Auxiliary business names (aputoiminimet). */
  auxiliaryNames: string[];
  formerNames: string[];
  /** 'Oy', 'Tmi', 'Ky', 'Ay', 'Oyj', or a foreign form such as 'OÜ'. */
  legalForm: string;
  /** TOL 2008 code, 5 digits (see industries.ts). */
  tolCode: string;
  /** Finnish name of the home municipality (see municipalities.ts). */
  municipality: string;
  streetAddress: string;
  postalCode: string;
  status: CompanyStatus;
  foundedOn: string;
  /** Headcount the company reports; may differ from the employments generated for it. */
  employeeCount: number;
  foreignOwned: boolean;
}

export interface DemoWorksite {
  id: string;
  companyId: string;
  name: string;
  streetAddress: string;
  municipality: string;
  postalCode: string;
  lat: number;
  lon: number;
  siteType: SiteType;
}

export interface DemoPerson {
  id: string;
  givenName: string;
  familyName: string;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  /** ISO 639-1 codes, or ISO 639-3 where no 639-1 code exists (e.g. 'fil', 'ckb'); first = main. */
  languages: string[];
  birthYear: number;
  /** Under 18 on the reference date (birth year alone decides: adults are at least 19 by year). */
  under18: boolean;
}

export interface DemoEmployment {
  id: string;
  personId: string;
  companyId: string;
  role: EmploymentRole;
  permitType: PermitType;
  startedOn: string;
}

export interface DemoSubcontract {
  id: string;
  /** The contractor one level up the chain (always a company with a smaller index). */
  mainCompanyId: string;
  subCompanyId: string;
  /** Where the work happens: a worksite of the chain's main contractor, when it has one. */
  worksiteId?: string;
}

/** Everything generated for one company. Records it refers to were yielded in this or an earlier bundle. */
export interface DemoCompanyBundle {
  company: DemoCompany;
  worksites: DemoWorksite[];
  /** Persons first seen in this company; an owner reused from an earlier company is not repeated. */
  persons: DemoPerson[];
  employments: DemoEmployment[];
  /** At most one: the link to this company's main contractor. */
  subcontracts: DemoSubcontract[];
}

export interface DemoDataOptions {
  seed: number;
  /** Number of companies in the data set (at most MAX_DEMO_COMPANIES). */
  companies: number;
  /** Average worksites per company; default 1.5. */
  worksitesPerCompany?: number;
  /** Average persons per company (owners, board members, employees); default 3. */
  personsPerCompany?: number;
  /** Share of companies that work as a subcontractor for another; default 0.15. */
  subcontractingShare?: number;
  /** "Today" for company ages, birth years and start dates; default '2025-06-30'. Keeps runs stable. */
  referenceDate?: string;
  /**
   * First company index to yield (inclusive); default 0. For generating slices in parallel: slices whose
   * bounds are multiples of DEMO_GROUP_SIZE (16) are self-contained; otherwise an employment or
   * subcontract may refer to a person or company of the previous slice.
   */
  start?: number;
  /** Company index to stop before (exclusive); default `companies`. */
  end?: number;
}
