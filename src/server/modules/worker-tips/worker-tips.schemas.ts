/** zod schemas of the worker tips API. */
import { z } from 'zod';
import { LANGUAGES } from '../../../worker-app/content/languages.ts';
import { SECTORS } from '../../../worker-app/content/sectors.ts';

const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [string, ...string[]];

export const ZTipBody = z.object({
  /** The language the app was shown in (the message itself may be in any language). */
  language: z.enum(LANGUAGE_CODES),
  sector: z.enum(SECTORS).optional(),
  municipality: z.string().max(80).optional(),
  message: z.string().trim().min(20).max(4000),
  /** Left empty, the tip is anonymous. */
  contact: z.string().max(200).optional(),
});
export type TTipBody = z.infer<typeof ZTipBody>;

export const ZReplyLookup = z.object({ referenceCode: z.string().min(1).max(40) });

export const ZPublicReplies = z.object({
  replies: z.array(z.object({ body: z.string(), createdAt: z.string() })),
});

export const ZTipSummary = z.object({
  id: z.string(),
  createdAt: z.string(),
  ownerAuthority: z.string(),
  language: z.string().nullable(),
  sector: z.string().nullable(),
  municipality: z.string().nullable(),
  anonymous: z.boolean(),
  excerpt: z.string(),
  replies: z.number().int(),
});

export const ZTipReply = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

export const ZTip = z.object({
  id: z.string(),
  createdAt: z.string(),
  ownerAuthority: z.string(),
  classification: z.string(),
  secrecyBasis: z.string().nullable(),
  retentionUntil: z.string(),
  language: z.string().nullable(),
  sector: z.string().nullable(),
  municipality: z.string().nullable(),
  contact: z.string().nullable(),
  body: z.string(),
  replies: z.array(ZTipReply),
});

export const ZReplyBody = z.object({ body: z.string().trim().min(1).max(4000) });
