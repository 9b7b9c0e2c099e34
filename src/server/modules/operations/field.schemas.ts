/** Zod schemas of the field view (execution phase): arrival, findings, victim referrals, finish. */
import { z } from 'zod';

/** Areas a finding is recorded in (issue #6 item 6). */
export const FINDING_AREAS = [
  'wages',
  'working_hours',
  'permits',
  'occupational_safety',
  'housing',
  'ilo_indicators',
  'other',
] as const;
export type FindingArea = (typeof FINDING_AREAS)[number];

/** The ILO's 11 indicators of forced labour (FACTS §4.1, ILO SAP-FL 2012), in the booklet's order. */
export const ILO_INDICATORS = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_and_sexual_violence',
  'intimidation_and_threats',
  'retention_of_identity_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_working_and_living_conditions',
  'excessive_overtime',
] as const;

export const ZFieldParams = z.object({ id: z.string().uuid(), otid: z.string().uuid() });

export const ZArrival = z.object({
  /** When the team arrived (default now); a form sent late from a phone keeps the time it was filled. */
  at: z.iso.datetime({ offset: true }).optional(),
});

export const ZFinding = z.object({
  area: z.enum(FINDING_AREAS),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20_000),
  iloIndicators: z.array(z.enum(ILO_INDICATORS)).max(11).default([]),
  classification: z.enum(['restricted', 'secret']).default('restricted'),
  secrecyBasis: z.string().max(200).optional(),
});
export type TFinding = z.infer<typeof ZFinding>;

export const ZReferral = z.object({
  persons: z.number().int().min(1).max(500),
  referredAt: z.iso.datetime({ offset: true }).optional(),
  /** A person target (owned by your authority or visible to you) when one has been recorded. */
  personId: z.string().uuid().optional(),
  referredTo: z.enum(['nas', 'victim_support']).default('nas'),
});

export const ZFinish = z.object({
  visited: z.boolean(),
  note: z.string().trim().max(2000).default(''),
  at: z.iso.datetime({ offset: true }).optional(),
});

export const ZFieldFinding = z.object({
  recordId: z.string(),
  ownerAuthority: z.string(),
  /** False: the reader may not see this record — only that the authority recorded something. */
  visible: z.boolean(),
  area: z.string().nullable(),
  iloIndicators: z.array(z.string()),
  title: z.string().nullable(),
  createdAt: z.string().nullable(),
  attachments: z.number(),
});

export const ZFieldTarget = z.object({
  operationTargetId: z.string(),
  position: z.number(),
  targetType: z.string(),
  targetId: z.string(),
  hidden: z.boolean(),
  name: z.string().nullable(),
  address: z.string().nullable(),
  municipality: z.string().nullable(),
  mapUrl: z.string().nullable(),
  actionPlan: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  visited: z.boolean().nullable(),
  note: z.string(),
  findings: z.array(ZFieldFinding),
  referrals: z.array(
    z.object({
      id: z.string(),
      authority: z.string(),
      persons: z.number(),
      referredTo: z.string(),
      referredAt: z.string(),
    }),
  ),
});

export const ZField = z.object({
  operationId: z.string(),
  reference: z.string(),
  title: z.string(),
  status: z.string(),
  /** Field actions are open (the operation is executing and the reader takes part). */
  open: z.boolean(),
  you: z.object({ authority: z.string(), lead: z.boolean() }),
  targets: z.array(ZFieldTarget),
});
