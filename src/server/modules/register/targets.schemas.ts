/** zod schemas of the targets API (companies, worksites, persons and their links). */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';
import { isValidBusinessId } from '../demo-data/business-id.ts';
import { COMPANY_STATUSES, EMPLOYMENT_ROLES, SITE_TYPES } from '../demo-data/types.ts';
import { ZClassification } from './records.schemas.ts';
import { PERSON_ROLES } from './targets.table.ts';

const name = z.string().trim().min(1).max(300);
const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();
const names = z.array(z.string().trim().min(1).max(300)).max(50);

/**
 * A PATCH schema from a create schema: every field optional and WITHOUT its default — zod's
 * `.partial()` keeps defaults, which would silently reset fields the request did not mention.
 */
function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape).strict();
}

export const ZBusinessId = z
  .string()
  .trim()
  .refine(isValidBusinessId, 'not a valid business ID: NNNNNNN-C with its check digit, e.g. 0112038-9');
export const ZTolCode = z.string().regex(/^\d{2,5}$/, 'a TOL 2008 code: 2–5 digits');

export const ZCompanyInput = z.object({
  businessId: ZBusinessId,
  name,
  formerNames: names.default([]),
  auxiliaryNames: names.default([]),
  legalForm: optionalText(20),
  tolCode: ZTolCode.nullable().optional(),
  municipality: optionalText(100),
  streetAddress: optionalText(300),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, 'five digits')
    .nullable()
    .optional(),
  status: z.enum(COMPANY_STATUSES).default('active'),
  foundedOn: z.iso.date().nullable().optional(),
  employeeCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
  foreignOwned: z.boolean().default(false),
  classification: ZClassification.default('public'),
});
export type TCompanyInput = z.infer<typeof ZCompanyInput>;
export const ZCompanyPatch = patchOf(ZCompanyInput);
export type TCompanyPatch = Partial<TCompanyInput>;

const coordinate = (min: number, max: number) => z.number().min(min).max(max).nullable().optional();
export const ZWorksiteInput = z.object({
  name,
  companyId: z.string().uuid().nullable().optional(),
  streetAddress: optionalText(300),
  municipality: optionalText(100),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, 'five digits')
    .nullable()
    .optional(),
  lat: coordinate(-90, 90),
  lon: coordinate(-180, 180),
  siteType: z.enum(SITE_TYPES).default('other'),
  classification: ZClassification.default('public'),
});
export type TWorksiteInput = z.infer<typeof ZWorksiteInput>;
export const ZWorksitePatch = patchOf(ZWorksiteInput);
export type TWorksitePatch = Partial<TWorksiteInput>;

export const ZPersonRole = z.enum(PERSON_ROLES);
export const ZPersonInput = z.object({
  givenName: name,
  familyName: name,
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. FI')
    .nullable()
    .optional(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .max(10)
    .default([]),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  under18: z.boolean().default(false),
  roles: z.array(ZPersonRole).max(4).default([]),
  classification: ZClassification.default('restricted'),
});
export type TPersonInput = z.infer<typeof ZPersonInput>;
export const ZPersonPatch = patchOf(ZPersonInput);
export type TPersonPatch = Partial<TPersonInput>;

const owned = {
  ownerAuthority: z.enum(AUTHORITY_CODES),
  classification: ZClassification,
  createdAt: z.string(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
};

export const ZCompany = z.object({
  type: z.literal('company'),
  id: z.string(),
  businessId: z.string(),
  name: z.string(),
  formerNames: z.array(z.string()),
  auxiliaryNames: z.array(z.string()),
  legalForm: z.string().nullable(),
  tolCode: z.string().nullable(),
  municipality: z.string().nullable(),
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  status: z.string(),
  foundedOn: z.string().nullable(),
  employeeCount: z.number().nullable(),
  foreignOwned: z.boolean(),
  ...owned,
});
export const ZWorksite = z.object({
  type: z.literal('worksite'),
  id: z.string(),
  companyId: z.string().nullable(),
  name: z.string(),
  streetAddress: z.string().nullable(),
  municipality: z.string().nullable(),
  postalCode: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  siteType: z.string(),
  ...owned,
});
export const ZPerson = z.object({
  type: z.literal('person'),
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  nationality: z.string().nullable(),
  languages: z.array(z.string()),
  birthYear: z.number().nullable(),
  under18: z.boolean(),
  roles: z.array(ZPersonRole),
  ...owned,
});
export const ZTarget = z.discriminatedUnion('type', [ZCompany, ZWorksite, ZPerson]);

export const ZListQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ZIdParams = z.object({ id: z.string().uuid() });

export const ZSubcontractInput = z.object({
  mainCompanyId: z.string().uuid(),
  subCompanyId: z.string().uuid(),
  worksiteId: z.string().uuid().nullable().optional(),
});
export const ZSubcontract = z.object({
  mainCompanyId: z.string(),
  subCompanyId: z.string(),
  worksiteId: z.string().nullable(),
});
export const ZEmploymentInput = z.object({
  personId: z.string().uuid(),
  companyId: z.string().uuid(),
  role: z.enum(EMPLOYMENT_ROLES),
  permitType: z.string().trim().min(1).max(40).nullable().optional(),
  startedOn: z.iso.date().nullable().optional(),
});
export const ZEmployment = z.object({
  personId: z.string(),
  companyId: z.string(),
  role: z.string(),
  permitType: z.string().nullable(),
  startedOn: z.string().nullable(),
});
