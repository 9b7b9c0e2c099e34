/** zod schemas of feedback and follow-up: results per target, follow-up tasks, investigations, statistics. */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';
import { CRIME_TITLE_CODES } from './crime-titles.ts';

export const OUTCOMES = [
  'no_findings',
  'guidance',
  'improvement_notice',
  'sanction',
  'report_of_offence',
  'other',
] as const;

export const ZTargetParam = z.object({ id: z.string().uuid(), otid: z.string().uuid() });
export const ZFollowUpParam = z.object({ id: z.string().uuid(), fid: z.string().uuid() });

export const ZResultBody = z.object({
  outcome: z.enum(OUTCOMES),
  summary: z.string().trim().max(10_000).default(''),
});
export const ZResult = z.object({
  operationTargetId: z.string(),
  authority: z.string(),
  outcome: z.enum(OUTCOMES),
  summary: z.string(),
  recordedAt: z.string(),
});
export const ZResults = z.object({ items: z.array(ZResult) });

export const ZCreateFollowUp = z.object({
  title: z.string().trim().min(3, 'title needs at least 3 characters').max(300),
  authority: z.enum(AUTHORITY_CODES),
  dueOn: z.iso.date(),
  operationTargetId: z.string().uuid().optional(),
  assignee: z.string().uuid().optional(),
});
export const ZUpdateFollowUp = z.object({
  status: z.enum(['open', 'done', 'cancelled']),
  outcome: z.string().trim().max(5_000).optional(),
});
export const ZFollowUp = z.object({
  id: z.string(),
  title: z.string(),
  authority: z.string(),
  assignee: z.string().nullable(),
  assigneeName: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(['open', 'done', 'cancelled']),
  outcome: z.string().nullable(),
  operationTargetId: z.string().nullable(),
  overdue: z.boolean(),
  mayChange: z.boolean(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export const ZFollowUps = z.object({ items: z.array(ZFollowUp) });

export const ZCreateInvestigation = z.object({
  caseReference: z.string().trim().min(3).max(100),
  crimeTitle: z.enum(CRIME_TITLE_CODES),
  openedOn: z.iso.date(),
  operationTargetId: z.string().uuid().optional(),
});
export const ZInvestigation = z.object({
  id: z.string(),
  authority: z.string(),
  /** The investigating authority's own case number: shown to that authority only. */
  caseReference: z.string().nullable(),
  crimeTitle: z.string(),
  crimeSection: z.string(),
  openedOn: z.string(),
  operationTargetId: z.string().nullable(),
  recordedAt: z.string(),
});
export const ZInvestigations = z.object({ items: z.array(ZInvestigation) });

const ZCounts = z.record(z.string(), z.number());
export const ZStatistics = z.object({
  targets: z.object({ selected: z.number(), visited: z.number(), notVisited: z.number() }),
  findingsByArea: ZCounts,
  iloIndicators: ZCounts,
  victimsReferred: z.number(),
  followUps: z.object({ open: z.number(), done: z.number(), cancelled: z.number(), overdue: z.number() }),
  investigations: z.number(),
  investigationsByCrime: ZCounts,
  outcomes: ZCounts,
  byAuthority: z.array(
    z.object({
      authority: z.string(),
      results: z.number(),
      findings: z.number(),
      victimsReferred: z.number(),
      followUpsOpen: z.number(),
      investigations: z.number(),
    }),
  ),
});
