/** zod schemas of /api/search and its export. */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';
import { ZClassification, ZRecord } from './records.schemas.ts';

export const ZSearchType = z.enum(['company', 'worksite', 'person', 'record']);

export const ZSearchFilters = z
  .object({
    q: z.string().trim().min(2, 'at least 2 characters').max(200).optional(),
    type: ZSearchType.optional(),
    industry: z
      .string()
      .regex(/^\d{1,5}$/, 'a TOL 2008 code or its prefix (digits)')
      .optional(),
    municipality: z.string().trim().min(1).max(100).optional(),
    category: z.string().min(1).max(80).optional(),
    owner: z.enum(AUTHORITY_CODES).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'from must not be after to', path: ['to'] });
export type TSearchFilters = z.infer<typeof ZSearchFilters>;

export const ZSearchQuery = ZSearchFilters.and(
  z.object({
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  }),
);
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

export const ZTargetItem = z.object({
  kind: z.literal('target'),
  type: z.enum(['company', 'worksite', 'person']),
  id: z.string(),
  name: z.string(),
  businessId: z.string().nullable(),
  municipality: z.string().nullable(),
  tolCode: z.string().nullable(),
  siteType: z.string().nullable(),
  companyId: z.string().nullable(),
  under18: z.boolean().nullable(),
  ownerAuthority: z.string(),
  classification: ZClassification,
  /** Records about the target the user may see. */
  records: z.number(),
  score: z.number().nullable(),
});
export const ZRecordItem = z.object({
  kind: z.literal('record'),
  record: ZRecord,
  score: z.number().nullable(),
});
export const ZHit = z.object({
  targetType: z.enum(['company', 'worksite', 'person']),
  targetId: z.string(),
  authority: z.string(),
  count: z.number(),
  categories: z.array(z.string()),
});
export const ZSearchResult = z.object({
  items: z.array(z.discriminatedUnion('kind', [ZTargetItem, ZRecordItem])),
  hits: z.array(ZHit),
  nextCursor: z.string().nullable(),
});
