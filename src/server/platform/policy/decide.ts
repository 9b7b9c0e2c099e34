/**
 * THE record-level decision: may this actor see / act on this record? Every path that shows or
 * changes a record — API, search, exports, the live stream — asks here (or uses `visibleScope`, its
 * SQL twin, which a test keeps equal to it). Deny by default: anything not allowed below is refused.
 *
 * Whether a disclosure is *lawful* is a different question, answered by the competence engine
 * (modules/competence); this function only answers who may see a record once it has been disclosed.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { CASEWORK_ROLES } from '../../../contracts/roles.ts';
import type { Classification } from '../../modules/register/register.tables.ts';
import { type Actor, hasRole } from './actor.ts';

export type RecordAction = 'read' | 'update' | 'delete' | 'disclose';

/** What the decision needs to know about a record; every owned record type maps onto this. */
export interface PolicyRecord {
  ownerAuthority: AuthorityCode;
  classification: Classification;
  /** Authorities the record has been disclosed to and whose disclosure is still in effect. */
  disclosedTo: readonly AuthorityCode[];
}

export interface Decision {
  allowed: boolean;
  reason: 'public' | 'owner' | 'disclosed' | 'no_role' | 'not_owner' | 'not_disclosed';
}

const allow = (reason: Decision['reason']): Decision => ({ allowed: true, reason });
const deny = (reason: Decision['reason']): Decision => ({ allowed: false, reason });

export function decide(actor: Actor, action: RecordAction, record: PolicyRecord): Decision {
  const caseworker = hasRole(actor, ...CASEWORK_ROLES);
  const owner = actor.authority === record.ownerAuthority;
  switch (action) {
    case 'read':
      if (record.classification === 'public') return allow('public');
      if (!caseworker) return deny('no_role');
      if (owner) return allow('owner');
      return record.disclosedTo.includes(actor.authority) ? allow('disclosed') : deny('not_disclosed');
    case 'update':
    case 'delete':
    case 'disclose':
      // Only the owner authority changes or passes on its record; a recipient may not re-disclose.
      if (!caseworker) return deny('no_role');
      return owner ? allow('owner') : deny('not_owner');
    default:
      return deny('no_role');
  }
}

export const canSee = (actor: Actor, record: PolicyRecord): boolean => decide(actor, 'read', record).allowed;
