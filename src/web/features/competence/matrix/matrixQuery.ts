/** The matrix's choices (category, purpose, initiative) in the query string, with sensible defaults. */
import type { CompetenceConfig, Initiative, MatrixQuery } from '../competence.types.ts';

/** The purpose most rules about `category` name: the likeliest question about it. */
export function commonPurpose(config: CompetenceConfig, category: string): string {
  const counts = new Map<string, number>();
  for (const rule of config.rules) {
    if (!rule.categories.includes(category)) continue;
    for (const purpose of rule.purposes) counts.set(purpose, (counts.get(purpose) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? config.purposes[0]?.code ?? '';
}

/** Reads `?category=&purpose=&initiative=`; unknown codes fall back to the defaults for `ownAuthority`. */
export function parseMatrixQuery(
  search: string,
  config: CompetenceConfig,
  ownAuthority: string,
): MatrixQuery {
  const params = new URLSearchParams(search);
  const categories = new Set(config.categories.map((c) => c.code));
  const purposes = new Set(config.purposes.map((p) => p.code));
  const asked = params.get('category') ?? '';
  const held = config.categories.find((c) => (c.holder as string[]).includes(ownAuthority));
  const category = categories.has(asked) ? asked : ((held ?? config.categories[0])?.code ?? '');
  const purpose = params.get('purpose') ?? '';
  const initiative = params.get('initiative');
  return {
    category,
    purpose: purposes.has(purpose) ? purpose : commonPurpose(config, category),
    initiative: initiative === 'own' || initiative === 'request' ? (initiative as Initiative) : 'request',
  };
}

export function matrixSearch(query: MatrixQuery): string {
  return new URLSearchParams({ ...query }).toString();
}
