/**
 * The business ID field's own check, by the same rule as the server (contracts/business-id.ts): the
 * form says at once what is wrong, and offers the right check digit when only that is wrong.
 */
import { businessIdCheckDigit, isValidBusinessId } from '../../../../contracts/business-id.ts';

export type BusinessIdCheck =
  | { ok: true }
  | { ok: false; problem: 'format' }
  | { ok: false; problem: 'checkDigit'; expected: string | null };

export function checkBusinessId(input: string): BusinessIdCheck {
  const value = input.trim();
  if (isValidBusinessId(value)) return { ok: true };
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return { ok: false, problem: 'format' };
  const digit = businessIdCheckDigit(match[1] as string);
  // A base whose remainder is 1 has no check digit at all: no ID of that base exists.
  return { ok: false, problem: 'checkDigit', expected: digit === null ? null : `${match[1]}-${digit}` };
}
