/**
 * Shapes of the records API answers. They are the server's own zod schemas and competence types,
 * imported as types only: nothing of the server reaches the bundle, and a change there fails the web
 * type check instead of breaking a page at run time.
 */
import type { z } from 'zod';
import type {
  ZClassification,
  ZCreateRecord,
  ZDiscloseBody,
  ZRecord,
  ZRecordKind,
} from '../../../server/modules/register/records.schemas.ts';

export type {
  CompetenceConfig,
  DecisionMode,
  DisclosureDecision,
  Initiative,
  LegalBasis,
  Obligation,
} from '../../../server/modules/competence/index.ts';

export type RecordKind = z.infer<typeof ZRecordKind>;
export type Classification = z.infer<typeof ZClassification>;
/** A record as the API returns it; `disclosures` only for the owner authority. */
export type InfoRecord = z.infer<typeof ZRecord>;
export type Disclosure = NonNullable<InfoRecord['disclosures']>[number];
/** What POST /api/records accepts (defaults applied by the server may be left out). */
export type NewRecord = z.input<typeof ZCreateRecord>;
export type DiscloseBody = z.input<typeof ZDiscloseBody>;

export interface DisclosureResult {
  disclosures: { id: string; recordId: string; to: string; legalBasis: string }[];
}

/** One (records, recipient) pair the engine refused, as listed in a 403 answer's details. */
export interface RefusedDisclosure {
  recordIds: string[];
  to: string;
  explanation: { fi: string; sv: string; en: string };
}

/** POST /api/competence/decide */
export interface DecideRequest {
  from: string;
  to: string;
  categories: string[];
  purpose: string;
  initiative: 'request' | 'own';
  confirmed?: string[];
}
