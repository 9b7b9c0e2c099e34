/**
 * Merging duplicates on a company's card, as data: what to ask the matcher for duplicates of this
 * company, which candidates may be merged into it, and what the merge history says about it. Pure,
 * so tested directly; the card's MergePanel draws it.
 */
import { isValidBusinessId } from '../../../../contracts/business-id.ts';
import type { Company, MatchBody, MatchCandidate, Merge } from '../targets.types.ts';

/** How many look-alikes the card offers as possible duplicates. */
export const DUPLICATE_LIMIT = 10;

/**
 * The matcher's question for duplicates of `company`. Empty `query`: its own name and address. A
 * complete business ID: that ID (the certain match) beside its own name. Other text: that name.
 */
export function duplicateQuestion(company: Company, query: string): MatchBody {
  const text = query.trim();
  if (isValidBusinessId(text))
    return { type: 'company', name: company.name, businessId: text, limit: DUPLICATE_LIMIT };
  if (text) return { type: 'company', name: text, limit: DUPLICATE_LIMIT };
  return {
    type: 'company',
    name: company.name,
    ...(company.streetAddress ? { address: company.streetAddress } : {}),
    ...(company.postalCode ? { postalCode: company.postalCode } : {}),
    ...(company.municipality ? { municipality: company.municipality } : {}),
    limit: DUPLICATE_LIMIT,
  };
}

/** Candidates that could be merged into `companyId`: other companies (the matcher leaves out merged ones). */
export function duplicateCandidates(
  candidates: readonly MatchCandidate[],
  companyId: string,
): MatchCandidate[] {
  return candidates.filter((c) => c.type === 'company' && c.id !== companyId);
}

export interface MergeHistory {
  /** The merge that put this company into another, while it is in force (not split). */
  mergedInto: Merge | null;
  /** Merges of duplicates into this company, split or not, newest first. */
  absorbed: Merge[];
}

/** What the history (newest first, as the server sends it) says about `companyId`. */
export function mergeHistory(merges: readonly Merge[], companyId: string): MergeHistory {
  return {
    mergedInto: merges.find((m) => m.duplicateId === companyId && m.splitAt === null) ?? null,
    absorbed: merges.filter((m) => m.survivorId === companyId),
  };
}

/** Every company a history names other than `companyId` itself, once each. */
export function companiesNamed(merges: readonly Merge[], companyId: string): string[] {
  const ids = merges.flatMap((m) => [m.survivorId, m.duplicateId]).filter((id) => id !== companyId);
  return [...new Set(ids)];
}
