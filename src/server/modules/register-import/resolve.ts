/**
 * Entity matching for imported rows, in batches: which company an observation or worksite concerns
 * (business ID exactly, otherwise a confident name match), whether an imported company already exists
 * (same business ID: link, not a second row) or looks like one that does (a warning), and whether a
 * worksite is already registered at that address for that company (link). Read-only.
 */
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client.ts';
import { matchCompanies, scoreWorksites } from '../matching/matching.service.ts';
import { list } from '../matching/name-index.ts';
import { normalizeAddress } from '../matching/normalize.address.ts';
import type { ImportKind } from './imports.table.ts';
import type { ValidRow } from './validate.ts';

export type RowAction =
  | { action: 'create' }
  | { action: 'link'; targetId: string; via: 'business_id' | 'name' | 'address'; score?: number };

export interface ResolvedRow extends ValidRow {
  /** What happens to the row's own target: a new company/worksite/record, or a link to an existing one. */
  target: RowAction;
  /** The company the row concerns (worksites, observations), when found. */
  companyId: string | null;
  companyVia: 'business_id' | 'name' | null;
  warning?: string;
}

/** Name lookups per import are capped: each costs a query. */
export const NAME_MATCH_LIMIT = 5_000;

export class Resolver {
  private names = new Map<string, { id: string; score: number } | null>();
  private nameLookups = 0;
  constructor(private readonly db: Db) {}

  private async byName(name: string): Promise<{ id: string; score: number } | null | undefined> {
    if (this.names.has(name)) return this.names.get(name);
    if (this.nameLookups >= NAME_MATCH_LIMIT) return undefined;
    this.nameLookups++;
    const [top] = await matchCompanies(this.db, { name }, 2);
    const hit = top && top.confidence !== 'possible' ? { id: top.id, score: top.score } : null;
    this.names.set(name, hit);
    return hit;
  }

  private async businessIds(values: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(values)];
    if (!unique.length) return new Map();
    const rows = await queryRows<{ id: string; business_id: string }>(
      this.db,
      sql`SELECT id, business_id FROM companies WHERE business_id = ANY(${list(unique)}) AND status <> 'merged'`,
    );
    return new Map(rows.map((r) => [r.business_id, r.id]));
  }

  /** Resolves one batch of valid rows. */
  async resolve(kind: ImportKind, rows: ValidRow[]): Promise<ResolvedRow[]> {
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    if (kind === 'companies') {
      const existing = await this.businessIds(rows.map((r) => str(r.values.businessId)!));
      const out: ResolvedRow[] = [];
      for (const r of rows) {
        const id = existing.get(str(r.values.businessId)!);
        if (id) {
          out.push({
            ...r,
            target: { action: 'link', targetId: id, via: 'business_id' },
            companyId: id,
            companyVia: 'business_id',
          });
          continue;
        }
        const similar = await this.byName(str(r.values.name)!);
        out.push({
          ...r,
          target: { action: 'create' },
          companyId: null,
          companyVia: null,
          ...(similar
            ? { warning: `a company with this name is registered under another business ID (${similar.id})` }
            : {}),
        });
      }
      return out;
    }
    const byId = await this.businessIds(
      rows.map((r) => str(r.values.companyBusinessId)).filter((v): v is string => !!v),
    );
    const out: ResolvedRow[] = [];
    for (const r of rows) {
      const bid = str(r.values.companyBusinessId);
      let companyId: string | null = bid ? (byId.get(bid) ?? null) : null;
      let companyVia: ResolvedRow['companyVia'] = companyId ? 'business_id' : null;
      let warning: string | undefined;
      const name = str(r.values.companyName);
      if (!companyId && name) {
        const hit = await this.byName(name);
        if (hit) {
          companyId = hit.id;
          companyVia = 'name';
        } else if (hit === undefined) warning = 'name matching skipped (too many names in one import)';
      }
      if (!companyId && (bid || name)) warning ??= `no registered company matches ${bid ?? `"${name}"`}`;
      out.push({
        ...r,
        target: { action: 'create' },
        companyId,
        companyVia,
        ...(warning ? { warning } : {}),
      });
    }
    if (kind === 'worksites') await this.linkWorksites(out);
    return out;
  }

  /** A worksite already registered for the company at (nearly) the same address is linked, not duplicated. */
  private async linkWorksites(rows: ResolvedRow[]): Promise<void> {
    const companyIds = [...new Set(rows.map((r) => r.companyId).filter((v): v is string => !!v))];
    if (!companyIds.length) return;
    const sites = await queryRows<{
      id: string;
      name: string;
      company_id: string | null;
      street_address: string | null;
      postal_code: string | null;
      municipality: string | null;
    }>(
      this.db,
      sql`SELECT id, name, company_id, street_address, postal_code, municipality FROM worksites
          WHERE company_id = ANY(${list(companyIds)}::uuid[])`,
    );
    for (const r of rows) {
      if (!r.companyId) continue;
      const own = sites.filter((s) => s.company_id === r.companyId);
      if (!own.length) continue;
      const a = normalizeAddress(String(r.values.streetAddress ?? ''), {
        postalCode: (r.values.postalCode as string | null) ?? null,
        municipality: (r.values.municipality as string | null) ?? null,
      });
      const [top] = scoreWorksites(own, a, r.companyId);
      if (top && top.confidence === 'high')
        r.target = { action: 'link', targetId: top.id, via: 'address', score: top.score };
    }
  }
}
