/** zod schemas of the proactive proposals (own-initiative / duty-to-notify prompts). */
import { z } from 'zod';

const ZLocalized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const ZProposal = z.object({
  id: z.string(),
  recordId: z.string(),
  to: z.string(),
  mode: z.enum(['own_initiative', 'duty_to_notify']),
  rule: z.object({ id: z.string(), version: z.number() }),
  categories: z.array(z.string()),
  purposes: z.array(z.string()),
  legalBasis: z.string(),
  conditions: z.array(ZLocalized),
  requires: z.array(ZLocalized),
  prompt: ZLocalized,
  status: z.enum(['open', 'accepted', 'declined', 'obsolete']),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const ZAcceptProposal = z.object({
  /** May be left out when the rule serves exactly one purpose. */
  purpose: z.string().min(1).max(80).optional(),
  /** Circumstances the official confirms (the rule's `requires`). */
  confirmed: z.array(z.string().max(80)).max(20).default([]),
});
export type TAcceptProposal = z.infer<typeof ZAcceptProposal>;

export const ZDeclineProposal = z.object({
  reason: z.string().trim().min(3, 'at least 3 characters').max(2000),
});
