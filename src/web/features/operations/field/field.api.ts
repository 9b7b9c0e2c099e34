/** The field view's read (the writes go through FieldView's outbox-aware submit). */
import type { z } from 'zod';
import type { ZField } from '../../../../server/modules/operations/field.schemas.ts';
import { request } from '../../../api/client.ts';

export type Field = z.infer<typeof ZField>;
export type FieldTarget = Field['targets'][number];

/** The server's finding areas and ILO indicator codes (field.schemas.ts), in the same order. */
export const FINDING_AREAS = [
  'wages',
  'working_hours',
  'permits',
  'occupational_safety',
  'housing',
  'ilo_indicators',
  'other',
] as const;
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

export const fieldApi = {
  get: (id: string, signal?: AbortSignal) =>
    request<Field>('GET', `/api/operations/${encodeURIComponent(id)}/field`, { signal }),
};
