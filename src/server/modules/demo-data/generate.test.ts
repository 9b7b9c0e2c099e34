import { beforeAll, describe, expect, it } from 'vitest';
import { isValidBusinessId } from './business-id.ts';
import {
  companyIdForIndex,
  DEMO_GROUP_SIZE,
  generateCompanies,
  generateDemoData,
  generatePersons,
  generateSubcontracting,
  generateWorksites,
} from './generate.ts';
import { MAX_DEMO_COMPANIES } from './ids.ts';
import { findIndustry, isHighRiskTolCode } from './industries.ts';
import { MUNICIPALITIES } from './municipalities.ts';
import { MAX_CHAIN_DEPTH } from './subcontracting.ts';
import type { DemoCompanyBundle } from './types.ts';
import { siteTypeFor } from './worksites.ts';

const MUNICIPALITY_NAMES = new Set(MUNICIPALITIES.map((municipality) => municipality.name));

const first = <T>(iterable: Iterable<T>, n: number): T[] => {
  const out: T[] = [];
  for (const item of iterable) {
    if (out.length === n) break;
    out.push(item);
  }
  return out;
};

describe('determinism', () => {
  it('gives the same first 100 records for the same seed and different ones for another seed', () => {
    const a = first(generateDemoData({ seed: 2025, companies: 1000 }), 100);
    const b = first(generateDemoData({ seed: 2025, companies: 1000 }), 100);
    const c = first(generateDemoData({ seed: 2026, companies: 1000 }), 100);
    expect(b).toEqual(a);
    expect(c.map((x) => x.company.id)).not.toEqual(a.map((x) => x.company.id));
    expect(c.map((x) => x.company.name)).not.toEqual(a.map((x) => x.company.name));
  });

  it('a slice equals the same slice of the whole run, and a smaller run is a prefix', () => {
    const whole = [...generateDemoData({ seed: 5, companies: 200 })];
    const slice = [...generateDemoData({ seed: 5, companies: 200, start: 37, end: 90 })];
    expect(slice).toEqual(whole.slice(37, 90));
    expect([...generateDemoData({ seed: 5, companies: 100 })]).toEqual(whole.slice(0, 100));
  });

  it('a slice aligned to DEMO_GROUP_SIZE refers only to its own records', () => {
    const slice = [
      ...generateDemoData({
        seed: 8,
        companies: 10_000,
        start: 64 * DEMO_GROUP_SIZE,
        end: 96 * DEMO_GROUP_SIZE,
      }),
    ];
    const persons = new Set(slice.flatMap((b) => b.persons.map((p) => p.id)));
    const companies = new Set(slice.map((b) => b.company.id));
    const outside = [
      ...slice.flatMap((b) => b.employments.filter((e) => !persons.has(e.personId))),
      ...slice.flatMap((b) => b.subcontracts.filter((s) => !companies.has(s.mainCompanyId))),
    ];
    expect(slice).toHaveLength(32 * DEMO_GROUP_SIZE);
    expect(outside).toEqual([]);
  });

  it('the per-record generators agree with the bundles', () => {
    const options = { seed: 9, companies: 50 };
    const bundles = [...generateDemoData(options)];
    expect([...generateCompanies(options)]).toEqual(bundles.map((b) => b.company));
    expect([...generateWorksites(options)]).toEqual(bundles.flatMap((b) => b.worksites));
    expect([...generatePersons(options)]).toEqual(bundles.flatMap((b) => b.persons));
    expect([...generateSubcontracting(options)]).toEqual(bundles.flatMap((b) => b.subcontracts));
    expect(bundles.map((b) => b.company.id)).toEqual(bundles.map((_, i) => companyIdForIndex(9, i)));
  });

  it('rejects options it cannot honour', () => {
    expect(() => first(generateDemoData({ seed: 1, companies: MAX_DEMO_COMPANIES + 1 }), 1)).toThrow(
      RangeError,
    );
    expect(() => first(generateDemoData({ seed: 1, companies: 10, start: 5, end: 4 }), 1)).toThrow(
      RangeError,
    );
    expect(() => first(generateDemoData({ seed: 1, companies: 10, personsPerCompany: -1 }), 1)).toThrow(
      RangeError,
    );
    expect(() =>
      first(generateDemoData({ seed: 1, companies: 10, referenceDate: '30.6.2025' }), 1),
    ).toThrow();
  });
});

interface Stats {
  bundles: number;
  ms: number;
  invalidBusinessIds: number;
  businessIds: Set<string>;
  highRisk: number;
  young: number;
  persons: number;
  minors: number;
  danglingReferences: number;
  inconsistentSites: number;
  mainOf: Map<string, string>;
  indexOf: Map<string, number>;
}

