/**
 * Who works where in the demo data: nationality mixes per sector, owners, permit types and the person
 * records themselves. The mixes are illustrative weights chosen so that sector and nationality patterns
 * seen in Finnish enforcement reports show up in demos (e.g. Thai wild-berry pickers, Vietnamese
 * greenhouse workers); they are not statistics and must not be presented as such.
 */
import type { Sector } from './industries.ts';
import { NATIONALITY_PROFILES, type NationalityProfile, personLanguages, personName } from './names.ts';
import { type Random, type WeightedTable, weightedTable } from './random.ts';
import type { DemoPerson, EmploymentRole, PermitType } from './types.ts';

const BASE_WEIGHTS: Readonly<Record<string, number>> = {
  FI: 30,
  'FI-sv': 2,
  EE: 8,
  LV: 1,
  LT: 1.5,
  PL: 3,
  RO: 2.5,
  UA: 8,
  RU: 6,
  UZ: 3,
  TR: 2.5,
  IQ: 3,
  SO: 2,
  IN: 4,
  NP: 3.5,
  BD: 2,
  VN: 5,
  TH: 4,
  PH: 4,
  CN: 2,
};

const SECTOR_BOOSTS: Partial<Record<Sector, Readonly<Record<string, number>>>> = {
  wild_berries: { TH: 12, UA: 3, UZ: 2, FI: 0.3 },
  berry_farm: { UA: 4, TH: 3, VN: 2, UZ: 2 },
  greenhouse: { VN: 6, UA: 3, TH: 2, 'FI-sv': 4 },
  agriculture: { UA: 3, RU: 1.5, VN: 1.5 },
  forestry: { UA: 3, RU: 2, EE: 2 },
  construction: { EE: 3, UA: 2, RU: 1.5, PL: 2, LT: 2, LV: 2, RO: 2 },
  restaurant: { NP: 4, IN: 3, BD: 3, VN: 2, CN: 2, TH: 2, TR: 3, IQ: 1.5 },
  cleaning: { PH: 3, SO: 3, IQ: 2, NP: 2, RU: 1.5, VN: 1.5 },
  beauty: { VN: 4, TH: 4, CN: 2, UA: 1.5, RU: 1.5 },
  wellness: { TH: 6, CN: 3, UA: 1.5 },
  delivery: { IQ: 3, SO: 2, BD: 2, NP: 2, IN: 2 },
  transport: { EE: 2, RU: 2, UA: 2, LT: 2, PL: 1.5 },
  warehousing: { UA: 2, IQ: 2, SO: 1.5, PH: 1.5 },
  meat_processing: { UA: 2, RO: 2, PL: 2, PH: 2 },
  staffing: { UA: 2, PH: 2, VN: 1.5, EE: 1.5, NP: 1.5 },
  care: { PH: 4, IN: 1.5 },
  car_service: { IQ: 2, TR: 2, RU: 1.5 },
  accommodation: { NP: 2, PH: 2, RU: 1.5 },
  office: { FI: 2, IN: 2, CN: 1.5 },
};

/** Share of Finnish owners in domestic companies; lower in the sectors where migrants run businesses. */
const FINNISH_OWNER_SHARE: Partial<Record<Sector, number>> = {
  restaurant: 0.35,
  beauty: 0.4,
  wellness: 0.3,
  cleaning: 0.5,
  delivery: 0.4,
  car_service: 0.5,
  staffing: 0.5,
};

const SEASONAL_SECTORS: ReadonlySet<Sector> = new Set([
  'berry_farm',
  'wild_berries',
  'greenhouse',
  'agriculture',
]);
const MALE_SHARE: Partial<Record<Sector, number>> = { construction: 0.95, forestry: 0.9, transport: 0.9 };

const allTables = new Map<Sector, WeightedTable<NationalityProfile>>();
const foreignTables = new Map<Sector, WeightedTable<NationalityProfile>>();

/** Weighted nationality table for a sector; `foreignOnly` leaves out Finnish citizens. */
export function nationalityTable(sector: Sector, foreignOnly: boolean): WeightedTable<NationalityProfile> {
  const cache = foreignOnly ? foreignTables : allTables;
  let table = cache.get(sector);
  if (!table) {
    const boosts = SECTOR_BOOSTS[sector] ?? {};
    const profiles = NATIONALITY_PROFILES.filter((entry) => !foreignOnly || entry.nationality !== 'FI');
    table = weightedTable(profiles, (entry) => (BASE_WEIGHTS[entry.key] ?? 1) * (boosts[entry.key] ?? 1));
    cache.set(sector, table);
  }
  return table;
}

/** The nationality of a new owner of a domestic company. */
export function ownerProfile(random: Random, sector: Sector, swedishMajority: boolean): NationalityProfile {
  if (random.chance(FINNISH_OWNER_SHARE[sector] ?? 0.7)) {
    const key = swedishMajority && random.chance(0.7) ? 'FI-sv' : 'FI';
    return NATIONALITY_PROFILES.find((entry) => entry.key === key) as NationalityProfile;
  }
  return random.pickFrom(nationalityTable(sector, true));
}

/** The permit a person works under, given nationality, role and sector. */
export function permitType(
  random: Random,
  profile: NationalityProfile,
  role: EmploymentRole,
  sector: Sector,
): PermitType {
  if (profile.nationality === 'FI') return 'finnish';
  if (profile.eu) return 'eu_citizen';
  if (role !== 'employee') return 'unrestricted';
  if (SEASONAL_SECTORS.has(sector) && random.chance(0.55)) return 'seasonal';
  return random.chance(0.55) ? 'employer_tied' : 'unrestricted';
}

/** Probability that a generated employee is a minor (gives about 0.5 % of all persons). */
export const MINOR_EMPLOYEE_SHARE = 0.0075;

/** A synthetic person. Owners and board members are adults; employees are minors with a small chance. */
export function createPerson(
  random: Random,
  id: string,
  profile: NationalityProfile,
  role: EmploymentRole,
  sector: Sector,
  referenceYear: number,
): DemoPerson {
  const { givenName, familyName } = personName(random, profile, MALE_SHARE[sector] ?? 0.55);
  const minor = role === 'employee' && random.chance(MINOR_EMPLOYEE_SHARE);
  let age: number;
  if (minor) age = random.int(15, 17);
  else if (role === 'employee') age = 19 + Math.floor(random.next() * random.next() * 47);
  else age = random.int(24, 70);
  return {
    id,
    givenName,
    familyName,
    nationality: profile.nationality,
    languages: personLanguages(random, profile),
    birthYear: referenceYear - age,
    under18: minor,
  };
}
