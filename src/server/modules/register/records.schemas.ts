/** zod schemas of the records API: validation and OpenAPI from one source. */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';

export const ZRecordKind = z.enum(['observation', 'tip', 'analysis']);
export const ZClassification = z.enum(['public', 'restricted', 'secret']);
export const ZTargetRef = z.object({
  type: z.enum(['company', 'worksite', 'person']),
  id: z.string().uuid(),
});

export const ZCreateRecord = z
  .object({
    kind: ZRecordKind,
    title: z.string().trim().min(3, 'title needs at least 3 characters').max(200),
    body: z.string().trim().min(1, 'body is required').max(20_000),
    classification: ZClassification.default('restricted'),
    secrecyBasis: z.string().trim().max(200).optional(),
    categories: z.array(z.string().min(1).max(80)).min(1, 'choose at least one data category').max(10),
    containsPersonalData: z.boolean().default(true),
    retentionUntil: z.iso.date().optional(),
    targets: z.array(ZTargetRef).max(50).default([]),
  })
  .refine((v) => v.classification === 'public' || !!v.secrecyBasis, {
    message: 'a restricted or secret record needs its secrecy basis',
    path: ['secrecyBasis'],
  });
export type TCreateRecord = z.infer<typeof ZCreateRecord>;

export const ZRecord = z.object({
  id: z.string(),
  kind: ZRecordKind,
  ownerAuthority: z.string(),
  classification: ZClassification,
  secrecyBasis: z.string().nullable(),
  categories: z.array(z.string()),
  containsPersonalData: z.boolean(),
  title: z.string(),
  body: z.string(),
  retentionUntil: z.string(),
  createdAt: z.string(),
  targets: z.array(ZTargetRef),
  /** Only for the owner authority: recipients never learn who else received a record. */
  disclosures: z
    .array(
      z.object({
        id: z.string(),
        toAuthority: z.string(),
        purpose: z.string(),
        legalBasis: z.string(),
        disclosedAt: z.string(),
        revokedAt: z.string().nullable(),
      }),
    )
    .optional(),
});

export const ZDiscloseBody = z.object({
  recordIds: z.array(z.string().uuid()).min(1).max(10_000),
  to: z.array(z.enum(AUTHORITY_CODES)).min(1).max(13),
  purpose: z.string().min(1).max(80),
  initiative: z.enum(['request', 'own']),
  /** Circumstances the official confirms (the engine's `requires`). */
  confirmed: z.array(z.string().max(80)).max(20).default([]),
});
export type TDiscloseBody = z.infer<typeof ZDiscloseBody>;
