/**
 * Validates a whole competence configuration: the zod shape first, then the cross-references zod
 * cannot see (unknown codes, duplicate ids, date order, rules that must explain themselves). Every
 * problem is collected — an editor fixing a configuration wants the full list, not the first error.
 * The cross-reference checks read the raw input defensively, so they run even when the shape is broken.
 */
import type { z } from 'zod';
import { type CompetenceConfig, ZCompetenceConfig } from './competence.schemas.ts';

/** One problem found in a configuration; `path` is like `rules[3].categories[0]`. */
export interface ConfigProblem {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; config: CompetenceConfig }
  | { ok: false; problems: ConfigProblem[] };

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null;
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Formats a zod path as `rules[3].legalBasis[0].sourceUrl`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/** Names the element a path points into (`rule 'osh-police-duty-50'`) so messages read on their own. */
function owner(input: unknown, path: readonly PropertyKey[]): string {
  const [collection, index] = path;
  if (!isRecord(input) || typeof collection !== 'string' || typeof index !== 'number') return '';
  const item = list(input[collection])[index];
  const key = text(item?.id) ?? text(item?.code);
  const noun: Record<string, string> = {
    rules: 'rule',
    competences: 'competence',
    categories: 'category',
    purposes: 'purpose',
    authorities: 'authority',
    circumstances: 'circumstance',
  };
  return key && noun[collection] ? `${noun[collection]} '${key}': ` : '';
}

function zodProblems(input: unknown, error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: `${owner(input, issue.path)}${issue.message}`,
  }));
}

function duplicates(items: Raw[], key: 'id' | 'code', collection: string, out: ConfigProblem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const value = text(item[key]);
    if (value === undefined) return;
    if (seen.has(value))
      out.push({ path: `${collection}[${i}].${key}`, message: `duplicate ${key} '${value}'` });
    seen.add(value);
  });
  return seen;
}

function checkDates(item: Raw, path: string, label: string, out: ConfigProblem[]): void {
  const from = text(item.validFrom);
  const to = text(item.validTo);
  if (from && to && to < from) {
    out.push({ path: `${path}.validTo`, message: `${label}validTo ${to} is before validFrom ${from}` });
  }
  list(item.legalBasis).forEach((basis, j) => {
    checkDates(basis, `${path}.legalBasis[${j}]`, label, out);
  });
}

/** Cross-reference checks over the raw input; see the file header. */
function crossReferenceProblems(input: Raw): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const authorities = list(input.authorities);
  const authorityCodes = duplicates(authorities, 'code', 'authorities', out);
  duplicates(list(input.competences), 'id', 'competences', out);
  const categoryCodes = duplicates(list(input.categories), 'code', 'categories', out);
  const purposeCodes = duplicates(list(input.purposes), 'code', 'purposes', out);
  const circumstanceCodes = duplicates(list(input.circumstances), 'code', 'circumstances', out);
  duplicates(list(input.rules), 'id', 'rules', out);

  const knownAuthority = (code: unknown, path: string, label: string) => {
    const value = text(code);
    if (value !== undefined && !authorityCodes.has(value)) {
      out.push({ path, message: `${label}unknown authority '${value}' (not in authorities)` });
    }
  };
  const parentOf = new Map(authorities.map((a) => [text(a.code), text(a.partOf)]));
  const lineage = (code: string | undefined): string[] => {
    const chain: string[] = [];
    for (let c = code; c !== undefined && !chain.includes(c); c = parentOf.get(c)) chain.push(c);
    return chain;
  };

  authorities.forEach((a, i) => {
    if (a.partOf !== undefined)
      knownAuthority(a.partOf, `authorities[${i}].partOf`, `authority '${text(a.code)}': `);
  });
  list(input.competences).forEach((c, i) => {
    const label = `competence '${text(c.id)}': `;
    knownAuthority(c.authority, `competences[${i}].authority`, label);
    if (list(c.legalBasis).length === 0 && strings(c.sources).length === 0) {
      out.push({ path: `competences[${i}].legalBasis`, message: `${label}cite a legal basis or a source` });
    }
    checkDates(c, `competences[${i}]`, label, out);
  });
  const holders = new Map<string, string[]>();
  list(input.categories).forEach((c, i) => {
    const label = `category '${text(c.code)}': `;
    strings(c.holder).forEach((h, j) => {
      knownAuthority(h, `categories[${i}].holder[${j}]`, label);
    });
    holders.set(text(c.code) ?? '', strings(c.holder));
  });

  list(input.rules).forEach((rule, i) => {
    const path = `rules[${i}]`;
    const label = `rule '${text(rule.id)}': `;
    knownAuthority(rule.from, `${path}.from`, label);
    knownAuthority(rule.to, `${path}.to`, label);
    if (text(rule.from) !== undefined && rule.from === rule.to) {
      out.push({ path: `${path}.to`, message: `${label}from and to are the same authority` });
    }
    strings(rule.categories).forEach((code, j) => {
      if (!categoryCodes.has(code)) {
        out.push({ path: `${path}.categories[${j}]`, message: `${label}unknown data category '${code}'` });
      } else if (!lineage(text(rule.from)).some((a) => holders.get(code)?.includes(a))) {
        out.push({
          path: `${path}.categories[${j}]`,
          message: `${label}'${text(rule.from)}' is not a holder of data category '${code}'`,
        });
      }
    });
    strings(rule.purposes).forEach((code, j) => {
      if (!purposeCodes.has(code)) {
        out.push({ path: `${path}.purposes[${j}]`, message: `${label}unknown purpose '${code}'` });
      }
    });
    strings(rule.requires).forEach((code, j) => {
      if (!circumstanceCodes.has(code)) {
        out.push({ path: `${path}.requires[${j}]`, message: `${label}unknown circumstance '${code}'` });
      }
    });
    checkDates(rule, path, label, out);
    if (rule.mode === 'not_allowed' && rule.sourceNote === undefined) {
      out.push({
        path: `${path}.sourceNote`,
        message: `${label}a not_allowed rule must say why in sourceNote`,
      });
    }
    const bases = list(rule.legalBasis);
    if (rule.status === 'proposed' && bases.length > 0 && !bases.some((b) => b.status === 'proposed')) {
      out.push({ path: `${path}.legalBasis`, message: `${label}a proposed rule must cite the proposal` });
    }
    if (rule.status === 'in_force' && bases.length > 0 && bases.every((b) => b.status !== 'in_force')) {
      out.push({
        path: `${path}.legalBasis`,
        message: `${label}an in-force rule needs an in-force legal basis`,
      });
    }
  });
  return out;
}

/**
 * Validates an untrusted configuration (JSON from a file, the database or an editor) as a whole.
 * Returns the parsed configuration with defaults applied, or every problem found.
 */
export function validateCompetenceConfig(json: unknown): ValidationResult {
  const parsed = ZCompetenceConfig.safeParse(json);
  const problems = parsed.success ? [] : zodProblems(json, parsed.error);
  if (isRecord(json)) problems.push(...crossReferenceProblems(json));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, config: parsed.data };
}
