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

/** Optimal-string-alignment distance (adjacent transpositions count 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (!m) return n;
  if (!n) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
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
  if (!longer) return 1;
  const d = editDistance(a, b);
  let s = 1 - d / longer;
  if (d === 1 && Math.min(a.length, b.length) >= 4) s = Math.max(s, 0.8);
  if (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))) s = Math.max(s, 0.7);
  return s;
}
