/** zod schemas of /api/disclosure-requests. */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';
import { ZClassification, ZRecordKind } from './records.schemas.ts';

const ZTargetType = z.enum(['company', 'worksite', 'person']);
const ZLocalized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const ZCreateRequest = z.object({
  targetId: z.string().uuid(),
  targetType: ZTargetType.optional(),
  /** The holder, as named by the hit. */
  authority: z.enum(AUTHORITY_CODES),
  purpose: z.string().min(1).max(80),
  categories: z.array(z.string().min(1).max(80)).max(20).optional(),
  message: z.string().trim().min(3, 'at least 3 characters').max(2000),
});
export type TCreateRequest = z.infer<typeof ZCreateRequest>;

export const ZListRequests = z.object({
  box: z.enum(['incoming', 'outgoing']),
  status: z.enum(['open', 'granted', 'declined']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListRequests = z.infer<typeof ZListRequests>;

export const ZGrantRequest = z.object({
  recordIds: z.array(z.string().uuid()).min(1).max(10_000),
  /** Defaults to the purpose of the request. */
  purpose: z.string().min(1).max(80).optional(),
  confirmed: z.array(z.string().max(80)).max(20).default([]),
});
export type TGrantRequest = z.infer<typeof ZGrantRequest>;

export const ZDeclineRequest = z.object({
  reason: z.string().trim().min(3, 'at least 3 characters').max(2000),
});

export const ZDisclosureRequest = z.object({
  id: z.string(),
  target: z.object({ type: ZTargetType, id: z.string(), name: z.string().nullable() }),
  fromAuthority: z.string(),
  requestedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  toAuthority: z.string(),
  purpose: z.string(),
  categories: z.array(z.string()),
  message: z.string(),
  status: z.enum(['open', 'granted', 'declined']),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  grantedRecordIds: z.array(z.string()),
  createdAt: z.string(),
  engine: z
    .object({ allowed: z.boolean(), mode: z.string(), legalBasis: z.string(), explanation: ZLocalized })
    .optional(),
  candidates: z
    .array(
      z.object({
        id: z.string(),
        kind: ZRecordKind,
        title: z.string(),
        categories: z.array(z.string()),
        classification: ZClassification,
        createdAt: z.string(),
      }),
    )
    .optional(),
});
