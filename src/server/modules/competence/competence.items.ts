/**
 * How a competence configuration splits into versioned items and is put back together. Pure: no
 * database. Each collection of the configuration is one item kind keyed by its stable id or code;
 * the rest of the document (schema version, country, law-text date, the no-rule basis) is the one
 * `meta` item `config`.
 */
import type { CompetenceItemKind } from './competence.tables.ts';

/** Where a kind lives in the configuration and which field is its key. */
export const KIND_SHAPE = {
  authority: { collection: 'authorities', key: 'code' },
  competence: { collection: 'competences', key: 'id' },
  category: { collection: 'categories', key: 'code' },
  purpose: { collection: 'purposes', key: 'code' },
  circumstance: { collection: 'circumstances', key: 'code' },
  rule: { collection: 'rules', key: 'id' },
} as const satisfies Record<Exclude<CompetenceItemKind, 'meta'>, { collection: string; key: string }>;

export type CollectionKind = keyof typeof KIND_SHAPE;
export const COLLECTION_KINDS = Object.keys(KIND_SHAPE) as CollectionKind[];
export const META_ID = 'config';
/** Kinds that carry a `verified` flag a platform admin can set. */
export const VERIFIABLE_KINDS: readonly CompetenceItemKind[] = ['authority', 'competence', 'rule'];

type Json = Record<string, unknown>;

/** One item of a configuration, in the order it appears there. */
export interface ConfigItem {
  kind: CompetenceItemKind;
  itemId: string;
  position: number;
  data: Json;
}

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The field that holds an item's key (`id` for meta, which has the one item `config`). */
export const keyField = (kind: CompetenceItemKind): string => (kind === 'meta' ? 'id' : KIND_SHAPE[kind].key);

/** The key of an item's data (`code` or `id`), or undefined when it is missing. */
export function itemKey(kind: CompetenceItemKind, data: unknown): string | undefined {
  if (kind === 'meta') return META_ID;
  const value = isRecord(data) ? data[KIND_SHAPE[kind].key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The meta item: everything of the document that is not a collection. `validatedAt` is not stored. */
function metaOf(config: Json): Json {
  const collections = new Set<string>(Object.values(KIND_SHAPE).map((s) => s.collection));
  return Object.fromEntries(
    Object.entries(config).filter(([key]) => !collections.has(key) && key !== 'validatedAt'),
  );
}

/** Splits a (validated) configuration into items. */
export function splitConfig(config: object): ConfigItem[] {
  const doc = config as Json;
  const items: ConfigItem[] = [{ kind: 'meta', itemId: META_ID, position: 0, data: metaOf(doc) }];
  for (const kind of COLLECTION_KINDS) {
    const list = doc[KIND_SHAPE[kind].collection];
    (Array.isArray(list) ? list : []).forEach((data, position) => {
      const itemId = itemKey(kind, data);
      if (itemId !== undefined && isRecord(data)) items.push({ kind, itemId, position, data });
    });
  }
  return items;
}

/** Puts items back into one configuration document (not yet validated), ordered by position. */
export function assembleConfig(items: readonly ConfigItem[]): Json {
  const meta = items.find((i) => i.kind === 'meta')?.data ?? {};
  const doc: Json = { ...meta };
  for (const kind of COLLECTION_KINDS) {
    doc[KIND_SHAPE[kind].collection] = items
      .filter((i) => i.kind === kind)
      .sort((a, b) => a.position - b.position)
      .map((i) => i.data);
  }
  return doc;
}

/** JSON with object keys sorted, so two values compare equal whatever their key order (jsonb reorders). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** True when two items hold the same data, ignoring a rule's `version` (the row's business). */
export function sameData(kind: CompetenceItemKind, a: Json, b: Json): boolean {
  if (kind !== 'rule') return canonicalJson(a) === canonicalJson(b);
  const { version: _a, ...restA } = a;
  const { version: _b, ...restB } = b;
  return canonicalJson(restA) === canonicalJson(restB);
}

/** The data to store for a new version: a rule's `version` always equals the row version. */
export function withVersion(kind: CompetenceItemKind, data: Json, version: number): Json {
  return kind === 'rule' ? { ...data, version } : data;
}
