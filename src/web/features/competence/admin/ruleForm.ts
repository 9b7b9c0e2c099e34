/**
 * The rule editor's model: the fields with their own inputs, and everything else as JSON text. Saving
 * puts them back together in the rule's own key order, so the diff shows only what was changed.
 */
import type { LocalizedText } from '../../../../contracts/languages.ts';
import type { DisclosureRule } from '../competence.types.ts';

export interface RuleForm {
  mode: DisclosureRule['mode'];
  status: DisclosureRule['status'];
  validFrom: string;
  validTo: string;
  note: LocalizedText;
  /** The remaining fields, pretty-printed JSON. */
  rest: string;
  changeNote: string;
}

const OWN_INPUTS = ['id', 'version', 'mode', 'status', 'validFrom', 'validTo', 'sourceNote'] as const;

export function formOf(rule: DisclosureRule): RuleForm {
  const rest: Record<string, unknown> = { ...rule };
  for (const key of OWN_INPUTS) delete rest[key];
  return {
    mode: rule.mode,
    status: rule.status,
    validFrom: rule.validFrom ?? '',
    validTo: rule.validTo ?? '',
    note: rule.sourceNote ?? { fi: '', sv: '', en: '' },
    rest: JSON.stringify(rest, null, 2),
    changeNote: '',
  };
}

export type Built = { ok: true; data: DisclosureRule } | { ok: false; message: string };

/** The rule to save, or why the JSON part cannot be read. Empty optional fields are left out. */
export function ruleOf(original: DisclosureRule, form: RuleForm): Built {
  let rest: unknown;
  try {
    rest = JSON.parse(form.rest);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) {
    return { ok: false, message: 'JSON: {…}' };
  }
  const merged: Record<string, unknown> = {
    ...(rest as Record<string, unknown>),
    id: original.id,
    version: original.version,
    mode: form.mode,
    status: form.status,
  };
  if (form.validFrom.trim()) merged.validFrom = form.validFrom.trim();
  if (form.validTo.trim()) merged.validTo = form.validTo.trim();
  const note = { fi: form.note.fi.trim(), sv: form.note.sv.trim(), en: form.note.en.trim() };
  if (note.fi || note.sv || note.en) merged.sourceNote = note;
  // Keep the original key order: stable JSON and a readable diff.
  const order = [...Object.keys(original), ...Object.keys(merged)];
  const data = Object.fromEntries(
    [...new Set(order)].filter((key) => key in merged).map((key) => [key, merged[key]]),
  ) as unknown as DisclosureRule;
  return { ok: true, data };
}
