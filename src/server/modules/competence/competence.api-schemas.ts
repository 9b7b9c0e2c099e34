/**
 * Zod schemas of the competence HTTP API: request bodies and queries, and the answers, which also feed
 * /api/openapi.json. The configuration's own schemas (competence.schemas.ts) are reused as they are.
 * Codes in requests are plain strings on purpose: the engine checks them against the stored map and
 * answers an unknown one with a 400 whose `details.problems` names the field.
 */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';
import {
  DISCLOSURE_MODES,
  ZAuthorityProfile,
  ZCompetence,
  ZDataCategory,
  ZDisclosureRule,
  ZIssueArea,
  ZLegalBasis,
  ZLocalizedText,
} from './competence.schemas.ts';
import { COMPETENCE_ITEM_KINDS } from './competence.tables.ts';

const ZCode = z.string().min(1).max(100);
const ZAuthority = z.enum(AUTHORITY_CODES);
export const ZInitiative = z.enum(['request', 'own']);
export const ZDecisionMode = z.enum([...DISCLOSURE_MODES, 'no_rule', 'own_authority', 'public']);
export const ZItemKind = z.enum(COMPETENCE_ITEM_KINDS);
const ZRuleRef = z.object({ id: z.string(), version: z.number().int() });

export const ZDecideBody = z.object({
  from: ZCode,
  to: ZCode,
  categories: z.array(ZCode).max(50),
  purpose: ZCode,
  initiative: ZInitiative,
  at: z.string().max(20).optional().describe('YYYY-MM-DD; default today in Finland'),
  confirmed: z.array(ZCode).max(50).optional().describe('circumstance codes the official confirms'),
});

const ZPendingRule = ZRuleRef.extend({ categories: z.array(z.string()), legalBasis: z.array(ZLegalBasis) });

export const ZDecision = z.object({
  allowed: z.boolean(),
  mode: ZDecisionMode,
  at: z.string(),
  perCategory: z.array(
    z.object({
      category: z.string(),
      allowed: z.boolean(),
      mode: ZDecisionMode,
      ruleIds: z.array(ZRuleRef),
      reason: ZLocalizedText,
    }),
  ),
  legalBases: z.array(ZLegalBasis),
  conditions: z.array(ZLocalizedText),
  ruleVersions: z.array(ZRuleRef),
  unverified: z.boolean(),
  proposedOnly: z.array(ZPendingRule),
  conditionalOnly: z.array(ZPendingRule.extend({ requires: z.array(ZLocalizedText) })),
  explanation: ZLocalizedText,
});

export const ZMatrixQuery = z.object({
  category: ZCode,
  purpose: ZCode,
  initiative: ZInitiative.default('request'),
  at: z.string().max(20).optional(),
});

export const ZMatrix = z.object({
  category: z.string(),
  purpose: z.string(),
  initiative: ZInitiative,
  at: z.string(),
  revision: z.number(),
  authorities: z.array(ZAuthority),
  holders: z.array(ZAuthority),
  cells: z.array(
    z.object({
      from: ZAuthority,
      to: ZAuthority,
      mode: ZDecisionMode,
      allowed: z.boolean(),
      ruleIds: z.array(ZRuleRef),
      legalBasis: z.string(),
      unverified: z.boolean(),
      proposedOnly: z.boolean(),
    }),
  ),
});

export const ZParticipantsBody = z.object({
  issueAreas: z
    .array(ZCode)
    .max(20)
    .describe(`issue areas: ${ZIssueArea.options.join(', ')}`),
  sectors: z.array(ZCode).max(50).optional(),
});

export const ZSeats = z.object({
  items: z.array(
    z.object({
      authority: ZAuthority,
      name: ZLocalizedText,
      issueAreas: z.array(ZIssueArea),
      competences: z.array(z.object({ id: z.string(), kind: ZCompetence.shape.kind, title: ZLocalizedText })),
      score: z.number(),
      why: ZLocalizedText,
    }),
  ),
});

export const ZObligationsQuery = z.object({
  from: ZCode,
  categories: z
    .string()
    .max(2000)
    .transform((s) => s.split(',').filter((c) => c.length > 0))
    .describe('comma-separated category codes'),
  at: z.string().max(20).optional(),
});

export const ZObligations = z.object({
  items: z.array(
    z.object({
      to: ZAuthority,
      mode: z.enum(['own_initiative', 'duty_to_notify']),
      rule: ZRuleRef,
      categories: z.array(z.string()),
      purposes: z.array(z.string()),
      conditions: z.array(ZLocalizedText),
      requires: z.array(ZLocalizedText),
      legalBasis: z.array(ZLegalBasis),
      verified: z.boolean(),
      prompt: ZLocalizedText,
    }),
  ),
});

export const ZRulesQuery = z.object({
  from: ZCode.optional(),
  to: ZCode.optional(),
  category: ZCode.optional(),
  status: z.enum(['in_force', 'proposed']).optional(),
});

export const ZRules = z.object({ items: z.array(ZDisclosureRule), revision: z.number() });

export const ZItemVersion = z.object({
  kind: ZItemKind,
  itemId: z.string(),
  version: z.number().int(),
  isCurrent: z.boolean(),
  deleted: z.boolean(),
  changedBy: z.string().nullable().describe('user id; null for the shipped configuration'),
  changedByName: z.string(),
  changedAt: z.string(),
  changeNote: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
});

export const ZRuleWithHistory = z.object({ rule: ZDisclosureRule, history: z.array(ZItemVersion) });

const RULES_BY_MODE = z.object(
  Object.fromEntries(DISCLOSURE_MODES.map((m) => [m, z.array(ZDisclosureRule)])) as Record<
    (typeof DISCLOSURE_MODES)[number],
    z.ZodArray<typeof ZDisclosureRule>
  >,
);

export const ZAuthorityView = z.object({
  authority: ZAuthorityProfile,
  sharesRulesWith: ZAuthority.nullable(),
  competences: z.array(ZCompetence),
  categories: z.array(ZDataCategory),
  rulesFrom: RULES_BY_MODE,
  rulesTo: RULES_BY_MODE,
  revision: z.number(),
});

export const ZItemParams = z.object({ kind: ZItemKind, id: z.string().min(1).max(200) });

export const ZDiffQuery = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});

export const ZItemDiff = z.object({
  kind: ZItemKind,
  itemId: z.string(),
  from: z.number(),
  to: z.number(),
  changes: z.array(
    z.object({ path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() }),
  ),
});

const ZNote = z.string().trim().min(1).max(2000);
export const ZItemBody = z.object({
  data: z.record(z.string(), z.unknown()),
  changeNote: ZNote,
  baseVersion: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('refuse (409) unless this is the current version'),
});
export const ZNewItemBody = z.object({ data: z.record(z.string(), z.unknown()), changeNote: ZNote });
export const ZVerifyBody = z.object({ note: ZNote });
export const ZRetireBody = z.object({ validTo: z.iso.date(), changeNote: ZNote });

export const ZEditResult = z.object({
  item: ZItemVersion,
  changed: z.boolean(),
  revision: z.number().nullable().describe('the new revision; null when nothing changed'),
});

export const ZImportResult = z.object({
  changed: z.boolean(),
  revision: z.number(),
  counts: z.object({
    created: z.number(),
    updated: z.number(),
    retired: z.number(),
    deleted: z.number(),
    unchanged: z.number(),
  }),
  changes: z.array(
    z.object({
      kind: ZItemKind,
      itemId: z.string(),
      action: z.enum(['create', 'update', 'verify', 'retire', 'delete']),
      fromVersion: z.number().nullable(),
      toVersion: z.number(),
    }),
  ),
});
