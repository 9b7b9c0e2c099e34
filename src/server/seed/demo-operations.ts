/**
 * Demo data for joint supervision operations (demo mode only): the annual clock's synthetic items —
 * EMPACT joint action days, berry-picking, greenhouse and construction seasons, a themed inspection —
 * and one open supervision initiative. Everything here is synthetic; each clock item's `source` says
 * which line of /work/shared/domain/FACTS.md it is modelled on. Idempotent: seeds only an empty clock.
 */
import { count } from 'drizzle-orm';
import { clockItems } from '../modules/operations/clock.tables.ts';
import { initiatives } from '../modules/operations/initiatives.tables.ts';
import { writeAudit } from '../platform/audit/audit.ts';
import type { Db } from '../platform/db/client.ts';

type ClockSeed = Omit<typeof clockItems.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'createdBy'>;

/** The demo clock for `year` (one-off items fall in that year; seasonal ones repeat yearly). */
export function demoClockItems(year: number): ClockSeed[] {
  return [
    {
      kind: 'empact_action_day',
      title: 'EMPACT THB – työperäisen hyväksikäytön yhteistoimintapäivät (demo)',
      description:
        'Synthetic demo item. Coordinated, intelligence-led action week against labour exploitation: police, Border Guard, OSH and Tax inspect high-risk sectors at the same time as other EU countries.',
      sectors: ['restaurants', 'construction', 'beauty', 'cleaning', 'agriculture', 'greenhouse'],
      startsOn: `${year}-06-07`,
      endsOn: `${year}-06-13`,
      recurring: 'once',
      ownerAuthority: 'police',
      authorities: ['police', 'border', 'osh', 'tax', 'migri'],
      source:
        'Modelled on FACTS.md §5 (Joint Action Days; Finland JAD June 2023, 103 locations — https://poliisi.fi/en/-/authorities-inspected-103-locations-during-joint-action-days-against-human-trafficking). Dates synthetic.',
    },
    {
      kind: 'empact_action_day',
      title: 'EMPACT JAD – maatilat ja kasvihuoneet (demo)',
      description: 'Synthetic demo item. Joint action days at farms and greenhouses during the harvest.',
      sectors: ['agriculture', 'greenhouse', 'berry-picking'],
      startsOn: `${year}-08-09`,
      endsOn: `${year}-08-20`,
      recurring: 'once',
      ownerAuthority: 'police',
      authorities: ['police', 'osh', 'border'],
      source:
        'Modelled on FACTS.md §5 (Finland JAD 8–19 Aug 2022, farms and greenhouses, 117 locations — https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fyle.fi%2Fa%2F3-12664382). Dates synthetic.',
    },
    {
      kind: 'seasonal_work',
      title: 'Luonnonmarjojen poimintakausi',
      description: 'Synthetic demo item. Wild-berry picking season: seasonal pickers, many from abroad.',
      sectors: ['berry-picking'],
      startsOn: `${year}-07-15`,
      endsOn: `${year}-09-30`,
      recurring: 'yearly',
      ownerAuthority: 'osh',
      authorities: ['osh', 'migri', 'police'],
      source:
        'FACTS.md §7.1: NAS 2023 — wild produce picking and berry farms as risk sectors (https://www.helsinkitimes.fi/finland/finland-news/domestic/24900-forced-labour-remains-the-leading-form-of-human-trafficking-in-finland.html); OSH 2023 on Berry Act shortcomings. Season dates synthetic.',
    },
    {
      kind: 'seasonal_work',
      title: 'Kasvihuonekausi',
      description: 'Synthetic demo item. Greenhouse growing season with seasonal foreign workers.',
      sectors: ['greenhouse'],
      startsOn: `${year}-03-01`,
      endsOn: `${year}-10-31`,
      recurring: 'yearly',
      ownerAuthority: 'osh',
      authorities: ['osh', 'tax', 'police'],
      source:
        'FACTS.md §7.1: NAS 2023 — greenhouses (helsinkitimes.fi, as above); Närpiö greenhouse case (https://tekijalehti.fi/?p=17883). Season dates synthetic.',
    },
    {
      kind: 'seasonal_work',
      title: 'Rakennuskausi',
      description: 'Synthetic demo item. Main construction season: subcontracting chains and posted workers.',
      sectors: ['construction'],
      startsOn: `${year}-04-01`,
      endsOn: `${year}-10-31`,
      recurring: 'yearly',
      ownerAuthority: 'osh',
      authorities: ['osh', 'tax', 'police', 'geiu'],
      source:
        'FACTS.md §7.1: OSH 2024 — bogus self-employment especially in construction (https://www.sttinfo.fi/tiedote/71147256/supervision-of-the-use-of-foreign-labour-bogus-self-employment-and-obstacles-to-information-exchange-between-authorities?publisherId=69818103&lang=en). Season dates synthetic.',
    },
    {
      kind: 'theme_inspection',
      title: 'Teemavalvonta: ravintolat ja siivous – ulkomainen työvoima (demo)',
      description:
        'Synthetic demo item. A themed OSH inspection of foreign labour in restaurants and cleaning.',
      sectors: ['restaurants', 'cleaning'],
      startsOn: `${year}-02-01`,
      endsOn: `${year}-04-30`,
      recurring: 'once',
      ownerAuthority: 'osh',
      authorities: ['osh', 'tax'],
      source:
        'FACTS.md §7.1: restaurant and cleaning as forced-labour risk sectors (Migri 2021 — https://migri.fi/-/ihmiskaupan-uhrien-auttamisjarjestelma-auttaa-vuosittain-satoja-ihmiskaupan-uhreja?ref=newsroom). Theme and dates synthetic.',
    },
  ];
}

/** Seeds the demo clock and initiative unless the clock already has items. Returns the items added. */
export async function seedDemoOperations(db: Db, year = new Date().getFullYear() + 1): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(clockItems);
  if ((existing?.n ?? 0) > 0) return 0;
  const items = demoClockItems(year);
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(clockItems)
      .values(items)
      .returning({ id: clockItems.id, title: clockItems.title });
    const berries = inserted.find((i) => i.title === 'Luonnonmarjojen poimintakausi');
    await tx.insert(initiatives).values({
      ownerAuthority: 'osh',
      classification: 'restricted',
      secrecyBasis: '621/1999 24 § 1 mom. 15 kohta',
      title: 'Marjanpoimijoiden palkat ja majoitus (demo)',
      need: 'Synthetic demo initiative. Pickers recruited through the same intermediaries report deductions for housing and equipment that leave them below the minimum; a joint visit with police and Tax is proposed for the coming season.',
      observations: 'Synthetic: earlier OSH inspections found long working hours without overtime pay.',
      analysis: '',
      issueAreas: ['wages', 'working_hours', 'housing', 'victims', 'recruitment_fees'],
      sectors: ['berry-picking'],
      municipalities: [],
      categories: ['osh_inspection_findings'],
      clockItemId: berries?.id ?? null,
    });
    await writeAudit(tx, {
      action: 'seed.demo_operations',
      details: { clockItems: items.length, initiatives: 1 },
    });
  });
  return items.length;
}
