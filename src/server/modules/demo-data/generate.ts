/**
 * The demo-data generator's public, streaming API. Everything is a generator: a data set of a million
 * companies is produced one company group at a time and never held in memory. The same options always
 * give the same records, and a slice [start, end) gives exactly the records of the whole run's slice.
 */
import { GROUP_SIZE, generateGroup, type ResolvedOptions } from './company-group.ts';
import { epochDay, yearOf } from './dates.ts';
import { businessIdForIndex, demoUuid, MAX_DEMO_COMPANIES } from './ids.ts';
import type {
  DemoCompany,
  DemoCompanyBundle,
  DemoDataOptions,
  DemoEmployment,
  DemoPerson,
  DemoSubcontract,
  DemoWorksite,
} from './types.ts';

/** Companies are generated in groups of this size; references never cross a group boundary. */
export const DEMO_GROUP_SIZE = GROUP_SIZE;

/** Default "today" of a run; fixed so that the data does not change with the calendar. */
export const DEFAULT_REFERENCE_DATE = '2025-06-30';

interface Plan extends ResolvedOptions {
  readonly start: number;
  readonly end: number;
}

function requireNumber(name: string, value: number, min: number, max: number, integer = false): number {
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new RangeError(
      `${name} must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}]: ${value}`,
    );
  }
  return value;
}

function plan(options: DemoDataOptions): Plan {
  const companies = requireNumber('companies', options.companies, 0, MAX_DEMO_COMPANIES, true);
  const start = requireNumber('start', options.start ?? 0, 0, companies, true);
  const end = requireNumber('end', options.end ?? companies, start, companies, true);
  const referenceDay = epochDay(options.referenceDate ?? DEFAULT_REFERENCE_DATE);
  return {
    seed: requireNumber('seed', options.seed, -(2 ** 53), 2 ** 53, true),
    worksitesPerCompany: requireNumber('worksitesPerCompany', options.worksitesPerCompany ?? 1.5, 0, 20),
    personsPerCompany: requireNumber('personsPerCompany', options.personsPerCompany ?? 3, 0, 100),
    subcontractingShare: requireNumber('subcontractingShare', options.subcontractingShare ?? 0.15, 0, 0.9),
    referenceDay,
    referenceYear: yearOf(referenceDay),
    start,
    end,
  };
}

/**
 * Yields one bundle per company, in index order: the company with its worksites, the persons first
 * seen there, their employments, and the link to its main contractor. Options are checked when iteration
 * starts (the first `next()`); bad options throw a RangeError.
 */
export function* generateDemoData(options: DemoDataOptions): Generator<DemoCompanyBundle, void, undefined> {
  const run = plan(options);
  for (let group = Math.floor(run.start / GROUP_SIZE); group * GROUP_SIZE < run.end; group++) {
    const groupStart = group * GROUP_SIZE;
    const count = Math.min(GROUP_SIZE, options.companies - groupStart);
    for (const bundle of generateGroup(run, group, count)) {
      const { index } = bundle.company;
      if (index >= run.start && index < run.end) yield bundle;
    }
  }
}

/** Companies only (still generates, then drops, the rest of each bundle). */
export function* generateCompanies(options: DemoDataOptions): Generator<DemoCompany, void, undefined> {
  for (const bundle of generateDemoData(options)) yield bundle.company;
}

/** Worksites only, in company order. */
export function* generateWorksites(options: DemoDataOptions): Generator<DemoWorksite, void, undefined> {
  for (const bundle of generateDemoData(options)) yield* bundle.worksites;
}

/** Persons only, each exactly once, before any company that employs them again. */
export function* generatePersons(options: DemoDataOptions): Generator<DemoPerson, void, undefined> {
  for (const bundle of generateDemoData(options)) yield* bundle.persons;
}

/** Employments only (owner, board member and employee roles). */
export function* generateEmployments(options: DemoDataOptions): Generator<DemoEmployment, void, undefined> {
  for (const bundle of generateDemoData(options)) yield* bundle.employments;
}

/** Main contractor → subcontractor links; chains are 1–4 links long and acyclic. */
export function* generateSubcontracting(
  options: DemoDataOptions,
): Generator<DemoSubcontract, void, undefined> {
  for (const bundle of generateDemoData(options)) yield* bundle.subcontracts;
}

/** The id and business ID of a company, without generating anything else. */
export interface DemoCompanyKey {
  index: number;
  id: string;
  businessId: string;
}

/** Ids and business IDs of the companies of a run: cheap, for foreign keys and benchmarks. */
export function* generateCompanyKeys(
  options: Pick<DemoDataOptions, 'seed' | 'companies' | 'start' | 'end'>,
): Generator<DemoCompanyKey, void, undefined> {
  const run = plan(options);
  for (let index = run.start; index < run.end; index++) {
    yield { index, id: companyIdForIndex(run.seed, index), businessId: businessIdForIndex(run.seed, index) };
  }
}

/** The id of the company at `index` in a run with this seed (equal to `DemoCompany.id`). */
export function companyIdForIndex(seed: number, index: number): string {
  return demoUuid(seed, 'company', index);
}
