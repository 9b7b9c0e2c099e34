/**
 * Inserts synthetic register data from the deterministic generator (modules/demo-data): companies and
 * worksites (public base data, as in the trade register), persons (restricted personal data owned by an
 * authority), employments and subcontracting chains. Streams in batches, so any size works
 * (`npm run silta -- demo seed --companies 1000000`).
 */
import type { AuthorityCode } from '../../contracts/authorities.ts';
import { generateDemoData } from '../modules/demo-data/index.ts';
import {
  companies,
  employments,
  persons,
  subcontracts,
  worksites,
} from '../modules/register/register.tables.ts';
import { writeAudit } from '../platform/audit/audit.ts';
import type { Db } from '../platform/db/client.ts';

export interface DemoDataOptions {
  seed: number;
  companies: number;
  batchSize?: number;
}

/** Authorities that "entered" demo persons, in turn: OSH worker lists, permits, tax, police. */
const PERSON_OWNERS: AuthorityCode[] = ['osh', 'migri', 'tax', 'police'];

type Rows = {
  companies: (typeof companies.$inferInsert)[];
  worksites: (typeof worksites.$inferInsert)[];
  persons: (typeof persons.$inferInsert)[];
  employments: (typeof employments.$inferInsert)[];
  subcontracts: (typeof subcontracts.$inferInsert)[];
};

const emptyRows = (): Rows => ({
  companies: [],
  worksites: [],
  persons: [],
  employments: [],
  subcontracts: [],
});

async function flush(db: Db, rows: Rows): Promise<void> {
  await db.transaction(async (tx) => {
    if (rows.companies.length) await tx.insert(companies).values(rows.companies).onConflictDoNothing();
    if (rows.worksites.length) await tx.insert(worksites).values(rows.worksites).onConflictDoNothing();
    if (rows.persons.length) await tx.insert(persons).values(rows.persons).onConflictDoNothing();
    if (rows.employments.length) await tx.insert(employments).values(rows.employments).onConflictDoNothing();
    if (rows.subcontracts.length)
      await tx.insert(subcontracts).values(rows.subcontracts).onConflictDoNothing();
  });
}

/** Inserts `companies` companies with their worksites, people and links. Returns the number of companies. */
export async function seedDemoData(db: Db, options: DemoDataOptions): Promise<number> {
  const batchSize = options.batchSize ?? 500;
  let rows = emptyRows();
  let count = 0;
  for (const bundle of generateDemoData({ seed: options.seed, companies: options.companies })) {
    const c = bundle.company;
    rows.companies.push({
      id: c.id,
      businessId: c.businessId,
      name: c.name,
      auxiliaryNames: c.auxiliaryNames,
      formerNames: c.formerNames,
      legalForm: c.legalForm,
      tolCode: c.tolCode,
      municipality: c.municipality,
      streetAddress: c.streetAddress,
      postalCode: c.postalCode,
      status: c.status,
      foundedOn: c.foundedOn,
      employeeCount: c.employeeCount,
      foreignOwned: c.foreignOwned,
      ownerAuthority: 'tax',
      classification: 'public',
    });
    for (const w of bundle.worksites) {
      rows.worksites.push({ ...w, ownerAuthority: 'osh', classification: 'public' });
    }
    for (const p of bundle.persons) {
      rows.persons.push({
        id: p.id,
        givenName: p.givenName,
        familyName: p.familyName,
        nationality: p.nationality,
        languages: p.languages,
        birthYear: p.birthYear,
        under18: p.under18,
        ownerAuthority: PERSON_OWNERS[c.index % PERSON_OWNERS.length]!,
        classification: 'restricted',
      });
    }
    for (const e of bundle.employments) {
      rows.employments.push({
        personId: e.personId,
        companyId: e.companyId,
        role: e.role,
        permitType: e.permitType,
        startedOn: e.startedOn,
      });
    }
    for (const s of bundle.subcontracts) {
      rows.subcontracts.push({
        mainCompanyId: s.mainCompanyId,
        subCompanyId: s.subCompanyId,
        worksiteId: s.worksiteId ?? null,
      });
    }
    count++;
    if (rows.companies.length >= batchSize) {
      await flush(db, rows);
      rows = emptyRows();
    }
  }
  await flush(db, rows);
  await db.transaction((tx) =>
    writeAudit(tx, { action: 'seed.demo_data', details: { seed: options.seed, companies: count } }),
  );
  return count;
}
