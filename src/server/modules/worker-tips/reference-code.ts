/**
 * Reference codes for anonymous tips: 12 random characters from Crockford's base32 alphabet (no I, L,
 * O or U, so nothing is mistaken for another character) in three groups, e.g. "K7QM-3XD9-PA2W": 60 bits,
 * far beyond guessing at the lookup's rate limit. The code is shown once; only its SHA-256 is stored.
 */
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

/** A new code, grouped for reading aloud and writing down. */
export function newReferenceCode(): string {
  // 32 divides 256, so taking 5 bits of each byte is unbiased.
  const chars = [...randomBytes(LENGTH)].map((b) => ALPHABET[b & 31]!);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/**
 * The canonical form of what someone typed: case, spaces and dashes do not matter, and the letters
 * people confuse are read as the digits they look like (O → 0, I and L → 1). Null if it cannot be a code.
 */
export function normaliseReferenceCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === LENGTH && [...plain].every((c) => ALPHABET.includes(c)) ? plain : null;
}

/** What is stored in records.reference_code_hash. */
export function hashReferenceCode(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}
