/** zod schemas of target selection (docs/api/OPERATIONS-API.md, "Target selection (risk)"). */
import { z } from 'zod';
import { MAX_WEIGHT } from '../risk/indicators.ts';

export const ZOperationParams = z.object({ id: z.string().uuid() });
export const ZOperationTargetParams = z.object({ id: z.string().uuid(), otid: z.string().uuid() });

export const ZWeights = z.record(z.string().regex(/^[a-z0-9_]{1,60}$/), z.number().min(0).max(MAX_WEIGHT));

export const ZWeightsBody = z.object({ weights: ZWeights }).strict();
export const ZWeightsOut = z.object({
  /** The weights in effect (defaults overlaid by the operation's own). */
  weights: ZWeights,
  /** Only what the lead set. */
  custom: ZWeights,
});

export const ZContribution = z.object({
  code: z.string(),
  raw: z.number().nullable(),
  strength: z.number(),
  weight: z.number(),
  contribution: z.number(),
});

export const ZCandidate = z.object({
  companyId: z.string(),
  name: z.string(),
  businessId: z.string(),
  tolCode: z.string().nullable(),
  municipality: z.string().nullable(),
  score: z.number(),
  /** Non-zero contributions, largest first. */
  contributions: z.array(ZContribution),
  operationTargetId: z.string().nullable(),
  decision: z.enum(['candidate', 'selected', 'rejected']).nullable(),
});

export const ZCandidatesQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export const ZCandidatesOut = z.object({
  weights: ZWeights,
  computedAt: z.string().nullable(),
  libraryVersion: z.string(),
  filter: z.object({
    tolPrefixes: z.array(z.string()),
    municipalities: z.array(z.string()),
    /** Entries of the operation's sectors that are neither a TOL prefix nor a known sector name. */
    unknownSectors: z.array(z.string()),
  }),
  items: z.array(ZCandidate),
});

export const ZAddTargetBody = z
  .object({ targetType: z.enum(['company', 'worksite']), targetId: z.string().uuid() })
  .strict();

export const ZDecisionBody = z
  .object({
    decision: z.enum(['selected', 'rejected']),
    rationale: z.string().trim().min(3, 'a rationale of at least 3 characters is required').max(4000),
  })
  .strict();

export const ZOperationTarget = z.object({
  id: z.string(),
  targetType: z.enum(['company', 'worksite', 'person']),
  targetId: z.string(),
  /** Null when the reader may not see the target itself (owned by another authority, not public). */
  name: z.string().nullable(),
  businessId: z.string().nullable(),
  companyId: z.string().nullable(),
  score: z.number().nullable(),
  decision: z.enum(['candidate', 'selected', 'rejected']),
  rationale: z.string(),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TOperationTarget = z.infer<typeof ZOperationTarget>;

export const ZOperationTargetsOut = z.object({ items: z.array(ZOperationTarget) });
