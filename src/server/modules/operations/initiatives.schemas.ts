/** zod schemas of the supervision initiatives API (valvonta-aloite). */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';
import { ZIssueArea } from '../competence/competence.schemas.ts';

const ZCode = z.string().trim().min(1).max(80);
const ZClassification = z.enum(['public', 'restricted', 'secret']);

export const ZCreateInitiative = z
  .object({
    title: z.string().trim().min(3, 'title needs at least 3 characters').max(200),
    need: z.string().trim().min(1, 'describe the need for supervision').max(20_000),
    observations: z.string().trim().max(20_000).default(''),
    analysis: z.string().trim().max(20_000).default(''),
    issueAreas: z.array(ZIssueArea).min(1, 'choose at least one issue area').max(14),
    sectors: z.array(ZCode).max(30).default([]),
    municipalities: z.array(ZCode).max(100).default([]),
    categories: z.array(ZCode).max(10).default([]),
    classification: ZClassification.default('restricted'),
    secrecyBasis: z.string().trim().max(200).optional(),
    clockItemId: z.string().uuid().optional(),
    recordIds: z.array(z.string().uuid()).max(100).default([]),
  })
  .refine((v) => v.classification === 'public' || !!v.secrecyBasis, {
    message: 'a restricted or secret initiative needs its secrecy basis',
    path: ['secrecyBasis'],
  });
export type TCreateInitiative = z.infer<typeof ZCreateInitiative>;

export const ZInitiative = z.object({
  id: z.string(),
  ownerAuthority: z.string(),
  title: z.string(),
  need: z.string(),
  observations: z.string(),
  analysis: z.string(),
  issueAreas: z.array(z.string()),
  sectors: z.array(z.string()),
  municipalities: z.array(z.string()),
  categories: z.array(z.string()),
  classification: ZClassification,
  secrecyBasis: z.string().nullable(),
  status: z.enum(['open', 'accepted', 'declined', 'withdrawn']),
  /** Shown to the owner authority only (the latest recipient's reason for declining, or the withdrawal's). */
  statusReason: z.string().nullable(),
  clockItemId: z.string().nullable(),
  records: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string() })),
  /** Owner authority only: a recipient never learns who else received the initiative. */
  addressedTo: z
    .array(
      z.object({
        authority: z.string(),
        legalBasis: z.string(),
        disclosedAt: z.string(),
        /** The recipient declined (its disclosure revoked). */
        declinedAt: z.string().nullable(),
      }),
    )
    .optional(),
  operationId: z.string().nullable(),
  mayAddress: z.boolean(),
  createdAt: z.string(),
});
export type TInitiative = z.infer<typeof ZInitiative>;

export const ZInitiativeSummary = ZInitiative.omit({ records: true, addressedTo: true });

export const ZAddressInitiative = z.object({
  authorities: z.array(z.enum(AUTHORITY_CODES)).min(1, 'choose at least one authority').max(13),
  purpose: ZCode,
});
export type TAddressInitiative = z.infer<typeof ZAddressInitiative>;

export const ZAddressResults = z.object({
  results: z.array(
    z.object({
      authority: z.string(),
      allowed: z.boolean(),
      legalBasis: z.string().optional(),
      explanation: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
    }),
  ),
});

export const ZDeclineInitiative = z.object({
  reason: z.string().trim().min(3, 'give a reason').max(2_000),
});

export const ZSeat = z.object({
  authority: z.string(),
  name: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
  why: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
  issueAreas: z.array(z.string()),
  competences: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
    }),
  ),
  score: z.number(),
  status: z.enum(['invited', 'accepted', 'declined']).nullable(),
});
