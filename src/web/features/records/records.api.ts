/** Typed calls to the routes the records pages use: records, disclosures and the competence engine. */
import { request } from '../../api/client.ts';
import type {
  CompetenceConfig,
  DecideRequest,
  DiscloseBody,
  DisclosureDecision,
  DisclosureResult,
  InfoRecord,
  NewRecord,
  Obligation,
} from './records.types.ts';

export const PAGE_SIZE = 50;

export const recordsApi = {
  /** Newest first; `before` (a createdAt) gives the next, older page. */
  list: (before: string | null, signal?: AbortSignal) => {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (before) query.set('before', before);
    return request<{ items: InfoRecord[] }>('GET', `/api/records?${query}`, { signal }).then((r) => r.items);
  },

  get: (id: string, signal?: AbortSignal) =>
    request<InfoRecord>('GET', `/api/records/${encodeURIComponent(id)}`, { signal }),

  create: (body: NewRecord) => request<InfoRecord>('POST', '/api/records', { body }),

  disclose: (body: DiscloseBody) => request<DisclosureResult>('POST', '/api/disclosures', { body }),

  revoke: (disclosureId: string) =>
    request<{ id: string; revokedAt: string }>(
      'POST',
      `/api/disclosures/${encodeURIComponent(disclosureId)}/revoke`,
    ),

  config: (signal?: AbortSignal) => request<CompetenceConfig>('GET', '/api/competence/config', { signal }),

  decide: (body: DecideRequest, signal?: AbortSignal) =>
    request<DisclosureDecision>('POST', '/api/competence/decide', { body, signal }),

  /** Own-initiative and duty-to-notify rules for a record of these categories held by `from`. */
  obligations: (from: string, categories: string[], signal?: AbortSignal) =>
    request<{ items: Obligation[] }>(
      'GET',
      `/api/competence/obligations?${new URLSearchParams({ from, categories: categories.join(',') })}`,
      { signal },
    ).then((r) => r.items),
};
