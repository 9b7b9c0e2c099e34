/**
 * Targets of the shared register: companies, worksites and persons, and the links between them.
 * Every target has an owner authority and a classification, so the one decision function
 * (platform/policy) answers for targets exactly as for information records.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { authorities } from '../authorities/authorities.table.ts';

export type Classification = 'public' | 'restricted' | 'secret';

const ownership = {
  ownerAuthority: text('owner_authority')
    .notNull()
    .references(() => authorities.code),
  classification: text('classification').$type<Classification>().notNull().default('restricted'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: text('business_id').notNull(),
    name: text('name').notNull(),
    auxiliaryNames: jsonb('auxiliary_names').$type<string[]>().notNull().default([]),
    formerNames: jsonb('former_names').$type<string[]>().notNull().default([]),
    legalForm: text('legal_form'),
    tolCode: text('tol_code'),
    municipality: text('municipality'),
    streetAddress: text('street_address'),
    postalCode: text('postal_code'),
    status: text('status').notNull().default('active'),
    foundedOn: date('founded_on'),
    employeeCount: integer('employee_count'),
    foreignOwned: boolean('foreign_owned').notNull().default(false),
    ...ownership,
  },
  (t) => [
    uniqueIndex('companies_business_id').on(t.businessId),
    index('companies_name_trgm').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('companies_tol').on(t.tolCode),
    index('companies_municipality').on(t.municipality),
  ],
);

export const worksites = pgTable(
  'worksites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id').references(() => companies.id),
    name: text('name').notNull(),
    streetAddress: text('street_address'),
    municipality: text('municipality'),
    postalCode: text('postal_code'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    siteType: text('site_type').notNull().default('other'),
    ...ownership,
  },
  (t) => [index('worksites_company').on(t.companyId), index('worksites_municipality').on(t.municipality)],
);

export const persons = pgTable('persons', {
  id: uuid('id').primaryKey().defaultRandom(),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  nationality: text('nationality'),
  languages: jsonb('languages').$type<string[]>().notNull().default([]),
  birthYear: smallint('birth_year'),
  /** Raises protection: minors are handled as possible victims without any "means" (FACTS §4.4). */
  under18: boolean('under_18').notNull().default(false),
  ...ownership,
});

export const employments = pgTable(
  'employments',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id),
    role: text('role').notNull(),
    permitType: text('permit_type'),
    startedOn: date('started_on'),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.companyId, t.role] }),
    index('employments_company').on(t.companyId),
  ],
);

export const subcontracts = pgTable(
  'subcontracts',
  {
    mainCompanyId: uuid('main_company_id')
      .notNull()
      .references(() => companies.id),
    subCompanyId: uuid('sub_company_id')
      .notNull()
      .references(() => companies.id),
    worksiteId: uuid('worksite_id').references(() => worksites.id),
  },
  (t) => [
    primaryKey({ columns: [t.mainCompanyId, t.subCompanyId] }),
    index('subcontracts_sub').on(t.subCompanyId),
  ],
);
