/** Typed calls to the competence routes (`/api/competence/*`, see docs/api/COMPETENCE-API.md). */
import { request } from '../../api/client.ts';
import type {
  AuthorityView,
  CompetenceConfig,
  DecideRequest,
  DisclosureDecision,
  EditResult,
  ImportResult,
  IssueArea,
  ItemDiff,
  ItemKind,
  ItemVersion,
  Matrix,
  MatrixQuery,
  ParticipantSeat,
} from './competence.types.ts';

const BASE = '/api/competence';

const item = (kind: ItemKind, id: string) => `${BASE}/items/${kind}/${encodeURIComponent(id)}`;

export const competenceApi = {
  config: (signal?: AbortSignal) => request<CompetenceConfig>('GET', `${BASE}/config`, { signal }),

  authority: (code: string, signal?: AbortSignal) =>
    request<AuthorityView>('GET', `${BASE}/authorities/${encodeURIComponent(code)}`, { signal }),

  matrix: (query: MatrixQuery, signal?: AbortSignal) =>
    request<Matrix>('GET', `${BASE}/matrix?${new URLSearchParams({ ...query })}`, { signal }),

  /** Audited on the server (`competence.decide`) with the answer and the rule versions. */
  decide: (body: DecideRequest, signal?: AbortSignal) =>
    request<DisclosureDecision>('POST', `${BASE}/decide`, { body, signal }),

  participants: (body: { issueAreas: IssueArea[]; sectors?: string[] }, signal?: AbortSignal) =>
    request<{ items: ParticipantSeat[] }>('POST', `${BASE}/participants`, { body, signal }).then(
      (r) => r.items,
    ),

  /** Newest first, each version with its data. */
  history: (kind: ItemKind, id: string, signal?: AbortSignal) =>
    request<{ items: ItemVersion[] }>('GET', `${item(kind, id)}/history`, { signal }).then((r) => r.items),

  diff: (kind: ItemKind, id: string, from: number, to: number, signal?: AbortSignal) =>
    request<ItemDiff>(
      'GET',
      `${item(kind, id)}/diff?${new URLSearchParams({ from: String(from), to: String(to) })}`,
      {
        signal,
      },
    ),

  /** `baseVersion`: refused with 409 if someone saved a newer version meanwhile. */
  saveItem: (kind: ItemKind, id: string, data: object, changeNote: string, baseVersion?: number) =>
    request<EditResult>('PUT', item(kind, id), { body: { data, changeNote, baseVersion } }),

  verifyItem: (kind: ItemKind, id: string, note: string) =>
    request<EditResult>('POST', `${item(kind, id)}/verify`, { body: { note } }),

  exportConfig: () => request<CompetenceConfig>('GET', `${BASE}/export`),

  importConfig: (config: unknown, changeNote: string) => {
    const query = changeNote ? `?${new URLSearchParams({ changeNote })}` : '';
    return request<ImportResult>('POST', `${BASE}/import${query}`, { body: config });
  },
};
