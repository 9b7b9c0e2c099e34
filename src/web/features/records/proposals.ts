/**
 * Silta's proposals for a record — "you may / must tell X" from the competence map's own-initiative and
 * duty-to-notify rules — grouped by recipient, and the proposals the official declined with a reason.
 *
 * The API has no place to store a declined proposal yet, so the reasons are kept in this tab's memory
 * (until the page is reloaded) and nothing is sent.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Obligation } from './records.types.ts';

export interface Proposal {
  to: AuthorityCode;
  /** The strongest of the recipient's rules: a duty before a permission. */
  mode: Obligation['mode'];
  obligations: Obligation[];
  /** A purpose the rules serve, to pre-fill the share dialog (empty = any purpose). */
  purpose: string;
}

/** Groups obligations by recipient (duties first), leaving out recipients who already have the record. */
export function proposalsFor(obligations: Obligation[], alreadyShared: readonly string[]): Proposal[] {
  const byRecipient = new Map<AuthorityCode, Obligation[]>();
  for (const obligation of obligations) {
    if (alreadyShared.includes(obligation.to)) continue;
    byRecipient.set(obligation.to, [...(byRecipient.get(obligation.to) ?? []), obligation]);
  }
  const proposals = [...byRecipient].map(([to, list]): Proposal => {
    const mode = list.some((o) => o.mode === 'duty_to_notify') ? 'duty_to_notify' : 'own_initiative';
    const strongest = list.find((o) => o.mode === mode) ?? list[0];
    return { to, mode, obligations: list, purpose: strongest?.purposes[0] ?? '' };
  });
  const rank = (p: Proposal) => (p.mode === 'duty_to_notify' ? 0 : 1);
  return proposals.sort((a, b) => rank(a) - rank(b));
}

const declined = new Map<string, Map<string, string>>();

/** Reasons given for declining, by recipient, for one record. */
export function declinedReasons(recordId: string): ReadonlyMap<string, string> {
  return declined.get(recordId) ?? new Map();
}

export function decline(recordId: string, to: string, reason: string): void {
  const reasons = declined.get(recordId) ?? new Map<string, string>();
  reasons.set(to, reason);
  declined.set(recordId, reasons);
}

export function undoDecline(recordId: string, to: string): void {
  declined.get(recordId)?.delete(to);
}
