/** Shapes of the API answers the web app reads (mirrors the server's zod response schemas). */
import type { AuthorityCode } from '../../contracts/authorities.ts';
import type { LocalizedText, UiLocale } from '../../contracts/languages.ts';
import type { Role } from '../../contracts/roles.ts';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  authority: { code: AuthorityCode; name: LocalizedText; shortName: LocalizedText };
  unit: { id: string; name: LocalizedText } | null;
  roles: Role[];
  locale: UiLocale;
  csrfToken: string;
}

export interface Authority {
  code: string;
  name: LocalizedText;
  shortName: LocalizedText;
  description: LocalizedText;
  sources: string[];
  verified: boolean;
  /** ISO date (yyyy-mm-dd) the entry was last checked against its sources. */
  checkedOn: string;
}

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditRow {
  seq: number;
  at: string;
  actorUsername: string | null;
  authorityCode: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome | string;
  purpose: string | null;
  legalBasis: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditRow[];
  /** Pass as `before` to get the next (older) page; null when there is none. */
  nextBefore: number | null;
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  headSeq: number;
  headHash: string;
  firstBroken?: { seq: number; reason: string };
}
