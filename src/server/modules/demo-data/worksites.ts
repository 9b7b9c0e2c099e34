/**
 * Worksites of demo companies: where the work happens, typed consistently with the company's sector
 * (a cleaning firm has cleaning sites, a berry farm has farms) and placed where such work is found.
 */
import { pointNear, postalCode, streetAddress, streetName } from './addresses.ts';
import { genitive, inventedStem } from './company-names.ts';
import type { Sector } from './industries.ts';
import {
  MUNICIPALITIES,
  type Municipality,
  type MunicipalityTag,
  municipalitiesWithTag,
} from './municipalities.ts';
import { geometricCount, type Random, type WeightedTable, weightedTable } from './random.ts';
import type { DemoWorksite, SiteType } from './types.ts';

const SECTOR_SITE_TYPES: Partial<Record<Sector, SiteType>> = {
  construction: 'construction_site',
  agriculture: 'farm',
  berry_farm: 'farm',
  greenhouse: 'greenhouse',
  restaurant: 'restaurant',
  cleaning: 'cleaning_site',
  property_services: 'cleaning_site',
  transport: 'warehouse',
  warehousing: 'warehouse',
  delivery: 'warehouse',
  office: 'office',
  staffing: 'office',
  security: 'office',
};

/** The site type a sector's worksites have ('other' for hotels, forests, salons, ...). */
export function siteTypeFor(sector: Sector): SiteType {
  return SECTOR_SITE_TYPES[sector] ?? 'other';
}

const SECTOR_TAGS: Partial<Record<Sector, MunicipalityTag>> = {
  greenhouse: 'greenhouse',
  berry_farm: 'berry_farm',
  wild_berries: 'wild_berries',
  forestry: 'forest',
};

const byPopulation = (municipality: Municipality): number => municipality.populationWeight;
const POPULATION_TABLE = weightedTable(MUNICIPALITIES, byPopulation);
const TAG_TABLES = new Map<MunicipalityTag, WeightedTable<Municipality>>(
  (['greenhouse', 'berry_farm', 'wild_berries', 'forest'] as const).map((tag) => [
    tag,
    weightedTable(municipalitiesWithTag(tag), (municipality) => 1 + Math.sqrt(municipality.populationWeight)),
  ]),
);

/** A home municipality for a sector: tagged towns for farms and forests, else weighted by population. */
export function municipalityFor(random: Random, sector: Sector): Municipality {
  const tag = SECTOR_TAGS[sector];
  const table = tag && random.chance(0.8) ? TAG_TABLES.get(tag) : undefined;
  return random.pickFrom(table ?? POPULATION_TABLE);
}

const OTHER_LABELS: Partial<Record<Sector, string>> = {
  accommodation: 'Hotelli',
  forestry: 'Leimikko',
  wild_berries: 'Marjaleiri',
  beauty: 'Salonki',
  wellness: 'Hierontapiste',
  car_service: 'Korjaamo',
  meat_processing: 'Tuotantolaitos',
  food_industry: 'Leipomo',
  manufacturing: 'Tehdas',
  retail: 'Myymälä',
  care: 'Palvelukoti',
};
const CLEANING_TARGETS = [
  'Kauppakeskus',
  'Toimistotalo',
  'Koulu',
  'Hotelli',
  'Sairaala-alue',
  'Logistiikkakeskus',
];

function worksiteName(
  random: Random,
  siteType: SiteType,
  sector: Sector,
  municipality: Municipality,
): string {
  const stem = inventedStem(random);
  switch (siteType) {
    case 'construction_site':
      return random.chance(0.6) ? `Työmaa ${streetName(random, municipality)}` : `Uudiskohde As Oy ${stem}`;
    case 'farm':
      return genitive(stem) ? `${genitive(stem)} tila` : `Maatila ${stem}`;
    case 'greenhouse':
      return municipality.swedishMajority ? `Växthus ${stem} ${random.int(1, 4)}` : `Kasvihuone ${stem}`;
    case 'restaurant':
      return `Ravintola ${stem}`;
    case 'cleaning_site':
      return `Siivouskohde ${random.pick(CLEANING_TARGETS)} ${stem}`;
    case 'office':
      return `Toimisto ${municipality.name}`;
    case 'warehouse':
      return random.chance(0.5) ? `Varasto ${stem}` : `Terminaali ${municipality.name}`;
    default:
      return `${OTHER_LABELS[sector] ?? 'Toimipaikka'} ${stem}`;
  }
}

/** Upper bound of worksites per company, so one company never dominates a data set. */
export const MAX_WORKSITES = 40;

/** How many worksites a company gets: at least one when the average is ≥ 1, geometric tail. */
export function worksiteCount(random: Random, average: number): number {
  if (average < 1) return random.chance(average) ? 1 : 0;
  return 1 + geometricCount(random, average - 1, MAX_WORKSITES - 1);
}

/** Builds one worksite; the first of a multi-site firm is sometimes its office. */
export function createWorksite(
  random: Random,
  input: {
    id: string;
    companyId: string;
    sector: Sector;
    home: Municipality;
    position: number;
    total: number;
  },
): DemoWorksite {
  let siteType = siteTypeFor(input.sector);
  if (input.position === 0 && input.total > 1 && siteType !== 'office' && random.chance(0.3))
    siteType = 'office';
  const municipality = random.chance(0.65) ? input.home : municipalityFor(random, input.sector);
  const rural = siteType === 'farm' || siteType === 'greenhouse' || siteType === 'other';
  const { lat, lon } = pointNear(random, municipality, rural ? 15 : 4);
  return {
    id: input.id,
    companyId: input.companyId,
    name: worksiteName(random, siteType, input.sector, municipality),
    streetAddress: streetAddress(random, municipality),
    municipality: municipality.name,
    postalCode: postalCode(random, municipality),
    lat,
    lon,
    siteType,
  };
}
