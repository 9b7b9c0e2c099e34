/**
 * TOL 2008 industries (Statistics Finland's edition of NACE Rev. 2) used by the demo generator, with a
 * sampling weight that over-represents the sectors where labour exploitation is most often found.
 *
 * Codes and Finnish names follow the 5-digit TOL 2008 list. Where the brief named a 4-digit class the
 * 5-digit subclass is used: greenhouses 01132 (not 01130), car repair and washing 45201 (not 45200),
 * hairdressing 96021 and beauty 96022 (not 96020), hotels 55101. Swedish and English names are close
 * renderings; check them against stat.fi before showing them outside demo data.
 *
 * High-risk sectors, from /work/shared/domain/FACTS.md §7.1:
 * - restaurants, cleaning — Migri 2021:
 *   https://migri.fi/-/ihmiskaupan-uhrien-auttamisjarjestelma-auttaa-vuosittain-satoja-ihmiskaupan-uhreja?ref=newsroom
 * - wild produce picking, berry farms, restaurants, cleaning, well-being/beauty, greenhouses — NAS 2023:
 *   https://www.helsinkitimes.fi/finland/finland-news/domestic/24900-forced-labour-remains-the-leading-form-of-human-trafficking-in-finland.html
 * - construction, industry, cleaning, car repair, car wash, seasonal work — OSH 2024:
 *   https://www.sttinfo.fi/tiedote/71147256/supervision-of-the-use-of-foreign-labour-bogus-self-employment-and-obstacles-to-information-exchange-between-authorities?publisherId=69818103&lang=en
 * - construction, services, industry, forest sector — OSH 2023:
 *   https://sttinfo.fi/tiedote/70137158/enforcement-of-the-use-of-foreign-labour-brings-shortcomings-in-pay-and-working-hours-to-light?lang=en&publisherId=69818103
 * - restaurants, construction sites, hair salons, cleaning, horticulture, agriculture — Police JAD 2023:
 *   https://poliisi.fi/en/-/authorities-inspected-103-locations-during-joint-action-days-against-human-trafficking
 * - restaurants, construction, car washes, hairdressers — Police 2018:
 *   https://poliisi.fi/en/-/special-control-operation-reveals-the-use-of-undeclared-labour-and-shortcomings-in-occupational-safety-1
 * - construction, cleaning, accommodation, restaurants — Hansel 2016:
 *   http://annualreport2016.hansel.fi/corporate-responsibility/responsible-procurement-process/at-the-forefront-of-the-fight-against-the-grey-economy/
 * - transport — OSH grey-economy tip-off page: https://tyosuojelu.fi/en/grey-economy/send-us-a-tipoff
 * - greenhouses (Närpiö case) — https://tekijalehti.fi/?p=17883
 * - false job agencies (staffing) — Europol trends, FACTS.md §7.2:
 *   https://www.teamwork-against-trafficking-for-labour-exploitation.nl/introduction/trends-statistics-and-research/trends
 * Meat processing (101), warehousing (52) and courier/food delivery (532) are in the list because the
 * brief asked for them; FACTS.md §7 does not name them (only "industry" and "transport"): unverified.
 */
import { type Sector, TOL_INDUSTRY_ROWS } from './industry-rows.ts';

export type { Sector } from './industry-rows.ts';

export interface TolIndustry {
  /** 5-digit TOL 2008 code. */
  readonly code: string;
  readonly name: { readonly fi: string; readonly sv: string; readonly en: string };
  /** What kind of work this is; decides worksite types, names and typical workforce. */
  readonly sector: Sector;
  /** Relative sampling weight in the generator (not a measured risk). */
  readonly riskWeight: number;
  /** True when the code falls under {@link HIGH_RISK_TOL_PREFIXES}. */
  readonly highRisk: boolean;
}

/** TOL prefixes of high-risk sectors (sources in the header of this file). */
export const HIGH_RISK_TOL_PREFIXES: readonly string[] = [
  '01', // agriculture and horticulture: greenhouses 0113, berry farms 0125
  '02', // forestry, incl. wild produce picking 023
  '1011', // meat processing (brief; unverified)
  '1012', // poultry processing (brief; unverified)
  '41', // construction of buildings
  '42', // civil engineering
  '43', // specialised construction
  '4520', // car repair and car washes
  '4941', // freight transport by road
  '52', // warehousing and cargo handling (brief; unverified)
  '532', // couriers and food delivery (brief; unverified)
  '55', // accommodation
  '56', // restaurants and bars
  '78', // employment and staffing agencies
  '812', // cleaning
  '9602', // hairdressing and beauty
  '9604', // well-being: saunas, massage
];

/** True when a TOL code belongs to a high-risk sector. */
export function isHighRiskTolCode(code: string): boolean {
  return HIGH_RISK_TOL_PREFIXES.some((prefix) => code.startsWith(prefix));
}

/** The industries the generator draws from (54 TOL codes). */
export const TOL_INDUSTRIES: readonly TolIndustry[] = TOL_INDUSTRY_ROWS.map(
  ([code, fi, sv, en, sector, riskWeight]) => ({
    code,
    name: { fi, sv, en },
    sector,
    riskWeight,
    highRisk: isHighRiskTolCode(code),
  }),
);

const BY_CODE = new Map(TOL_INDUSTRIES.map((industry) => [industry.code, industry]));

/** Finds an industry by its 5-digit code; dots and spaces are ignored ("56.101" → "56101"). */
export function findIndustry(code: string): TolIndustry | undefined {
  return BY_CODE.get(code.replace(/[.\s]/g, ''));
}

/** Industries of one sector. */
export function industriesInSector(sector: Sector): readonly TolIndustry[] {
  return TOL_INDUSTRIES.filter((industry) => industry.sector === sector);
}
