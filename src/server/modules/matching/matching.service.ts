/**
 * Entity matching use cases: ranked candidates for a company, person or worksite the user is about to
 * create or import, so that they link instead of duplicating. Exact business ID first; then names
 * (candidates.ts → score.ts); persons only as far as decide() lets the actor see them.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide } from '../../platform/policy/decide.ts';
import { isValidBusinessId } from '../demo-data/business-id.ts';
import type { Classification } from '../register/register.tables.ts';
import {
  findCandidateIds,
  lookupSpellings,
  pairWeights,
  rankedTargets,
  rareWordWeights,
} from './candidates.ts';
import { catchUpIndex, ENTITY, list } from './name-index.ts';
import { compareAddresses, type NormalizedAddress, normalizeAddress } from './normalize.address.ts';
import { normalizeCompanyName, normalizePersonName } from './normalize.company.ts';
import { nameSimilarity, type ScoreComponents, scoreCandidate } from './score.ts';

/** At or above: the same target, safe to link without asking (imports do). */
export const CONFIDENT_SCORE = 0.92;
/** Below: not offered at all. */
export const MIN_SCORE = 0.45;
/** A confident match must lead the next different candidate by this much. */
export const CONFIDENT_MARGIN = 0.04;

export type Confidence = 'certain' | 'high' | 'possible';

export interface CompanyQuery {
  name: string;
  businessId?: string | null | undefined;
  address?: string | null | undefined;
  postalCode?: string | null | undefined;
  municipality?: string | null | undefined;
}

export interface CompanyCandidate {
  id: string;
  name: string;
  businessId: string;
  municipality: string | null;
  streetAddress: string | null;
  status: string;
  score: number;
  confidence: Confidence;
  components: ScoreComponents;
}

interface CompanyRow {
  id: string;
  name: string;
  business_id: string;
  auxiliary_names: string[];
  former_names: string[];
  legal_form: string | null;
  municipality: string | null;
  street_address: string | null;
  postal_code: string | null;
  status: string;
}

const COMPANY_COLUMNS = sql`id, name, business_id, auxiliary_names, former_names, legal_form, municipality,
  street_address, postal_code, status`;

/**
 * 'certain': the same business ID. 'high' (safe to link without asking): the same name once
 * normalised — or a near name at the same address — that no other firm comes close to. A name one
 * letter away is only 'possible': "Lepeoja LVI Oy" and "Pepeoja LVI Oy" may well be two firms.
 */
function confidenceOf(score: number, components: ScoreComponents, runnerUp: number): Confidence {
  if (components.businessId === 'equal') return 'certain';
  const sameName = components.name >= 0.985;
  const nearNameSamePlace = components.name >= 0.9 && (components.address ?? 0) >= 0.08;
  if (score >= CONFIDENT_SCORE && score - runnerUp >= CONFIDENT_MARGIN && (sameName || nearNameSamePlace))
    return 'high';
  return 'possible';
}

/**
 * Ranked company candidates (top `limit`). Companies are public base data, so every signed-in user may
 * see them; a merged duplicate is never offered (its survivor is, under the duplicate's old names).
 */
export async function matchCompanies(
  db: Db,
  query: CompanyQuery,
  limit = 10,
  trace?: Record<string, number>,
): Promise<CompanyCandidate[]> {
  let t = performance.now();
  const lap = (name: string) => {
    if (!trace) return;
    const now = performance.now();
    trace[name] = (trace[name] ?? 0) + now - t;
    t = now;
  };
  await catchUpIndex(db);
  lap('queue');
  const name = normalizeCompanyName(query.name);
  const businessId =
    query.businessId && isValidBusinessId(query.businessId.trim()) ? query.businessId.trim() : null;
  const address = query.address
    ? normalizeAddress(query.address, { postalCode: query.postalCode, municipality: query.municipality })
    : null;
  const q = { name, businessId, address };
  const spellings = await lookupSpellings(db, ENTITY.company, name.tokens);
  lap('dictionary');
  const pairs = pairWeights(spellings);
  let rows = await fetchCompanies(
    db,
    pairs.size ? rankedTargets(ENTITY.company, pairs, 100) : null,
    businessId,
  );
  lap('pairs');
  let ranked = rankCompanies(rows, q, limit);
  lap('rerank');
  // Pairs found nothing convincing: widen to the rarest single word (one-word names, compounds, …).
  if (!ranked.length || ranked[0]!.components.name < 0.9) {
    const single = rareWordWeights(spellings);
    if (single.size) {
      const more = await fetchCompanies(db, rankedTargets(ENTITY.company, single, 100), null);
      const seen = new Set(rows.map((r) => r.id));
      rows = [...rows, ...more.filter((r) => !seen.has(r.id))];
      lap('words');
      ranked = rankCompanies(rows, q, limit);
      lap('rerank');
      if (trace) trace.fallbacks = (trace.fallbacks ?? 0) + 1;
    }
  }
  return ranked;
}

