/**
 * Generates demo companies in groups of {@link GROUP_SIZE} consecutive indexes. A group has its own
 * random stream (derived from seed + group number), so any group can be generated alone, in any
 * order, and memory never holds more than one group. Subcontracting chains (subcontracting.ts) and
 * shared owners stay inside a group and always point from a later company to an earlier one: no
 * cycles, and every record a bundle refers to has already been yielded.
 */
import { postalCode, streetAddress } from './addresses.ts';
import type { LegalForm } from './company-names.ts';
import {
  auxiliaryName,
  companyName,
  DOMESTIC_LEGAL_FORM_TABLE,
  LEGAL_FORM_TABLE,
  LEGAL_FORMS,
} from './company-names.ts';
import { isoDate } from './dates.ts';
import { businessIdForIndex, demoUuid } from './ids.ts';
import { type Sector, TOL_INDUSTRIES, type TolIndustry } from './industries.ts';
import { nationalityProfile } from './names.ts';
import { createRandom, hash32, type Random, weightedTable } from './random.ts';
import { createStaff, type Owner } from './staff.ts';
import { type ChainMember, chooseMain, subcontractorIndustry } from './subcontracting.ts';
import type { CompanyStatus, DemoCompanyBundle, DemoPerson, DemoSubcontract } from './types.ts';
import { createPerson, ownerProfile } from './workforce.ts';
import { createWorksite, municipalityFor, worksiteCount } from './worksites.ts';

/** Companies per group; chains and shared owners never cross a group boundary. */
export const GROUP_SIZE = 16;

export interface ResolvedOptions {
  readonly seed: number;
  readonly worksitesPerCompany: number;
  readonly personsPerCompany: number;
  readonly subcontractingShare: number;
  readonly referenceDay: number;
  readonly referenceYear: number;
}

/** Sectors where foreign companies commonly work in Finland as (sub)contractors. */
const FOREIGN_FRIENDLY: ReadonlySet<Sector> = new Set<Sector>([
  'construction',
  'staffing',
  'cleaning',
  'transport',
  'warehousing',
  'forestry',
  'agriculture',
  'greenhouse',
  'berry_farm',
  'wild_berries',
  'meat_processing',
  'delivery',
]);

const byRiskWeight = (industry: TolIndustry): number => industry.riskWeight;
const INDUSTRY_TABLE = weightedTable(TOL_INDUSTRIES, byRiskWeight);
const FOREIGN_FORM_TABLE = weightedTable(
  LEGAL_FORMS.filter((form) => form.foreign),
  (form) => form.weight,
);
function chooseLegalForm(random: Random, sector: Sector, depth: number): LegalForm {
  if (depth > 0 && random.chance(0.15 * depth)) return random.pickFrom(FOREIGN_FORM_TABLE);
  return random.pickFrom(FOREIGN_FRIENDLY.has(sector) ? LEGAL_FORM_TABLE : DOMESTIC_LEGAL_FORM_TABLE);
}

/** Age in days: some companies are under a year old, more so deep in chains and among foreign forms. */
function companyAgeDays(random: Random, young: boolean): number {
  const r = random.next();
  if (r < (young ? 0.35 : 0.12)) return random.int(0, 364);
  if (r < (young ? 0.7 : 0.35)) return random.int(365, 3 * 365);
  return 3 * 365 + (Math.floor(-Math.log(1 - random.next()) * 10 * 365) % (50 * 365));
}

function companyStatus(random: Random, ageDays: number, risky: boolean): CompanyStatus {
  if (ageDays < 365) return random.chance(0.01) ? 'bankrupt' : 'active';
  const bankrupt = risky ? 0.08 : 0.035;
  const r = random.next();
  if (r < bankrupt) return 'bankrupt';
  if (r < bankrupt + 0.03) return 'liquidation';
  if (r < bankrupt + 0.08) return 'dissolved';
  return 'active';
}

