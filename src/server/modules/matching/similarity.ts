/**
 * String similarity for reranking candidates in TypeScript: trigram Dice (as pg_trgm pads words) and
 * a bounded Damerau–Levenshtein ratio. Both return 0..1.
 */

/** pg_trgm-style trigrams of one word ("  w" … "d "), as a multiset. */
export function trigrams(word: string): Map<string, number> {
  const padded = `  ${word} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const g = padded.slice(i, i + 3);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of the trigram multisets of two words. */
export function trigramDice(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const ga = trigrams(a);
  const gb = trigrams(b);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const [g, n] of ga) {
    na += n;
    common += Math.min(n, gb.get(g) ?? 0);
  }
  for (const n of gb.values()) nb += n;
  return (2 * common) / (na + nb);
}

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance (adjacent transpositions count 1). Reuses its row buffers. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  if (rows[0]!.length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/**
 * Similarity of two words, 0..1: 1 − distance / longer length, but a one-edit typo in a word of five
 * or more letters scores at least 0.8 and a word that is a prefix of the other (an abbreviation,
 * "Rak" ↔ "Rakennus") 0.7.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  const shorter = Math.min(a.length, b.length);
  if (!longer) return 1;
  const prefix = shorter >= 3 && (a.startsWith(b) || b.startsWith(a));
  // The distance is at least the difference in length: skip the matrix when that alone is too far.
  if (longer - shorter > longer * 0.45) return prefix ? 0.7 : 1 - (longer - shorter) / longer;
  const d = editDistance(a, b);
  let s = 1 - d / longer;
  if (d === 1 && shorter >= 4) s = Math.max(s, 0.8);
  if (prefix) s = Math.max(s, 0.7);
  return s;
}
