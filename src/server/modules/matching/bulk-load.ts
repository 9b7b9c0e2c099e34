/**
 * Fast loading of generated companies for benchmarks and large demo sets: one INSERT … SELECT FROM
 * jsonb_to_recordset per batch (≈10× the row-by-row Drizzle path). With `index: true` the matching
 * index is written in the same batches (words and pairs computed while generating, the dictionary
 * counted in memory and written once at the end) instead of through the queue — for a fresh database
 * whose enqueue trigger the caller has disabled. Not used by the request path.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { generateCompanies } from '../demo-data/index.ts';
import { addSpellingKeys, companyTokens, ENTITY, list } from './name-index.ts';

export interface BulkLoadReport {
  companies: number;
  insertMs: number;
  tokens: number;
}

/** Inserts companies [start, end) of the generated run (seed, total) in batches. */
export async function bulkLoadCompanies(
  db: Db,
  options: { seed: number; companies: number; start?: number; end?: number; batch?: number; index?: boolean },
  onProgress?: (done: number) => void,
): Promise<BulkLoadReport> {
  const t0 = performance.now();
  const batchSize = options.batch ?? 5_000;
  let batch: unknown[] = [];
  let tokens: string[] = [];
  let targets: string[] = [];
  let tokenCount = 0;
  const df = new Map<string, number>();
  let count = 0;
  const flush = async () => {
    if (!batch.length) return;
    if (tokens.length) {
      await db.execute(sql`INSERT INTO match_tokens (entity, token, target_id)
        SELECT ${ENTITY.company}::smallint, t, id::uuid FROM unnest(${list(tokens)}, ${list(targets)}) AS x(t, id)
        ON CONFLICT DO NOTHING`);
      tokenCount += tokens.length;
      tokens = [];
      targets = [];
    }
    await db.execute(sql`INSERT INTO companies (id, business_id, name, auxiliary_names, former_names, legal_form,
        tol_code, municipality, street_address, postal_code, status, founded_on, employee_count, foreign_owned,
        owner_authority, classification)
      SELECT id, business_id, name, auxiliary_names, former_names, legal_form, tol_code, municipality,
        street_address, postal_code, status, founded_on, employee_count, foreign_owned, 'tax', 'public'
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS x(id uuid, business_id text, name text,
        auxiliary_names jsonb, former_names jsonb, legal_form text, tol_code text, municipality text,
        street_address text, postal_code text, status text, founded_on date, employee_count int,
        foreign_owned boolean)
      ON CONFLICT DO NOTHING`);
    count += batch.length;
    batch = [];
    onProgress?.(count);
  };
  for (const c of generateCompanies({
    seed: options.seed,
    companies: options.companies,
    start: options.start ?? 0,
    end: options.end ?? options.companies,
  })) {
    batch.push({
      id: c.id,
      business_id: c.businessId,
      name: c.name,
      auxiliary_names: c.auxiliaryNames,
      former_names: c.formerNames,
      legal_form: c.legalForm,
      tol_code: c.tolCode,
      municipality: c.municipality,
      street_address: c.streetAddress,
      postal_code: c.postalCode,
      status: c.status,
      founded_on: c.foundedOn,
      employee_count: c.employeeCount,
      foreign_owned: c.foreignOwned,
    });
    if (options.index) {
      for (const token of companyTokens({
        name: c.name,
        auxiliary_names: c.auxiliaryNames,
        former_names: c.formerNames,
        status: c.status,
      })) {
        tokens.push(token);
        targets.push(c.id);
        if (!token.includes('|')) df.set(token, (df.get(token) ?? 0) + 1);
      }
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  const terms = [...df];
  for (let i = 0; i < terms.length; i += 20_000) {
    const slice = terms.slice(i, i + 20_000);
    await db.execute(sql`INSERT INTO match_terms (entity, token, df)
      SELECT ${ENTITY.company}::smallint, t, d::int FROM unnest(${list(slice.map(([t]) => t))},
        ${list(slice.map(([, d]) => String(d)))}) AS x(t, d)
      ON CONFLICT (entity, token) DO UPDATE SET df = match_terms.df + excluded.df`);
  }
  await addSpellingKeys(
    db,
    ENTITY.company,
    terms.map(([t]) => t),
  );
  return { companies: count, insertMs: performance.now() - t0, tokens: tokenCount };
}