/** Generates `count` companies (≤ GROUP_SIZE) of group `groupIndex`, in index order. */
export function generateGroup(
  options: ResolvedOptions,
  groupIndex: number,
  count: number,
): DemoCompanyBundle[] {
  const random = createRandom(hash32(options.seed, 0x6e0, groupIndex));
  const subChance = Math.min(1, (options.subcontractingShare * GROUP_SIZE) / (GROUP_SIZE - 1));
  const states: ChainMember[] = [];
  const owners: Owner[] = [];
  const bundles: DemoCompanyBundle[] = [];
  const { seed, referenceYear: refYear } = options;
  for (let k = 0; k < count; k++) {
    const index = groupIndex * GROUP_SIZE + k;
    const id = demoUuid(seed, 'company', index);
    const main = k > 0 && random.chance(subChance) ? chooseMain(random, states) : undefined;
    const depth = main ? main.depth + 1 : 0;
    const industry = main ? subcontractorIndustry(random, main.sector) : random.pickFrom(INDUSTRY_TABLE);
    const { sector } = industry;
    const legalForm = chooseLegalForm(random, sector, depth);
    const home = main && random.chance(0.6) ? main.municipality : municipalityFor(random, sector);

    const reuseOwner = owners.length > 0 && random.chance(0.04 + (depth >= 2 ? 0.2 : 0));
    let owner: Owner;
    let ownerPerson: DemoPerson | undefined;
    if (reuseOwner) owner = random.pick(owners);
    else {
      const profile =
        legalForm.ownerProfile && random.chance(0.8)
          ? nationalityProfile(legalForm.ownerProfile)
          : ownerProfile(random, sector, home.swedishMajority);
      ownerPerson = createPerson(
        random,
        demoUuid(seed, 'person', index, 0),
        profile,
        'owner',
        sector,
        refYear,
      );
      owner = {
        personId: ownerPerson.id,
        profile,
        givenName: ownerPerson.givenName,
        familyName: ownerPerson.familyName,
      };
      owners.push(owner);
    }

    const ageDays = companyAgeDays(random, depth >= 2 || legalForm.foreign);
    const foundedDay = options.referenceDay - ageDays;
    const status = companyStatus(random, ageDays, depth >= 2 || reuseOwner);
    const staff = createStaff(random, {
      options,
      index,
      companyId: id,
      sector,
      legalForm,
      owner,
      foundedDay,
    });

    const nameInput = { sector, tolCode: industry.code, legalForm, owner };
    const brandSector = sector === 'restaurant' || sector === 'beauty' || sector === 'wellness';
    const auxCount =
      brandSector && owner.profile.nationality !== 'FI'
        ? Number(random.chance(0.6))
        : Number(random.chance(0.15)) + Number(random.chance(0.03));
    const formerCount = random.chance(reuseOwner || status !== 'active' ? 0.3 : 0.08) ? random.int(1, 2) : 0;

    const total = worksiteCount(random, options.worksitesPerCompany);
    const worksites = Array.from({ length: total }, (_, position) =>
      createWorksite(random, {
        id: demoUuid(seed, 'worksite', index, position),
        companyId: id,
        sector,
        home,
        position,
        total,
      }),
    );

    const subcontracts: DemoSubcontract[] = [];
    let chainWorksiteId: string | undefined;
    if (main) {
      chainWorksiteId =
        main.chainWorksiteId ?? (main.worksiteIds.length > 0 ? random.pick(main.worksiteIds) : undefined);
      const link: DemoSubcontract = {
        id: demoUuid(seed, 'subcontract', index),
        mainCompanyId: main.id,
        subCompanyId: id,
      };
      if (chainWorksiteId) link.worksiteId = chainWorksiteId;
      subcontracts.push(link);
    }
    states.push({
      id,
      sector,
      depth,
      municipality: home,
      worksiteIds: worksites.map((site) => site.id),
      chainWorksiteId,
    });

    bundles.push({
      company: {
        id,
        index,
        businessId: businessIdForIndex(seed, index),
        name: companyName(random, nameInput),
        auxiliaryNames: Array.from({ length: auxCount }, () => auxiliaryName(random, nameInput)),
        formerNames: Array.from({ length: formerCount }, () => companyName(random, nameInput)),
        legalForm: legalForm.code,
        tolCode: industry.code,
        municipality: home.name,
        streetAddress: streetAddress(random, home),
        postalCode: postalCode(random, home),
        status,
        foundedOn: isoDate(foundedDay),
        employeeCount: staff.reportedHeadcount,
        foreignOwned: legalForm.foreign || owner.profile.nationality !== 'FI',
      },
      worksites,
      persons: ownerPerson ? [ownerPerson, ...staff.persons] : staff.persons,
      employments: staff.employments,
      subcontracts,
    });
  }
  return bundles;
}
