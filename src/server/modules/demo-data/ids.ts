/**
 * Deterministic identifiers for demo records. Every id is a pure function of (seed, position), so the
 * seeding can write foreign keys without looking anything up, and any slice of the data set can be
 * regenerated on its own.
 */
import { formatBusinessId } from './business-id.ts';
import { hash32, mix32 } from './random.ts';

/** The record kinds; each gets its own nibble in the UUID so ids of different kinds never collide. */
export const RECORD_KINDS = {
  company: 1,
  worksite: 2,
  person: 3,
  employment: 4,
  subcontract: 5,
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;

/** Largest per-company position (worksite, person, employment number) an id can encode. */
export const MAX_LOCAL_INDEX = 0xffff;

const hex1 = (value: number): string => '0123456789abcdef'.charAt(value & 0xf);
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex2 = (value: number): string => HEX_BYTES[value & 0xff] as string;
const hex4 = (value: number): string => hex2(value >>> 8) + hex2(value);
const hex8 = (value: number): string => hex4(value >>> 16) + hex4(value);

/** Per-(seed, kind) key material. */
function seedKey(seed: number, kindCode: number): number {
  return mix32(mix32(seed >>> 0) ^ mix32(Math.floor(seed / 0x1_0000_0000) + Math.imul(kindCode, 0x9e3779b1)));
}

/**
 * A UUID (version-4 layout: version nibble 4, RFC 4122 variant) for the record at `companyIndex` /
 * `localIndex` of a kind. Unique for a fixed seed: a 4-round Feistel network (a bijection) maps the
 * 48 bits (companyIndex, localIndex) onto 12 hex digits of the id, and one nibble names the kind; the
 * remaining digits are hash noise so that ids look random.
 */
export function demoUuid(seed: number, kind: RecordKind, companyIndex: number, localIndex = 0): string {
  if (!Number.isInteger(companyIndex) || companyIndex < 0 || companyIndex > 0xffff_ffff) {
    throw new RangeError(`company index out of range: ${companyIndex}`);
  }
  if (!Number.isInteger(localIndex) || localIndex < 0 || localIndex > MAX_LOCAL_INDEX) {
    throw new RangeError(`local index out of range: ${localIndex}`);
  }
  const kindCode = RECORD_KINDS[kind];
  const key = seedKey(seed, kindCode);
  // Feistel over two 24-bit halves of companyIndex·2^16 + localIndex.
  let left = Math.floor(companyIndex / 256);
  let right = ((companyIndex & 0xff) << 16) | localIndex;
  for (let round = 1; round <= 4; round++) {
    const next = left ^ (mix32(right ^ mix32(key + round)) & 0xff_ffff);
    left = right;
    right = next;
  }
  const noise = mix32(key ^ mix32(companyIndex) ^ Math.imul(localIndex + 1, 0x27d4eb2d));
  const noise2 = mix32(noise + 0x6d2b79f5);
  const version = `4${hex1(kindCode)}${hex2(noise2)}`;
  const variant = hex1(8 | (noise2 >>> 30)) + hex1(noise2 >>> 16) + hex2(noise2 >>> 8);
  const unique = hex2(left) + hex2(right >>> 16) + hex4(right);
  return `${hex8(noise)}-${hex4(left >>> 8)}-${version}-${variant}-${unique}${hex4(noise2 >>> 12)}`;
}

/**
 * Synthetic business IDs are drawn from the bases 7000000–9999999. As far as we know, IDs issued so far
 * start with 0–3 (unverified), so demo IDs are easy to recognise and unlikely to be a real company's.
 */
const FIRST_PREFIX = 700_000;
const PREFIX_COUNT = 300_000;
const IDS_PER_PREFIX = 9;

/** How many distinct business IDs (and so companies) one demo data set can have. */
export const MAX_DEMO_COMPANIES = PREFIX_COUNT * IDS_PER_PREFIX;

/** Multipliers coprime to MAX_DEMO_COMPANIES (2^5 · 3^3 · 5^5), so index → slot is a permutation. */
const MULTIPLIERS = [1_000_003, 1_299_709, 1_618_033, 2_147_483, 982_451, 1_442_249] as const;

const WEIGHTS_6 = [7, 9, 10, 5, 8, 4] as const;

/**
 * The business ID of the company at `index`: unique for all indexes below {@link MAX_DEMO_COMPANIES}.
 * An affine permutation (a·i + b mod N, gcd(a, N) = 1) spreads indexes over N slots; slot → 6-digit
 * prefix and the k-th last digit whose weighted remainder is not 1 (every prefix has at least 9).
 */
export function businessIdForIndex(seed: number, index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_DEMO_COMPANIES) {
    throw new RangeError(`company index out of range for business IDs: ${index}`);
  }
  const multiplier = MULTIPLIERS[hash32(seed, 0xb1d) % MULTIPLIERS.length] as number;
  const offset = hash32(seed, 0xb1d, 1) % MAX_DEMO_COMPANIES;
  const slot = (multiplier * index + offset) % MAX_DEMO_COMPANIES;
  const prefix = FIRST_PREFIX + Math.floor(slot / IDS_PER_PREFIX);
  let wanted = slot % IDS_PER_PREFIX;

  let prefixSum = 0;
  let rest = prefix;
  for (let i = 5; i >= 0; i--) {
    prefixSum += (rest % 10) * (WEIGHTS_6[i] as number);
    rest = Math.floor(rest / 10);
  }
  for (let digit = 0; digit <= 9; digit++) {
    if ((prefixSum + 2 * digit) % 11 === 1) continue;
    if (wanted-- === 0) {
      const id = formatBusinessId(prefix * 10 + digit);
      if (id === null) break;
      return id;
    }
  }
  throw new Error(`no business ID for index ${index}`); // unreachable: each prefix has ≥ 9 valid digits
}