/** The companies of a ranked-id query (and the one with the business ID), merged duplicates left out. */
async function fetchCompanies(db: Db, ranked: SQL | null, businessId: string | null): Promise<CompanyRow[]> {
  // Two indexed lookups joined by UNION: an OR of the two would make the planner scan every company.
  const parts: SQL[] = [];
  if (ranked) {
    parts.push(sql`SELECT ${COMPANY_COLUMNS} FROM companies WHERE id IN (${ranked}) AND status <> 'merged'`);
  }
  if (businessId) {
    parts.push(
      sql`SELECT ${COMPANY_COLUMNS} FROM companies WHERE business_id = ${businessId} AND status <> 'merged'`,
    );
  }
  if (!parts.length) return [];
  return queryRows<CompanyRow>(db, sql.join(parts, sql` UNION `));
}

function rankCompanies(
  rows: CompanyRow[],
  q: {
    name: ReturnType<typeof normalizeCompanyName>;
    businessId: string | null;
    address: NormalizedAddress | null;
  },
  limit: number,
): CompanyCandidate[] {
  const scored = rows
    .map((r) => {
      const cName = normalizeCompanyName(r.name);
      if (!cName.legalForms.length && r.legal_form)
        cName.legalForms = normalizeCompanyName(`x ${r.legal_form}`).legalForms;
      const s = scoreCandidate(q, {
        name: cName,
        auxiliary: r.auxiliary_names.map(normalizeCompanyName),
        former: r.former_names.map(normalizeCompanyName),
        businessId: r.business_id,
        address: r.street_address
          ? normalizeAddress(r.street_address, { postalCode: r.postal_code, municipality: r.municipality })
          : null,
      });
      return { row: r, ...s };
    })
    .filter((s) => s.score >= MIN_SCORE || s.components.businessId === 'equal')
    .sort((a, b) => b.score - a.score || a.row.name.localeCompare(b.row.name));
  return scored.slice(0, limit).map((s, i) => ({
    id: s.row.id,
    name: s.row.name,
    businessId: s.row.business_id,
    municipality: s.row.municipality,
    streetAddress: s.row.street_address,
    status: s.row.status,
    score: s.score,
    confidence: confidenceOf(s.score, s.components, i === 0 ? (scored[1]?.score ?? 0) : s.score),
    components: s.components,
  }));
}

export interface PersonCandidate {
  id: string;
  givenName: string;
  familyName: string;
  birthYear: number | null;
  nationality: string | null;
  score: number;
  confidence: Confidence;
  components: { name: number; birthYear: boolean | null };
}

