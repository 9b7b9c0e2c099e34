/**
 * Finnish and Swedish street addresses → comparable parts: street key, house number, staircase,
 * flat, postal code and municipality. Abbreviations ("Teollisuusk." → teollisuuskatu, "Björkv." →
 * björkvägen) are written out; "Marjatie 3 B 12, 00510 Helsinki" and "MARJATIE 3b 12 Helsinki" agree.
 */
import { foldText, foldToken } from './normalize.text.ts';
import { wordSimilarity } from './similarity.ts';

const STREET_SUFFIX_ABBREVIATIONS: [RegExp, string][] = [
  [/k$/, 'katu'],
  [/t$/, 'tie'],
  [/v$/, 'vagen'],
  [/g$/, 'gatan'],
];

export interface NormalizedAddress {
  /** Folded street name ("teollisuuskatu"), or '' when none was found. */
  street: string;
  number: string | null;
  staircase: string | null;
  flat: string | null;
  postalCode: string | null;
  municipality: string | null;
}

/** Parses and normalises one address line; postal code and municipality may also be given apart. */
export function normalizeAddress(
  line: string,
  extra: { postalCode?: string | null; municipality?: string | null } = {},
): NormalizedAddress {
  let text = foldText(line).replace(/[,;]/g, ' ');
  const postal = /\b(\d{5})\b/.exec(text);
  let postalCode = extra.postalCode?.trim() || null;
  if (postal) {
    postalCode ??= postal[1]!;
    text = text.slice(0, postal.index) + text.slice(postal.index + 5);
  }
  // "Marjatie 3 B 12", "Marjatie 3b 12", "Marjatie 3 as. 12", "Björkvägen 3 A"
  const m =
    /^\s*([a-z][a-z .-]*?)\.?\s+(\d+[a-z]?(?:-\d+)?)\s*([a-z])?\b\s*(?:as\.?\s*|bst\.?\s*)?(\d+)?\s*(.*)$/.exec(
      text,
    );
  let street = '';
  let number: string | null = null;
  let staircase: string | null = null;
  let flat: string | null = null;
  let rest = text;
  if (m) {
    street = m[1]!.replace(/[\s.-]+/g, '');
    const n = /^(\d+)([a-z])?/.exec(m[2]!)!;
    number = m[2]!.includes('-') ? m[2]! : n[1]!;
    staircase = n[2] ?? m[3] ?? null;
    flat = m[4] ?? null;
    rest = m[5] ?? '';
  } else {
    street = text.replace(/[^a-z]/g, '');
    rest = '';
  }
  for (const [re, full] of STREET_SUFFIX_ABBREVIATIONS) {
    if (line.includes('.') && re.test(street)) {
      street = street.replace(re, full);
      break;
    }
  }
  const municipality = extra.municipality ? foldText(extra.municipality).trim() : rest.trim() || null;
  return { street: foldToken(street), number, staircase, flat, postalCode, municipality };
}

export interface AddressComparison {
  score: number;
  street: number;
  number: boolean | null;
  postalCode: boolean | null;
  municipality: boolean | null;
}

/** 0..1: street similarity weighted most, then number, postal code and municipality when known on both. */
export function compareAddresses(a: NormalizedAddress, b: NormalizedAddress): AddressComparison {
  const street = a.street && b.street ? wordSimilarity(a.street, b.street) : 0;
  const eq = (x: string | null, y: string | null) => (x && y ? x === y : null);
  const number = eq(a.number, b.number);
  const postalCode = eq(a.postalCode, b.postalCode);
  const municipality = eq(a.municipality, b.municipality);
  let score = 0.55 * street;
  let weight = 0.55;
  for (const [v, w] of [
    [number, 0.25],
    [postalCode, 0.1],
    [municipality, 0.1],
  ] as const) {
    if (v === null) continue;
    weight += w;
    score += v ? w : 0;
  }
  return { score: weight ? score / weight : 0, street, number, postalCode, municipality };
}
