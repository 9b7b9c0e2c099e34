/** Typed calls to the tips inbox API: tips from the worker app's anonymous form, and replies. */
import { request } from '../../api/client.ts';

export interface TipSummary {
  id: string;
  createdAt: string;
  ownerAuthority: string;
  language: string | null;
  sector: string | null;
  municipality: string | null;
  anonymous: boolean;
  excerpt: string;
  replies: number;
}

export interface TipReply {
  id: string;
  body: string;
  createdAt: string;
  createdBy: string | null;
}

export interface Tip {
  id: string;
  createdAt: string;
  ownerAuthority: string;
  classification: string;
  secrecyBasis: string | null;
  retentionUntil: string;
  language: string | null;
  sector: string | null;
  municipality: string | null;
  contact: string | null;
  body: string;
  replies: TipReply[];
}

export const workerTipsApi = {
  list: (signal?: AbortSignal) =>
    request<{ items: TipSummary[] }>('GET', '/api/worker-tips', { signal }).then((r) => r.items),
  get: (id: string, signal?: AbortSignal) =>
    request<Tip>('GET', `/api/worker-tips/${encodeURIComponent(id)}`, { signal }),
  reply: (id: string, body: string) =>
    request<TipReply>('POST', `/api/worker-tips/${encodeURIComponent(id)}/replies`, { body: { body } }),
};
