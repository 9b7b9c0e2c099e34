/** Typed calls to the supervision plan routes (docs/api/OPERATIONS-API.md, "Supervision plan and field"). */
import type { UiLocale } from '../../../../contracts/languages.ts';
import type { TPlan, TSavePlan, TShareResult } from '../../../../server/modules/operations/plan.schemas.ts';
import { request } from '../../../api/client.ts';

export type Plan = TPlan;
export type PlanCard = TPlan['targets'][number];
export type ShareResult = TShareResult;
export type SavePlan = TSavePlan;

export interface PlanVersion {
  id: string;
  version: number;
  status: 'draft' | 'approved' | 'superseded';
  createdAt: string;
  approvedAt: string | null;
  sharedWith: string[] | null;
}

const base = (id: string) => `/api/operations/${encodeURIComponent(id)}/plan`;

export const planApi = {
  get: (id: string, locale: UiLocale, version: number | null, signal?: AbortSignal) => {
    const query = new URLSearchParams({ locale });
    if (version !== null) query.set('version', String(version));
    return request<Plan>('GET', `${base(id)}?${query}`, { signal });
  },
  versions: (id: string, signal?: AbortSignal) =>
    request<{ items: PlanVersion[] }>('GET', `${base(id)}/versions`, { signal }).then((r) => r.items),
  prefill: (id: string, locale: UiLocale) =>
    request<Pick<SavePlan, 'sections'> & { targets: SavePlan['targets'] }>(
      'GET',
      `${base(id)}/prefill?${new URLSearchParams({ locale })}`,
    ),
  save: (id: string, body: SavePlan) =>
    request<{ id: string; version: number; status: string }>('PUT', base(id), { body }),
  approve: (id: string) => request<{ version: number }>('POST', `${base(id)}/approve`),
  share: (id: string) => request<ShareResult>('POST', `${base(id)}/share`, { body: {} }),
  pdfUrl: (id: string, locale: UiLocale, version: number | null) => {
    const query = new URLSearchParams({ locale });
    if (version !== null) query.set('version', String(version));
    return `/api/operations/${encodeURIComponent(id)}/plan.pdf?${query}`;
  },
};
