/** zod schemas of the matching API: validation and OpenAPI from one source. */
import { z } from 'zod';

const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZMatchBody = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('company'),
    name: ZText(300),
    businessId: z.string().trim().max(20).optional(),
    address: z.string().trim().max(300).optional(),
    postalCode: z.string().trim().max(10).optional(),
    municipality: z.string().trim().max(100).optional(),
    limit: z.number().int().min(1).max(50).default(10),
  }),
  z.object({
    type: z.literal('person'),
    name: ZText(300),
    birthYear: z.number().int().min(1900).max(2100).optional(),
    limit: z.number().int().min(1).max(50).default(10),
  }),
  z.object({
    type: z.literal('worksite'),
    address: ZText(300),
    postalCode: z.string().trim().max(10).optional(),
    municipality: z.string().trim().max(100).optional(),
    companyId: z.string().uuid().optional(),
    limit: z.number().int().min(1).max(50).default(10),
  }),
]);
export type TMatchBody = z.infer<typeof ZMatchBody>;

const ZConfidence = z.enum(['certain', 'high', 'possible']);

export const ZMatchCandidate = z.object({
  id: z.string(),
  type: z.enum(['company', 'person', 'worksite']),
  /** Display name: company name, person's name, or worksite name. */
  name: z.string(),
  businessId: z.string().nullable(),
  address: z.string().nullable(),
  municipality: z.string().nullable(),
  score: z.number(),
  confidence: ZConfidence,
  /** What the score is made of (see docs/MATCHING.md). */
  components: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
});

export const ZMatchResponse = z.object({ candidates: z.array(ZMatchCandidate) });

export const ZMergeBody = z.object({
  duplicateIds: z.array(z.string().uuid()).min(1).max(20),
  reason: z.string().trim().max(500).optional(),
});

export const ZMerge = z.object({
  id: z.string(),
  survivorId: z.string(),
  duplicateId: z.string(),
  namesAdded: z.object({ former: z.array(z.string()), auxiliary: z.array(z.string()) }),
  moved: z.object({
    records: z.number(),
    worksites: z.number(),
    employments: z.number(),
    subcontracts: z.number(),
  }),
  reason: z.string().nullable(),
  authority: z.string(),
  mergedAt: z.string(),
  splitAt: z.string().nullable(),
});
