/**
 * Typed calls to the register routes the target pages use: search, cards, requests, matching, merges,
 * imports.
 */
import { request } from '../../api/client.ts';
import type {
  Company,
  DisclosureRequest,
  ImportJob,
  ImportKind,
  ImportMode,
  MatchBody,
  MatchCandidate,
  Merge,
  MergeBody,
  NewCompany,
  NewPerson,
  NewWorksite,
  Person,
  SearchResult,
  TargetCard,
  TargetType,
  UploadedImport,
  Worksite,
} from './targets.types.ts';

export const SEARCH_PAGE_SIZE = 25;

const PLURAL: Record<TargetType, string> = { company: 'companies', worksite: 'worksites', person: 'persons' };

export interface NewRequest {
  targetId: string;
  targetType: TargetType;
  authority: string;
  purpose: string;
  categories: string[];
  message: string;
}

export const targetsApi = {
  search: (params: URLSearchParams, cursor: string | null, signal?: AbortSignal) => {
    const query = new URLSearchParams(params);
    query.set('limit', String(SEARCH_PAGE_SIZE));
    if (cursor) query.set('cursor', cursor);
    return request<SearchResult>('GET', `/api/search?${query}`, { signal });
  },

  /** Companies by name or exact business ID, for pickers: only what the user may see. */
  companies: (q: string, limit: number, signal?: AbortSignal) =>
    request<SearchResult>(
      'GET',
      `/api/search?${new URLSearchParams({ q, type: 'company', limit: String(limit) })}`,
      {
        signal,
      },
    ),

  company: (id: string, signal?: AbortSignal) =>
    request<Company>('GET', `/api/targets/companies/${encodeURIComponent(id)}`, { signal }),

  card: (type: TargetType, id: string, signal?: AbortSignal) =>
    request<TargetCard>('GET', `/api/targets/${PLURAL[type]}/${encodeURIComponent(id)}/card`, { signal }),

  createCompany: (body: NewCompany) => request<Company>('POST', '/api/targets/companies', { body }),
  createWorksite: (body: NewWorksite) => request<Worksite>('POST', '/api/targets/worksites', { body }),
  createPerson: (body: NewPerson) => request<Person>('POST', '/api/targets/persons', { body }),

  match: (body: MatchBody, signal?: AbortSignal) =>
    request<{ candidates: MatchCandidate[] }>('POST', '/api/targets/match', { body, signal }).then(
      (r) => r.candidates,
    ),

  /** The merge history of a company, as survivor or as duplicate, newest first. */
  merges: (companyId: string, signal?: AbortSignal) =>
    request<{ items: Merge[] }>('GET', `/api/targets/companies/${encodeURIComponent(companyId)}/merges`, {
      signal,
    }).then((r) => r.items),

  merge: (survivorId: string, body: MergeBody) =>
    request<{ survivorId: string; merges: Merge[] }>(
      'POST',
      `/api/targets/companies/${encodeURIComponent(survivorId)}/merge`,
      { body },
    ),

  split: (survivorId: string, mergeId: string) =>
    request<Merge>('POST', `/api/targets/companies/${encodeURIComponent(survivorId)}/split`, {
      body: { mergeId },
    }),

  requestDisclosure: (body: NewRequest) =>
    request<DisclosureRequest>('POST', '/api/disclosure-requests', { body }),

  requests: (box: 'incoming' | 'outgoing', signal?: AbortSignal) =>
    request<{ items: DisclosureRequest[]; nextCursor: string | null }>(
      'GET',
      `/api/disclosure-requests?box=${box}&limit=100`,
      { signal },
    ).then((r) => r.items),

  request: (id: string, signal?: AbortSignal) =>
    request<DisclosureRequest>('GET', `/api/disclosure-requests/${encodeURIComponent(id)}`, { signal }),

  grant: (id: string, body: { recordIds: string[]; purpose?: string; confirmed: string[] }) =>
    request<{ request: DisclosureRequest }>(
      'POST',
      `/api/disclosure-requests/${encodeURIComponent(id)}/grant`,
      {
        body,
      },
    ),

  decline: (id: string, reason: string) =>
    request<DisclosureRequest>('POST', `/api/disclosure-requests/${encodeURIComponent(id)}/decline`, {
      body: { reason },
    }),

  upload: (kind: ImportKind, file: File) =>
    request<UploadedImport>(
      'POST',
      `/api/imports?${new URLSearchParams({ kind, fileName: file.name.slice(0, 200) || 'import' })}`,
      { file: { data: file, contentType: importContentType(file) } },
    ),

  validateImport: (
    id: string,
    body: {
      mapping: Record<string, string>;
      classification?: string;
      secrecyBasis?: string;
      categories?: string[];
    },
  ) => request<ImportJob>('POST', `/api/imports/${encodeURIComponent(id)}/validate`, { body }),

  runImport: (id: string, mode: ImportMode) =>
    request<ImportJob>('POST', `/api/imports/${encodeURIComponent(id)}/run`, { body: { mode } }),

  importStatus: (id: string, signal?: AbortSignal) =>
    request<ImportJob>('GET', `/api/imports/${encodeURIComponent(id)}`, { signal }),
};

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The type the server expects: by the file's name when the browser does not know it (CSV often). */
export function importContentType(file: { name: string; type: string }): string {
  if (/\.xlsx$/i.test(file.name)) return XLSX_TYPE;
  if (/\.csv$/i.test(file.name)) return 'text/csv';
  return file.type || 'text/csv';
}
