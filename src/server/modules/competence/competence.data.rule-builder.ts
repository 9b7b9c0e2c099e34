/**
 * Builder for shipped disclosure rules: fills the defaults (version 1, in force, any purpose) and
 * derives two fields from the citations so they cannot drift apart — `validFrom` is the latest
 * in-force date among the cited provisions, and a rule is unverified when any citation is.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { LocalizedText } from '../../../contracts/languages.ts';
import type { DisclosureMode, DisclosureRule, LegalBasis } from './competence.schemas.ts';

export interface RuleInput {
  id: string;
  from: AuthorityCode;
  to: AuthorityCode;
  categories: string[];
  mode: DisclosureMode;
  legalBasis: LegalBasis[];
  purposes?: string[];
  conditions?: LocalizedText[];
  requires?: string[];
  status?: DisclosureRule['status'];
  validFrom?: string;
  validTo?: string;
  verified?: boolean;
  sourceNote?: LocalizedText;
  version?: number;
}

/** Builds one rule; see the file header for the derived fields. */
export function rule(input: RuleInput): DisclosureRule {
  const status = input.status ?? 'in_force';
  const dates = input.legalBasis
    .filter((b) => b.status === 'in_force' && b.validFrom !== undefined)
    .map((b) => b.validFrom as string)
    .sort();
  const validFrom = input.validFrom ?? (status === 'in_force' ? dates.at(-1) : undefined);
  const out: DisclosureRule = {
    id: input.id,
    version: input.version ?? 1,
    from: input.from,
    to: input.to,
    categories: input.categories,
    mode: input.mode,
    purposes: input.purposes ?? [],
    conditions: input.conditions ?? [],
    requires: input.requires ?? [],
    legalBasis: input.legalBasis,
    status,
    verified: input.verified ?? input.legalBasis.every((b) => b.verified),
  };
  if (validFrom !== undefined) out.validFrom = validFrom;
  if (input.validTo !== undefined) out.validTo = input.validTo;
  if (input.sourceNote !== undefined) out.sourceNote = input.sourceNote;
  return out;
}

/** One rule per recipient (or source) with the same legal content, ids `<prefix>` filled per code. */
export function family<T extends AuthorityCode>(
  codes: readonly T[],
  build: (code: T) => RuleInput,
): DisclosureRule[] {
  return codes.map((code) => rule(build(code)));
}
