/**
 * Zod schemas and inferred types for the competence map: who may do what, which data each authority
 * holds, and the disclosure rules that say when data may (or must) pass between authorities.
 * Everything here is plain JSON-serialisable data with stable string ids, so the same shape can be
 * stored in PostgreSQL, versioned per rule and sent over HTTP unchanged.
 */
import { z } from 'zod';
import { AUTHORITY_CODES } from '../../../contracts/authorities.ts';

/** A calendar date `YYYY-MM-DD` (Finnish legal dates have no time of day). */
export const ZIsoDate = z.iso.date();

/** A text in the three UI languages (mirrors `LocalizedText` in contracts). */
export const ZLocalizedText = z.strictObject({
  fi: z.string().min(1),
  sv: z.string().min(1),
  en: z.string().min(1),
});

export const ZAuthorityCode = z.enum(AUTHORITY_CODES);

/** Subject areas of labour exploitation that authorities are competent in. */
export const ISSUE_AREAS = [
  'wages',
  'working_hours',
  'permits',
  'taxes',
  'pensions',
  'insurance',
  'victims',
  'housing',
  'occupational_safety',
  'contractor_liability',
  'crime_investigation',
  'enforcement_debts',
  'discrimination',
  'recruitment_fees',
] as const;
export const ZIssueArea = z.enum(ISSUE_AREAS);
export type IssueArea = z.infer<typeof ZIssueArea>;

/** One cited provision: law, section, status and where it was read. */
export const ZLegalBasis = z.strictObject({
  lawName: ZLocalizedText,
  /** Statute number (`44/2006`) or, for a government bill, its number (`HE 198/2025`). */
  lawNumber: z.string().min(1),
  /** Free text in Finnish notation, e.g. `18 § 1 mom. 4 kohta`. */
  section: z.string().min(1),
  amendedBy: z.string().min(1).optional(),
  sourceUrl: z.url(),
  status: z.enum(['in_force', 'proposed', 'repealed']),
  validFrom: ZIsoDate.optional(),
  validTo: ZIsoDate.optional(),
  verified: z.boolean(),
  note: ZLocalizedText.optional(),
});
export type LegalBasis = z.infer<typeof ZLegalBasis>;

/** An authority's profile on the competence-map side, keyed by its stable code. */
export const ZAuthorityProfile = z.strictObject({
  code: ZAuthorityCode,
  name: ZLocalizedText,
  shortName: ZLocalizedText,
  description: ZLocalizedText,
  supervises: z.array(ZIssueArea),
  sources: z.array(z.url()),
  verified: z.boolean(),
  notes: ZLocalizedText.optional(),
  /** The organisation this authority is a unit of (e.g. NBI is a unit of the police). */
  partOf: ZAuthorityCode.optional(),
  /**
   * True when rules naming the parent also cover this unit and exchange with the parent is internal
   * (NBI ↔ police). False when the law treats the unit separately (GEIU inside the Tax Administration).
   */
  sharesRulesWithParent: z.boolean().default(false),
});
export type AuthorityProfile = z.infer<typeof ZAuthorityProfile>;

export const COMPETENCE_KINDS = [
  'supervises',
  'investigates',
  'inspection_power',
  'right_to_obtain',
  'duty',
  'assists',
] as const;

/** A power or duty of one authority, with the law that gives it. */
export const ZCompetence = z.strictObject({
  id: z.string().min(1),
  authority: ZAuthorityCode,
  kind: z.enum(COMPETENCE_KINDS),
  title: ZLocalizedText,
  description: ZLocalizedText,
  issueAreas: z.array(ZIssueArea).min(1),
  /** Sectors the competence is limited to (e.g. `road_transport`); empty = every sector. */
  sectors: z.array(z.string().min(1)).default([]),
  legalBasis: z.array(ZLegalBasis),
  /** Non-statute sources (agency pages) when the competence is described there. */
  sources: z.array(z.url()).default([]),
  verified: z.boolean(),
});
export type Competence = z.infer<typeof ZCompetence>;

/** A kind of information an authority holds, and the provisions that keep it secret. */
export const ZDataCategory = z.strictObject({
  code: z.string().min(1),
  name: ZLocalizedText,
  description: ZLocalizedText,
  secrecyBasis: z.array(ZLegalBasis),
  holder: z.array(ZAuthorityCode).min(1),
  /** Present when the information is public: anyone may get it, no disclosure rule is needed. */
  publicity: z
    .strictObject({ basis: z.array(ZLegalBasis).min(1), condition: ZLocalizedText.optional() })
    .optional(),
});
export type DataCategory = z.infer<typeof ZDataCategory>;

/** What the recipient will use the data for; disclosure rules are limited to purposes. */
export const ZPurpose = z.strictObject({ code: z.string().min(1), label: ZLocalizedText });
export type Purpose = z.infer<typeof ZPurpose>;

/**
 * A fact the official must confirm before an exceptional rule can be used at all (e.g. "a crime with
 * a maximum penalty over six months is suspected"). Rules list them in `requires`.
 */
export const ZCircumstance = z.strictObject({ code: z.string().min(1), label: ZLocalizedText });
export type Circumstance = z.infer<typeof ZCircumstance>;

export const DISCLOSURE_MODES = ['on_request', 'own_initiative', 'duty_to_notify', 'not_allowed'] as const;
export type DisclosureMode = (typeof DISCLOSURE_MODES)[number];

/** One directed permission (or explicit refusal) to pass data categories between two authorities. */
export const ZDisclosureRule = z.strictObject({
  /** Stable slug, e.g. `osh-police-duty-50`; never reused for another rule. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'),
  version: z.number().int().positive(),
  from: ZAuthorityCode,
  to: ZAuthorityCode,
  categories: z.array(z.string().min(1)).min(1),
  mode: z.enum(DISCLOSURE_MODES),
  /** Purpose codes the rule covers; empty = any purpose. */
  purposes: z.array(z.string().min(1)),
  /** What the official must check in every case before relying on the rule. */
  conditions: z.array(ZLocalizedText),
  /** Circumstance codes that must be confirmed in the request before the rule applies at all. */
  requires: z.array(z.string().min(1)).default([]),
  legalBasis: z.array(ZLegalBasis).min(1, 'a rule must cite at least one legal basis'),
  status: z.enum(['in_force', 'proposed']),
  validFrom: ZIsoDate.optional(),
  validTo: ZIsoDate.optional(),
  verified: z.boolean(),
  sourceNote: ZLocalizedText.optional(),
});
export type DisclosureRule = z.infer<typeof ZDisclosureRule>;

/** The whole competence map of one country, validated and shipped or stored as one document. */
export const ZCompetenceConfig = z.strictObject({
  schemaVersion: z.literal(1),
  country: z.literal('FI'),
  validatedAt: z.iso.datetime().optional(),
  /** Date of the statute texts the map was built from, and what that leaves out. */
  lawTextsAsOf: z.strictObject({ date: ZIsoDate, note: ZLocalizedText }).optional(),
  authorities: z.array(ZAuthorityProfile),
  competences: z.array(ZCompetence),
  categories: z.array(ZDataCategory),
  purposes: z.array(ZPurpose),
  circumstances: z.array(ZCircumstance).default([]),
  rules: z.array(ZDisclosureRule),
  /** Cited when no rule applies: the general law that secret data needs an explicit basis. */
  noRuleBasis: z.array(ZLegalBasis).default([]),
});
export type CompetenceConfig = z.infer<typeof ZCompetenceConfig>;
/** The configuration as written by hand or read from JSON, before defaults are applied. */
export type CompetenceConfigInput = z.input<typeof ZCompetenceConfig>;