/** Ranked person candidates among the persons the actor may see (decide() on each). */
export async function matchPersons(
  db: Db,
  actor: Actor,
  query: { name: string; birthYear?: number | null | undefined },
  limit = 10,
): Promise<PersonCandidate[]> {
  await catchUpIndex(db);
  const name = normalizePersonName(query.name);
  const ids = await findCandidateIds(db, ENTITY.person, name.tokens, { limit: 200 });
  const rows = await queryRows<{
    id: string;
    given_name: string;
    family_name: string;
    birth_year: number | null;
    nationality: string | null;
    owner_authority: string;
    classification: Classification;
  }>(
    db,
    sql`SELECT id, given_name, family_name, birth_year, nationality, owner_authority, classification
        FROM persons WHERE id = ANY(${list(ids)}::uuid[])`,
  );
  const visible = rows.filter(
    (r) =>
      decide(actor, 'read', {
        ownerAuthority: r.owner_authority as Actor['authority'],
        classification: r.classification,
        disclosedTo: [],
      }).allowed,
  );
  const scored = visible
    .map((r) => {
      const n = nameSimilarity(name.tokens, normalizePersonName(r.given_name, r.family_name).tokens);
      const birthYear = query.birthYear && r.birth_year ? query.birthYear === r.birth_year : null;
      const score = Math.max(0, Math.min(1, n + (birthYear === null ? 0 : birthYear ? 0.05 : -0.15)));
      return {
        r,
        score: Math.round(score * 1000) / 1000,
        components: { name: Math.round(n * 1000) / 1000, birthYear },
      };
    })
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map((s, i) => ({
    id: s.r.id,
    givenName: s.r.given_name,
    familyName: s.r.family_name,
    birthYear: s.r.birth_year,
    nationality: s.r.nationality,
    score: s.score,
    confidence:
      s.score >= CONFIDENT_SCORE &&
      (i > 0 || s.score - (scored[1]?.score ?? 0) >= CONFIDENT_MARGIN) &&
      i === 0
        ? 'high'
        : 'possible',
    components: s.components,
  }));
}

export interface WorksiteCandidate {
  id: string;
  name: string;
  companyId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  municipality: string | null;
  score: number;
  confidence: Confidence;
  components: {
    street: number;
    number: boolean | null;
    postalCode: boolean | null;
    municipality: boolean | null;
    company: boolean | null;
  };
}

/** Worksites at (nearly) the same address; a given company id raises its own sites. */
export async function matchWorksites(
  db: Db,
  query: {
    address: string;
    postalCode?: string | null | undefined;
    municipality?: string | null | undefined;
    companyId?: string | null | undefined;
  },
  limit = 10,
): Promise<WorksiteCandidate[]> {
  await catchUpIndex(db);
  const a = normalizeAddress(query.address, {
    postalCode: query.postalCode,
    municipality: query.municipality,
  });
  if (!a.street) return [];
  const words = a.number ? [`${a.street}#${a.number}`, a.street] : [a.street];
  const ids = await findCandidateIds(db, ENTITY.worksite, words, { limit: 200, min: 1 });
  const rows = await queryRows<{
    id: string;
    name: string;
    company_id: string | null;
    street_address: string | null;
    postal_code: string | null;
    municipality: string | null;
  }>(
    db,
    sql`SELECT id, name, company_id, street_address, postal_code, municipality FROM worksites
        WHERE id = ANY(${list(ids)}::uuid[])`,
  );
  return scoreWorksites(rows, a, query.companyId ?? null).slice(0, limit);
}

export function scoreWorksites(
  rows: {
    id: string;
    name: string;
    company_id: string | null;
    street_address: string | null;
    postal_code: string | null;
    municipality: string | null;
  }[],
  a: NormalizedAddress,
  companyId: string | null,
): WorksiteCandidate[] {
  const scored = rows
    .map((r) => {
      const b = normalizeAddress(r.street_address ?? '', {
        postalCode: r.postal_code,
        municipality: r.municipality,
      });
      const cmp = compareAddresses(a, b);
      const company = companyId && r.company_id ? companyId === r.company_id : null;
      const score = Math.max(0, Math.min(1, cmp.score + (company === null ? 0 : company ? 0.05 : -0.1)));
      return {
        r,
        score: Math.round(score * 1000) / 1000,
        components: {
          street: Math.round(cmp.street * 1000) / 1000,
          number: cmp.number,
          postalCode: cmp.postalCode,
          municipality: cmp.municipality,
          company,
        },
      };
    })
    .filter((s) => s.score >= MIN_SCORE)
    .sort((x, y) => y.score - x.score);
  return scored.map((s, i) => ({
    id: s.r.id,
    name: s.r.name,
    companyId: s.r.company_id,
    streetAddress: s.r.street_address,
    postalCode: s.r.postal_code,
    municipality: s.r.municipality,
    score: s.score,
    confidence:
      i === 0 && s.score >= CONFIDENT_SCORE && s.score - (scored[1]?.score ?? 0) >= CONFIDENT_MARGIN
        ? 'high'
        : 'possible',
    components: s.components,
  }));
}
