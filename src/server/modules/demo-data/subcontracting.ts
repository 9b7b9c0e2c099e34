/**
 * Subcontracting chains of the demo data: which sectors subcontract to which, and how a company picks
 * its main contractor. A company only ever links to an earlier company of its group and chains stop at
 * {@link MAX_CHAIN_DEPTH} links, so the graph is a forest of short trees: acyclic by construction.
 */
import { type Sector, TOL_INDUSTRIES, type TolIndustry } from './industries.ts';
import type { Municipality } from './municipalities.ts';
import { type Random, type WeightedTable, weightedTable } from './random.ts';

/** Longest main contractor → subcontractor chain, in links. */
export const MAX_CHAIN_DEPTH = 4;

/** What a later company of the group needs to know about an earlier one to join its chain. */
export interface ChainMember {
  readonly id: string;
  readonly sector: Sector;
  readonly depth: number;
  readonly municipality: Municipality;
  readonly worksiteIds: readonly string[];
  readonly chainWorksiteId: string | undefined;
}

/** Sectors that subcontract to each sector; the sub's industry is drawn from these. */
export const SUBCONTRACTOR_SECTORS: Record<Sector, readonly Sector[]> = {
  construction: ['construction', 'staffing', 'cleaning'],
  cleaning: ['cleaning', 'staffing'],
  property_services: ['cleaning', 'property_services', 'staffing'],
  restaurant: ['cleaning', 'staffing', 'delivery'],
  accommodation: ['cleaning', 'restaurant', 'staffing'],
  agriculture: ['agriculture', 'staffing', 'transport'],
  greenhouse: ['greenhouse', 'staffing'],
  berry_farm: ['berry_farm', 'wild_berries', 'staffing'],
  wild_berries: ['wild_berries', 'staffing', 'transport'],
  forestry: ['forestry', 'staffing', 'transport'],
  meat_processing: ['staffing', 'cleaning', 'transport'],
  food_industry: ['staffing', 'cleaning', 'delivery'],
  manufacturing: ['manufacturing', 'staffing', 'cleaning'],
  warehousing: ['warehousing', 'staffing', 'transport'],
  transport: ['transport', 'staffing'],
  delivery: ['delivery', 'transport', 'staffing'],
  retail: ['cleaning', 'warehousing', 'delivery', 'staffing'],
  office: ['cleaning', 'office', 'security'],
  staffing: ['staffing'],
  security: ['security', 'staffing'],
  care: ['cleaning', 'staffing', 'restaurant'],
  car_service: ['car_service', 'staffing'],
  beauty: ['beauty'],
  wellness: ['wellness', 'cleaning'],
};

const byRiskWeight = (industry: TolIndustry): number => industry.riskWeight;
const subTables = new Map<Sector, WeightedTable<TolIndustry>>();

/** The industry of a new subcontractor of a company in `mainSector`. */
export function subcontractorIndustry(random: Random, mainSector: Sector): TolIndustry {
  let table = subTables.get(mainSector);
  if (!table) {
    const sectors = SUBCONTRACTOR_SECTORS[mainSector];
    table = weightedTable(
      TOL_INDUSTRIES.filter((industry) => sectors.includes(industry.sector)),
      byRiskWeight,
    );
    subTables.set(mainSector, table);
  }
  return random.pickFrom(table);
}

/** A main contractor for the next company: deeper companies are favoured, so longer chains appear. */
export function chooseMain(random: Random, states: readonly ChainMember[]): ChainMember | undefined {
  let total = 0;
  for (const state of states) if (state.depth < MAX_CHAIN_DEPTH) total += state.depth + 1;
  if (total === 0) return undefined;
  let target = random.next() * total;
  for (const state of states) {
    if (state.depth >= MAX_CHAIN_DEPTH) continue;
    target -= state.depth + 1;
    if (target < 0) return state;
  }
  return undefined;
}
