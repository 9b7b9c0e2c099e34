/**
 * The transparent match score: every candidate gets a number 0..1 and the parts it is made of, so
 * the user (and the import report) can see why two names were taken to be the same target.
 *
 *   name        soft Dice of the two word sets: each word counts with its best fuzzy match on the
 *               other side (typos ≈ 0.8, abbreviations 0.7, words joined or split match their
 *               concatenation); initials weigh less; the best of official, auxiliary and former names
 *   legalForm   +0.03 same kind of company (Oy ≈ Ab ≈ Ltd …), −0.05 a different kind (Oy vs Ky)
 *   address     −0.05 … +0.10 from street, number, postal code and municipality, when both have one
 *   businessId  an equal business ID makes the score 1; a different valid one subtracts 0.5
 */
import { compareAddresses, type NormalizedAddress } from './normalize.address.ts';
import { legalFormsCompatible, type NormalizedName } from './normalize.company.ts';
import { wordSimilarity } from './similarity.ts';

/** Words below this similarity are not the same word (noise, not partial credit). */
const WORD_FLOOR = 0.6;

export interface ScoreComponents {
  name: number;
  /** Which of the candidate's names matched best. */
  nameSource: 'name' | 'auxiliary' | 'former';
  legalForm: number;
  address: number | null;
  businessId: 'equal' | 'different' | null;
}

export interface Scored {
  score: number;
  components: ScoreComponents;
}

const weight = (token: string) => (token.length === 1 ? 0.3 : 1);

function best(token: string, others: readonly string[]): number {
  let top = 0;
  for (const o of others) {
    const s = wordSimilarity(token, o);
    if (s > top) top = s;
    if (top === 1) break;
  }
  return top >= WORD_FLOOR ? top : 0;
}

/** Words plus adjacent pairs joined ("rakennus palvelu" also as "rakennuspalvelu"). */
function withJoins(tokens: readonly string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(tokens[i]! + tokens[i + 1]!);
  return out;
}

/** Soft Dice similarity of two token lists, 0..1. */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const ja = withJoins(a);
  const jb = withJoins(b);
  let num = 0;
  let den = 0;
  for (const t of a) {
    num += weight(t) * best(t, jb);
    den += weight(t);
  }
  for (const t of b) {
    num += weight(t) * best(t, ja);
    den += weight(t);
  }
  // A compound on one side ("rakennuspalvelu") against its parts on the other ("rakennus palvelu").
  const joinedA = a.join('');
  const joinedB = b.join('');
  const joined = a.length !== b.length ? wordSimilarity(joinedA, joinedB) * 0.98 : 0;
  return Math.max(num / den, joined >= WORD_FLOOR ? joined : 0);
}

export interface CandidateNames {
  name: NormalizedName;
  auxiliary: NormalizedName[];
  former: NormalizedName[];
  businessId?: string | null;
  address?: NormalizedAddress | null;
}

export interface QueryNames {
  name: NormalizedName;
  businessId?: string | null;
  address?: NormalizedAddress | null;
}

/** Scores one candidate against the query; see the file header for the parts. */
export function scoreCandidate(q: QueryNames, c: CandidateNames): Scored {
  let name = nameSimilarity(q.name.tokens, c.name.tokens);
  let nameSource: ScoreComponents['nameSource'] = 'name';
  for (const [source, list] of [
    ['auxiliary', c.auxiliary],
    ['former', c.former],
  ] as const) {
    for (const n of list) {
      const s = nameSimilarity(q.name.tokens, n.tokens) * 0.99;
      if (s > name) {
        name = s;
        nameSource = source;
      }
    }
  }
  const compatible = legalFormsCompatible(q.name.legalForms, c.name.legalForms);
  const legalForm = compatible === null ? 0 : compatible ? 0.03 : -0.05;
  let address: number | null = null;
  if (q.address?.street && c.address?.street) {
    const cmp = compareAddresses(q.address, c.address);
    address = Math.max(-0.05, Math.min(0.1, (cmp.score - 0.5) * 0.2));
  }
  let businessId: ScoreComponents['businessId'] = null;
  if (q.businessId && c.businessId) businessId = q.businessId === c.businessId ? 'equal' : 'different';
  let score = name + legalForm + (address ?? 0) - (businessId === 'different' ? 0.5 : 0);
  if (businessId === 'equal') score = 1;
  score = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
  return {
    score,
    components: {
      name: Math.round(name * 1000) / 1000,
      nameSource,
      legalForm,
      address: address === null ? null : Math.round(address * 1000) / 1000,
      businessId,
    },
  };
}
