/**
 * Finnish business ID (Y-tunnus, FO-nummer): seven digits, a dash and a check digit, e.g. "0112038-9".
 * The check digit is a weighted modulus-11 sum; a remainder of 1 has no check digit, so such bases are
 * never issued. Shared by the server (validation, imports, demo data) and the web app's forms, so both
 * apply the same rule.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;
const BUSINESS_ID_PATTERN = /^(\d{7})-(\d)$/;

/** Weighted sum of the seven base digits modulo 11. Assumes `sevenDigits` is exactly 7 ASCII digits. */
export function businessIdRemainder(sevenDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (sevenDigits.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return sum % 11;
}

/**
 * The check digit for a 7-digit base, or null when the base is not a valid base (wrong shape, or a
 * remainder of 1, which no business ID uses).
 */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) return null;
  const remainder = businessIdRemainder(sevenDigits);
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** True for the canonical form "NNNNNNN-C" with a correct check digit. Old 6-digit forms are rejected. */
export function isValidBusinessId(value: string): boolean {
  const match = BUSINESS_ID_PATTERN.exec(value);
  if (!match) return false;
  return businessIdCheckDigit(match[1] as string) === Number(match[2]);
}

/**
 * Trims the input and returns it when it is a valid canonical business ID, otherwise null. Deliberately
 * strict: no missing dash, no spaces inside, no 6-digit forms, so a typo is never "corrected" into
 * somebody else's ID.
 */
export function normalizeBusinessId(input: string): string | null {
  const trimmed = input.trim();
  return isValidBusinessId(trimmed) ? trimmed : null;
}

/** Formats a base number (0..9_999_999) as a business ID, or null when that base has no check digit. */
export function formatBusinessId(base: number): string | null {
  if (!Number.isInteger(base) || base < 0 || base > 9_999_999) return null;
  const digits = String(base).padStart(7, '0');
  const check = businessIdCheckDigit(digits);
  return check === null ? null : `${digits}-${check}`;
}
