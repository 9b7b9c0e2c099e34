/**
 * The new-record form as data: its values, the request body they make, and which fields the server's
 * 400 answer names. The server is the one validator; the form only places its answer by the fields.
 */
import { ApiError } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Classification, NewRecord, RecordKind } from './records.types.ts';

export interface RecordFormValues {
  kind: RecordKind;
  title: string;
  body: string;
  classification: Classification;
  secrecyBasis: string;
  categories: string[];
  containsPersonalData: boolean;
  /** A company's id in Silta (optional). */
  target: string;
}

export type FormField = keyof RecordFormValues;

export const EMPTY_FORM: RecordFormValues = {
  kind: 'observation',
  title: '',
  body: '',
  classification: 'restricted',
  secrecyBasis: '',
  categories: [],
  containsPersonalData: true,
  target: '',
};

/** Fields in the order they appear, so focus goes to the first one with an error. */
export const FIELD_ORDER: readonly FormField[] = [
  'kind',
  'title',
  'body',
  'classification',
  'secrecyBasis',
  'categories',
  'containsPersonalData',
  'target',
];

/** The message shown under a field the server refused. */
export const FIELD_ERROR: Record<FormField, MessageKey> = {
  kind: 'records.form.error.kind',
  title: 'records.form.error.title',
  body: 'records.form.error.body',
  classification: 'records.form.error.classification',
  secrecyBasis: 'records.form.error.secrecyBasis',
  categories: 'records.form.error.categories',
  containsPersonalData: 'records.form.error.containsPersonalData',
  target: 'records.form.error.target',
};

export function toCreateBody(values: RecordFormValues): NewRecord {
  const target = values.target.trim();
  const secrecyBasis = values.secrecyBasis.trim();
  return {
    kind: values.kind,
    title: values.title,
    body: values.body,
    classification: values.classification,
    // A public record has no secrecy basis; an empty one is left for the server to refuse.
    ...(values.classification !== 'public' && secrecyBasis ? { secrecyBasis } : {}),
    categories: values.categories,
    containsPersonalData: values.containsPersonalData,
    targets: target ? [{ type: 'company', id: target }] : [],
  };
}

const SERVER_FIELD: Record<string, FormField> = {
  kind: 'kind',
  title: 'title',
  body: 'body',
  classification: 'classification',
  secrecyBasis: 'secrecyBasis',
  categories: 'categories',
  containsPersonalData: 'containsPersonalData',
  targets: 'target',
};

/**
 * The form fields a validation error names (`body.secrecyBasis`, `body.targets.0.id`, …). An error that
 * names no known field gives an empty list: the form then shows the error as a whole.
 */
export function refusedFields(error: unknown): FormField[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  const issues = (error.details as { issues?: { field?: unknown }[] } | null)?.issues ?? [];
  const fields = issues
    .map((issue) => (typeof issue.field === 'string' ? issue.field : ''))
    .map((field) => field.replace(/^body\.?/, '').split('.')[0] ?? '')
    .map((name) => SERVER_FIELD[name])
    .filter((field): field is FormField => field !== undefined);
  return FIELD_ORDER.filter((field) => fields.includes(field));
}
