/**
 * Sectors for risk scoring and for an operation's target area: the high-risk TOL 2008 prefixes (FACTS
 * §7.1, each with its source) and how an operation's `sectors` (named sectors or TOL prefixes) become
 * TOL prefixes to filter companies by. Versioned with the indicator library.
 */

import { TOL_INDUSTRIES } from '../demo-data/industries.ts';
import { SECTORS, type Sector } from '../demo-data/industry-rows.ts';

export interface RiskSector {
  prefix: string;
  what: string;
  source: string;
  unverified: boolean;
}

/** High-risk sectors as TOL 2008 prefixes (FACTS §7.1; "unverified" where FACTS does not name them). */
export const HIGH_RISK_SECTORS: readonly RiskSector[] = [
  {
    prefix: '01',
    what: 'agriculture, greenhouses (0113), berry farms (0125)',
    source: 'FACTS §7.1 (NAS 2023, Police JAD 2023)',
    unverified: false,
  },
  {
    prefix: '02',
    what: 'forestry and wild produce picking (023)',
    source: 'FACTS §7.1 (NAS 2023, OSH 2023)',
    unverified: false,
  },
  {
    prefix: '1011',
    what: 'meat processing',
    source: 'EMPACT JAD 2024 sectors (FACTS §5); not in §7.1',
    unverified: true,
  },
  {
    prefix: '41',
    what: 'construction of buildings',
    source: 'FACTS §7.1 (OSH 2024, Police JAD 2023)',
    unverified: false,
  },
  { prefix: '42', what: 'civil engineering', source: 'FACTS §7.1 (construction)', unverified: false },
  { prefix: '43', what: 'specialised construction', source: 'FACTS §7.1 (construction)', unverified: false },
  {
    prefix: '4520',
    what: 'car repair and car washes',
    source: 'FACTS §7.1 (OSH 2024, Police 2018)',
    unverified: false,
  },
  {
    prefix: '4941',
    what: 'freight transport by road',
    source: 'FACTS §7.1 (OSH grey-economy tasks: transport)',
    unverified: false,
  },
  {
    prefix: '532',
    what: 'couriers and food delivery',
    source: 'EMPACT JAD 2024 sectors (FACTS §5); not in §7.1',
    unverified: true,
  },
  { prefix: '55', what: 'accommodation', source: 'FACTS §7.1 (Hansel 2016)', unverified: false },
  { prefix: '56', what: 'restaurants', source: 'FACTS §7.1 (Migri 2021, NAS 2023)', unverified: false },
  {
    prefix: '78',
    what: 'employment and staffing agencies',
    source: 'FACTS §7.2 (false job agencies, Europol)',
    unverified: false,
  },
  { prefix: '812', what: 'cleaning', source: 'FACTS §7.1 (Migri 2021, NAS 2023)', unverified: false },
  {
    prefix: '9602',
    what: 'hairdressing and beauty',
    source: 'FACTS §7.1 (NAS 2023, Police JAD 2023)',
    unverified: false,
  },
  {
    prefix: '9604',
    what: 'well-being (saunas, massage)',
    source: 'FACTS §7.1 (NAS 2023)',
    unverified: false,
  },
];

export const HIGH_RISK_PREFIXES: readonly string[] = HIGH_RISK_SECTORS.map((s) => s.prefix);

const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);

/**
 * The worker app's and the annual clock's sector keys (src/worker-app/content/sectors.ts), which an
 * operation inherits from its clock item or initiative, as the register's sectors they cover.
 */
export const SECTOR_ALIASES: Readonly<Record<string, readonly Sector[]>> = {
  // The officials' UI labels this key "agriculture and greenhouses" (FACTS.md §7.1 names them together).
  agriculture: ['agriculture', 'greenhouse'],
  'berry-picking': ['berry_farm', 'wild_berries'],
  'car-services': ['car_service'],
  restaurants: ['restaurant'],
};

/**
 * TOL prefixes for an operation's `sectors`: a 2–5 digit entry is a TOL prefix as such; a named sector
 * (the register's sector names, e.g. `restaurant`, `construction`) stands for the TOL codes of that
 * sector. Unknown names are returned in `unknown` (the caller decides whether that is an error).
 */
export function tolPrefixesFor(sectors: readonly string[]): { prefixes: string[]; unknown: string[] } {
  const prefixes = new Set<string>();
  const unknown: string[] = [];
  for (const entry of sectors) {
    if (/^\d{2,5}$/.test(entry)) prefixes.add(entry);
    else if (isSector(entry) || SECTOR_ALIASES[entry]) {
      // A key can be both a register sector and an alias (agriculture): the alias says what it covers.
      const named = new Set<string>(SECTOR_ALIASES[entry] ?? [entry]);
      for (const industry of TOL_INDUSTRIES) if (named.has(industry.sector)) prefixes.add(industry.code);
    } else unknown.push(entry);
  }
  return { prefixes: [...prefixes].sort(), unknown };
}
