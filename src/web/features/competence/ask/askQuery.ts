/**
 * The "Can I tell this to them?" question as a query string, so an answer can be shared as a link:
 * `/competence/ask?from=osh&to=police&categories=a,b&purpose=crime_investigation&initiative=own`.
 */
import type { Initiative } from '../competence.types.ts';

export interface AskQuery {
  from: string;
  to: string;
  categories: string[];
  purpose: string;
  initiative: Initiative;
  confirmed: string[];
}

export const EMPTY_ASK: AskQuery = {
  from: '',
  to: '',
  categories: [],
  purpose: '',
  initiative: 'own',
  confirmed: [],
};

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Reads what a link carries; anything missing keeps its default. Codes are checked by the page. */
export function parseAskQuery(search: string, defaults: Partial<AskQuery> = {}): AskQuery {
  const params = new URLSearchParams(search);
  const initiative = params.get('initiative');
  return {
    from: params.get('from') || defaults.from || '',
    to: params.get('to') || defaults.to || '',
    categories: params.has('categories') ? list(params.get('categories')) : (defaults.categories ?? []),
    purpose: params.get('purpose') || defaults.purpose || '',
    initiative:
      initiative === 'request' || initiative === 'own'
        ? initiative
        : (defaults.initiative ?? EMPTY_ASK.initiative),
    confirmed: list(params.get('confirmed')),
  };
}

/** The query string of a question (without `?`); empty parts are left out. */
export function askSearch(query: Partial<AskQuery>): string {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.categories && query.categories.length > 0) params.set('categories', query.categories.join(','));
  if (query.purpose) params.set('purpose', query.purpose);
  if (query.initiative) params.set('initiative', query.initiative);
  if (query.confirmed && query.confirmed.length > 0) params.set('confirmed', query.confirmed.join(','));
  // Commas are safe in a query string and keep shared links readable.
  return params.toString().replace(/%2C/g, ',');
}

/** True when the question has everything the engine needs. */
export function isComplete(query: AskQuery): boolean {
  return query.from !== '' && query.to !== '' && query.categories.length > 0 && query.purpose !== '';
}
