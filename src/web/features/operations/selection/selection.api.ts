/** Typed calls of target selection (docs/api/OPERATIONS-API.md, "Target selection (risk)"). */
import type { LocalizedText } from '../../../../contracts/languages.ts';
import { request } from '../../../api/client.ts';

export type Decision = 'candidate' | 'selected' | 'rejected';

export interface IndicatorInfo {
  code: string;
  group: 'ilo' | 'modus_operandi' | 'sector' | 'compliance';
  basis: string;
  recordBased: boolean;
  title: LocalizedText;
  description: LocalizedText;
  source: string;
  unverified: boolean;
  defaultWeight: number;
  computation: string;
}

export interface IndicatorLibrary {
  version: string;
  date: string;
  indicators: IndicatorInfo[];
}

export interface Contribution {
  code: string;
  raw: number | null;
  strength: number;
  weight: number;
  contribution: number;
}

export interface Candidate {
  companyId: string;
  name: string;
  businessId: string;
  tolCode: string | null;
  municipality: string | null;
  score: number;
  contributions: Contribution[];
  operationTargetId: string | null;
  decision: Decision | null;
}

export interface Candidates {
  weights: Record<string, number>;
  computedAt: string | null;
  libraryVersion: string;
  filter: { tolPrefixes: string[]; municipalities: string[]; unknownSectors: string[] };
  items: Candidate[];
}

export interface OperationTarget {
  id: string;
  targetType: 'company' | 'worksite' | 'person';
  targetId: string;
  name: string | null;
  businessId: string | null;
  companyId: string | null;
  score: number | null;
  decision: Decision;
  rationale: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface ExplainedIndicator extends Contribution {
  group: string;
  basis: string;
  title: LocalizedText;
  source: string;
  unverified: boolean;
  records?: {
    visible: { id: string; title: string; kind: string; ownerAuthority: string; createdAt: string }[];
    hidden: { authority: string; count: number }[];
  };
}

export interface Explanation {
  company: { id: string; name: string; businessId: string };
  score: number;
  computedAt: string | null;
  libraryVersion: string;
  indicators: ExplainedIndicator[];
}

const op = (id: string) => `/api/operations/${encodeURIComponent(id)}`;

export const selectionApi = {
  library: (signal?: AbortSignal) => request<IndicatorLibrary>('GET', '/api/risk/indicators', { signal }),
  candidates: (operationId: string, signal?: AbortSignal) =>
    request<Candidates>('GET', `${op(operationId)}/candidates?limit=50`, { signal }),
  targets: (operationId: string, signal?: AbortSignal) =>
    request<{ items: OperationTarget[] }>('GET', `${op(operationId)}/targets`, { signal }).then(
      (r) => r.items,
    ),
  explain: (operationId: string, companyId: string, signal?: AbortSignal) =>
    request<Explanation>(
      'GET',
      `/api/risk/companies/${encodeURIComponent(companyId)}/explanation?operationId=${encodeURIComponent(operationId)}`,
      { signal },
    ),
  putWeights: (operationId: string, weights: Record<string, number>) =>
    request<{ weights: Record<string, number>; custom: Record<string, number> }>(
      'PUT',
      `${op(operationId)}/risk-weights`,
      { body: { weights } },
    ),
  addTarget: (operationId: string, companyId: string) =>
    request<OperationTarget>('POST', `${op(operationId)}/targets`, {
      body: { targetType: 'company', targetId: companyId },
    }),
  decide: (
    operationId: string,
    operationTargetId: string,
    decision: 'selected' | 'rejected',
    rationale: string,
  ) =>
    request<OperationTarget>(
      'PUT',
      `${op(operationId)}/targets/${encodeURIComponent(operationTargetId)}/decision`,
      {
        body: { decision, rationale },
      },
    ),
};
