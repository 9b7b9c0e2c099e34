/** Presenters: target rows as the API shows them (see docs/api/REGISTER-API.md). */
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import type { companies, persons, worksites } from './register.tables.ts';
import { targetPolicy } from './targets.policy.ts';
import type { PersonRole } from './targets.table.ts';

type CompanyRow = typeof companies.$inferSelect;
type WorksiteRow = typeof worksites.$inferSelect;
type PersonRow = typeof persons.$inferSelect;

function owned(actor: Actor, row: CompanyRow | WorksiteRow | PersonRow) {
  return {
    ownerAuthority: row.ownerAuthority as Actor['authority'],
    classification: row.classification,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canEdit: decide(actor, 'update', targetPolicy(row)).allowed,
  };
}

export function presentCompany(actor: Actor, row: CompanyRow) {
  return {
    type: 'company' as const,
    id: row.id,
    businessId: row.businessId,
    name: row.name,
    formerNames: row.formerNames,
    auxiliaryNames: row.auxiliaryNames,
    legalForm: row.legalForm,
    tolCode: row.tolCode,
    municipality: row.municipality,
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    status: row.status,
    foundedOn: row.foundedOn,
    employeeCount: row.employeeCount,
    foreignOwned: row.foreignOwned,
    ...owned(actor, row),
  };
}

export function presentWorksite(actor: Actor, row: WorksiteRow) {
  return {
    type: 'worksite' as const,
    id: row.id,
    companyId: row.companyId,
    name: row.name,
    streetAddress: row.streetAddress,
    municipality: row.municipality,
    postalCode: row.postalCode,
    lat: row.lat,
    lon: row.lon,
    siteType: row.siteType,
    ...owned(actor, row),
  };
}

export function presentPerson(actor: Actor, row: PersonRow, roles: PersonRole[]) {
  return {
    type: 'person' as const,
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    nationality: row.nationality,
    languages: row.languages,
    birthYear: row.birthYear,
    under18: row.under18,
    roles: [...roles].sort(),
    ...owned(actor, row),
  };
}

export type Company = ReturnType<typeof presentCompany>;
export type Worksite = ReturnType<typeof presentWorksite>;
export type Person = ReturnType<typeof presentPerson>;
export type Target = Company | Worksite | Person;