/** One pass over 100,000 companies, shared by the tests below (generation dominates their cost). */
function collect(companies: number): Stats {
  const stats: Stats = {
    bundles: 0,
    ms: 0,
    invalidBusinessIds: 0,
    businessIds: new Set(),
    highRisk: 0,
    young: 0,
    persons: 0,
    minors: 0,
    danglingReferences: 0,
    inconsistentSites: 0,
    mainOf: new Map(),
    indexOf: new Map(),
  };
  const seenPersons = new Set<string>();
  const seenWorksites = new Set<string>();
  const started = performance.now();
  for (const bundle of generateDemoData({ seed: 42, companies }))
    check(stats, bundle, seenPersons, seenWorksites);
  stats.ms = performance.now() - started; // generation and the checks above together
  return stats;
}

function check(stats: Stats, bundle: DemoCompanyBundle, persons: Set<string>, worksites: Set<string>): void {
  const { company } = bundle;
  stats.bundles++;
  if (!isValidBusinessId(company.businessId)) stats.invalidBusinessIds++;
  stats.businessIds.add(company.businessId);
  if (isHighRiskTolCode(company.tolCode)) stats.highRisk++;
  if (company.foundedOn > '2024-06-30') stats.young++;
  stats.indexOf.set(company.id, company.index);
  for (const person of bundle.persons) {
    persons.add(person.id);
    stats.persons++;
    if (person.under18) stats.minors++;
  }
  const sector = findIndustry(company.tolCode)?.sector;
  for (const site of bundle.worksites) {
    worksites.add(site.id);
    if (!sector || (site.siteType !== siteTypeFor(sector) && site.siteType !== 'office'))
      stats.inconsistentSites++;
    if (!MUNICIPALITY_NAMES.has(site.municipality)) stats.danglingReferences++;
  }
  for (const employment of bundle.employments) {
    if (!persons.has(employment.personId) || employment.companyId !== company.id) stats.danglingReferences++;
  }
  for (const link of bundle.subcontracts) {
    if (!stats.indexOf.has(link.mainCompanyId) || link.subCompanyId !== company.id)
      stats.danglingReferences++;
    if (link.worksiteId && !worksites.has(link.worksiteId)) stats.danglingReferences++;
    stats.mainOf.set(link.subCompanyId, link.mainCompanyId);
  }
}

describe('100,000 companies', () => {
  let stats: Stats;
  beforeAll(() => {
    stats = collect(100_000);
  });

  it('all business IDs are valid and unique, and generation takes a few seconds', () => {
    console.info(`generated and checked 100,000 company bundles in ${Math.round(stats.ms)} ms`);
    expect(stats.bundles).toBe(100_000);
    expect(stats.invalidBusinessIds).toBe(0);
    expect(stats.businessIds.size).toBe(100_000);
    expect(stats.ms).toBeLessThan(25_000);
  });

  it('over-represents the high-risk sectors and has young companies', () => {
    expect(stats.highRisk / stats.bundles).toBeGreaterThan(0.5);
    expect(stats.young / stats.bundles).toBeGreaterThan(0.05);
  });

  it('every reference points to a record yielded before or in the same bundle', () => {
    expect(stats.danglingReferences).toBe(0);
  });

  it('worksites are typed consistently with the company industry', () => {
    expect(stats.inconsistentSites).toBe(0);
  });

  it('minors are rare (about 0.5 % of persons)', () => {
    expect(stats.minors / stats.persons).toBeGreaterThan(0.002);
    expect(stats.minors / stats.persons).toBeLessThan(0.01);
  });

  it('subcontracting covers about 15 % of companies in acyclic chains of 1–4 links', () => {
    expect(stats.mainOf.size / stats.bundles).toBeGreaterThan(0.12);
    expect(stats.mainOf.size / stats.bundles).toBeLessThan(0.18);
    const depths = new Set<number>();
    let backwardLinks = 0;
    for (const sub of stats.mainOf.keys()) {
      let depth = 0;
      let current = sub;
      let main = stats.mainOf.get(current);
      // Walk up the chain; a cycle would never end, so stop one step past the allowed depth.
      while (main !== undefined && depth <= MAX_CHAIN_DEPTH) {
        // A main contractor always comes earlier, so following the links can never return to the start.
        if ((stats.indexOf.get(main) ?? Infinity) >= (stats.indexOf.get(current) ?? -1)) backwardLinks++;
        current = main;
        main = stats.mainOf.get(current);
        depth++;
      }
      depths.add(depth);
    }
    expect(backwardLinks).toBe(0);
    expect(Math.max(...depths)).toBeLessThanOrEqual(MAX_CHAIN_DEPTH);
    expect([...depths].sort()).toEqual([1, 2, 3, 4]);
  });
});
