/**
 * Zod schemas of the supervision plan (valvontasuunnitelma) routes: the joint sections of the seed's
 * Project 2, per-target action plans and interpretation languages, the plan as one reader may see it
 * (target cards assembled for that reader) and the per-participant answers of a share.
 */
import { z } from 'zod';
import { UI_LOCALES } from '../../../contracts/languages.ts';

/** The plan's joint prose sections, in the seed's order (target cards and action plans come per target). */
export const PLAN_SECTIONS = [
  'goal',
  'organisation',
  'responsibilities',
  'occupational_safety',
  'interpretation',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** Keys inside `operation_plans.sections` for what is stored per target and the visiting order. */
export const actionPlanKey = (operationTargetId: string) => `action_plan:${operationTargetId}`;
export const interpretationKey = (operationTargetId: string) => `interpretation:${operationTargetId}`;
export const VISIT_ORDER_KEY = 'visit_order';

const ZSectionText = z.string().max(20_000);
export const ZSections = z.object({
  goal: ZSectionText,
  organisation: ZSectionText,
  responsibilities: ZSectionText,
  occupational_safety: ZSectionText,
  interpretation: ZSectionText,
});
export type TSections = z.infer<typeof ZSections>;

/** ISO 639 language codes (two or three letters). */
export const ZLanguageCode = z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code such as "vi"');

export const ZSavePlan = z.object({
  sections: ZSections,
  /** The selected targets in visiting order, each with its action plan and interpretation languages. */
  targets: z
    .array(
      z.object({
        operationTargetId: z.string().uuid(),
        actionPlan: z.string().max(20_000),
        interpretation: z.array(ZLanguageCode).max(20),
      }),
    )
    .max(500),
  /** Data categories the plan's joint text carries (the engine decides each share on them). */
  categories: z.array(z.string().min(1).max(80)).min(1).max(20).optional(),
});
export type TSavePlan = z.infer<typeof ZSavePlan>;

export const ZPlanQuery = z.object({
  version: z.coerce.number().int().positive().optional(),
  locale: z.enum(UI_LOCALES).default('fi'),
});

const ZLocalized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

export const ZTargetCard = z.object({
  operationTargetId: z.string(),
  position: z.number(),
  targetType: z.enum(['company', 'worksite', 'person']),
  targetId: z.string(),
  /** The reader may not see the target itself: only its place in the plan shows. */
  hidden: z.boolean(),
  name: z.string().nullable(),
  businessId: z.string().nullable(),
  address: z.string().nullable(),
  municipality: z.string().nullable(),
  tolCode: z.string().nullable(),
  worksite: z
    .object({ name: z.string(), address: z.string().nullable(), municipality: z.string().nullable() })
    .nullable(),
  mapUrl: z.string().nullable(),
  score: z.number().nullable(),
  rationale: z.string(),
  actionPlan: z.string(),
  interpretation: z.array(z.string()),
  /** Languages of the workers the reader may see (persons employed by the company). */
  suggestedLanguages: z.array(z.object({ language: z.string(), persons: z.number() })),
  employees: z.object({
    visible: z.number(),
    nationalities: z.array(z.object({ nationality: z.string(), persons: z.number() })),
  }),
  records: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      ownerAuthority: z.string(),
      categories: z.array(z.string()),
      createdAt: z.string(),
    }),
  ),
  /** What others hold that the reader may not see: holder, count and categories only. */
  hits: z.array(z.object({ authority: z.string(), count: z.number(), categories: z.array(z.string()) })),
});
export type TTargetCard = z.infer<typeof ZTargetCard>;

export const ZPlanShareRow = z.object({
  authority: z.string(),
  legalBasis: z.string(),
  sharedAt: z.string(),
});

export const ZPlan = z.object({
  operationId: z.string(),
  reference: z.string(),
  title: z.string(),
  operationStatus: z.string(),
  classification: z.string(),
  leadAuthority: z.string(),
  /** Null while the lead looks at an unsaved pre-filled draft. */
  id: z.string().nullable(),
  version: z.number().nullable(),
  status: z.enum(['unsaved', 'draft', 'approved', 'superseded']),
  createdAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  categories: z.array(z.string()),
  sections: ZSections,
  targets: z.array(ZTargetCard),
  /** Lead only: the participants this version was shared with. */
  shares: z.array(ZPlanShareRow).nullable(),
  /** A participant: the share it reads this version under. */
  sharedWithYou: ZPlanShareRow.nullable(),
  you: z.object({ authority: z.string(), lead: z.boolean(), mayEdit: z.boolean() }),
});
export type TPlan = z.infer<typeof ZPlan>;

export const ZPlanVersion = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'approved', 'superseded']),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  sharedWith: z.array(z.string()).nullable(),
});

export const ZShareBody = z.object({
  /** Circumstance codes the lead confirms (opening rules that require them). */
  confirmed: z.array(z.string().min(1)).max(20).optional(),
});

export const ZShareResult = z.object({
  planId: z.string(),
  version: z.number(),
  results: z.array(
    z.object({
      authority: z.string(),
      purpose: z.string(),
      allowed: z.boolean(),
      /** Shared before this request (the engine was asked again; nothing new stored). */
      alreadyShared: z.boolean(),
      mode: z.string(),
      legalBasis: z.string().nullable(),
      ruleVersions: z.array(z.object({ id: z.string(), version: z.number() })),
      conditions: z.array(ZLocalized),
      explanation: ZLocalized,
    }),
  ),
});
export type TShareResult = z.infer<typeof ZShareResult>;
