/** Canonical form and hash of an audit row. Verification recomputes exactly this. */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedAuditFields {
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  authorityCode: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  purpose: string | null;
  legalBasis: string | null;
  details: unknown;
  requestId: string | null;
  prevHash: string;
}

/** JSON with object keys sorted at every depth: jsonb does not keep key order, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditRowHash(row: HashedAuditFields): string {
  const material = canonicalJson([
    row.seq,
    row.at.toISOString(),
    row.actorUserId,
    row.actorUsername,
    row.authorityCode,
    row.action,
    row.targetType,
    row.targetId,
    row.outcome,
    row.purpose,
    row.legalBasis,
    row.details,
    row.requestId,
    row.prevHash,
  ]);
  return createHash('sha256').update(material).digest('hex');
}
