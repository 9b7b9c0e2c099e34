/** zod schemas of the operations API: operations, transitions, participants and the agenda. */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';
import { ZIssueArea } from '../competence/competence.schemas.ts';
import { TRANSITION_NAMES } from './operations.states.ts';

const ZCode = z.string().trim().min(1).max(80);
export const ZOperationStatus = z.enum([
  'planning',
  'plan_approved',
  'executing',
  'follow_up',
  'closed',
  'cancelled',
]);
export const ZTransitionName = z.enum(TRANSITION_NAMES as [string, ...string[]]);

export const ZCreateOperation = z
  .object({
    title: z.string().trim().min(3, 'title needs at least 3 characters').max(200),
    initiativeId: z.string().uuid().optional(),
    clockItemId: z.string().uuid().optional(),
    issueAreas: z.array(ZIssueArea).min(1, 'choose at least one issue area').max(14),
    sectors: z.array(ZCode).max(30).default([]),
    municipalities: z.array(ZCode).max(100).default([]),
    goal: z.string().trim().max(5_000).default(''),
    startsOn: z.iso.date().optional(),
    endsOn: z.iso.date().optional(),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn, {
    message: 'endsOn must not be before startsOn',
    path: ['endsOn'],
  });
export type TCreateOperation = z.infer<typeof ZCreateOperation>;

export const ZUpdateOperation = z
  .object({
    title: z.string().trim().min(3).max(200),
    goal: z.string().trim().max(5_000),
    startsOn: z.iso.date().nullable(),
    endsOn: z.iso.date().nullable(),
    meetingAt: z.iso.datetime({ offset: true }).nullable(),
    meetingPlace: z.string().trim().max(500).nullable(),
    issueAreas: z.array(ZIssueArea).min(1).max(14),
    sectors: z.array(ZCode).max(30),
    municipalities: z.array(ZCode).max(100),
    lessonsLearned: z.string().trim().max(20_000),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export type TUpdateOperation = z.infer<typeof ZUpdateOperation>;

export const ZListOperations = z.object({ status: ZOperationStatus.optional() });

const ZParticipant = z.object({
  authority: z.string(),
  role: z.enum(['lead', 'participant']),
  status: z.enum(['suggested', 'invited', 'accepted', 'declined']),
});

export const ZOperationSummary = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  leadAuthority: z.string(),
  status: ZOperationStatus,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  participants: z.array(ZParticipant),
  selectedTargets: z.number(),
  openFollowUps: z.number(),
});
export type TOperationSummary = z.infer<typeof ZOperationSummary>;

export const ZOperation = ZOperationSummary.extend({
  participants: z.array(
    ZParticipant.extend({
      supervises: z.string(),
      contact: z.string(),
      resources: z.string(),
      declineReason: z.string().nullable(),
      invitedAt: z.string(),
      respondedAt: z.string().nullable(),
    }),
  ),
  goal: z.string(),
  issueAreas: z.array(z.string()),
  sectors: z.array(z.string()),
  municipalities: z.array(z.string()),
  meetingAt: z.string().nullable(),
  meetingPlace: z.string().nullable(),
  lessonsLearned: z.string(),
  closingReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  initiativeId: z.string().nullable(),
  clockItemId: z.string().nullable(),
  riskWeights: z.record(z.string(), z.number()),
  createdAt: z.string(),
  you: z.object({ lead: z.boolean(), authority: z.string() }),
  transitions: z.array(z.object({ name: z.string(), allowed: z.boolean(), unmet: z.array(z.string()) })),
});
export type TOperation = z.infer<typeof ZOperation>;

export const ZTransitionBody = z.object({
  transition: ZTransitionName,
  reason: z.string().trim().max(5_000).optional(),
});

export const ZInvite = z.object({
  authorities: z.array(z.enum(AUTHORITY_CODES)).min(1, 'choose at least one authority').max(13),
});
export const ZRespond = z
  .object({ accept: z.boolean(), reason: z.string().trim().max(2_000).optional() })
  .refine((v) => v.accept || (v.reason ?? '').length >= 3, {
    message: 'give a reason for declining',
    path: ['reason'],
  });
export const ZUpdateParticipant = z
  .object({
    supervises: z.string().trim().max(5_000),
    contact: z.string().trim().max(1_000),
    resources: z.string().trim().max(5_000),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });
export const ZAuthorityParam = z.object({ id: z.string().uuid(), authority: z.enum(AUTHORITY_CODES) });

export const ZAgendaItem = z.object({
  id: z.string(),
  itemKey: z.string(),
  position: z.number(),
  title: z.string().nullable(),
  decision: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export const ZAgenda = z.object({ items: z.array(ZAgendaItem) });
export const ZDecide = z.object({ decision: z.string().trim().max(20_000) });
export const ZAddAgendaItem = z.object({ title: z.string().trim().min(3).max(300) });
export const ZAgendaParam = z.object({ id: z.string().uuid(), itemId: z.string().uuid() });
