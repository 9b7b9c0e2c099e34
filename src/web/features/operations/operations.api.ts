/** Typed calls to the operations routes (docs/api/OPERATIONS-API.md): clock, initiatives, operations. */
import { request } from '../../api/client.ts';
import type {
  AddressResult,
  AgendaItem,
  ClockItem,
  FollowUp,
  FollowUpStatus,
  Initiative,
  Investigation,
  NewClockItem,
  NewInitiative,
  NewOperation,
  Operation,
  OperationPatch,
  OperationStatistics,
  OperationStatus,
  OperationSummary,
  OperationTargetRef,
  Outcome,
  SuggestedSeat,
  TargetResult,
  Transition,
} from './operations.types.ts';

const op = (id: string) => `/api/operations/${encodeURIComponent(id)}`;
const items = <T>(answer: { items: T[] }) => answer.items;

export const operationsApi = {
  // The annual clock
  clock: (year: number, signal?: AbortSignal) =>
    request<{ items: ClockItem[] }>('GET', `/api/clock?year=${year}`, { signal }).then(items),
  createClockItem: (body: NewClockItem) => request<ClockItem>('POST', '/api/clock', { body }),
  deleteClockItem: (id: string) => request<unknown>('DELETE', `/api/clock/${encodeURIComponent(id)}`),

  // Supervision initiatives
  initiatives: (signal?: AbortSignal) =>
    request<{ items: Initiative[] }>('GET', '/api/initiatives', { signal }).then(items),
  initiative: (id: string, signal?: AbortSignal) =>
    request<Initiative>('GET', `/api/initiatives/${encodeURIComponent(id)}`, { signal }),
  createInitiative: (body: NewInitiative) => request<Initiative>('POST', '/api/initiatives', { body }),
  address: (id: string, authorities: string[], purpose: string) =>
    request<{ results: AddressResult[] }>('POST', `/api/initiatives/${encodeURIComponent(id)}/address`, {
      body: { authorities, purpose },
    }).then((answer) => answer.results),
  declineInitiative: (id: string, reason: string) =>
    request<Initiative>('POST', `/api/initiatives/${encodeURIComponent(id)}/decline`, { body: { reason } }),
  initiativeSuggestions: (id: string, signal?: AbortSignal) =>
    request<{ seats: SuggestedSeat[] }>(
      'GET',
      `/api/initiatives/${encodeURIComponent(id)}/suggested-participants`,
      { signal },
    ).then((answer) => answer.seats),

  // Operations
  list: (status: OperationStatus | null, signal?: AbortSignal) =>
    request<{ items: OperationSummary[] }>(
      'GET',
      status ? `/api/operations?status=${status}` : '/api/operations',
      { signal },
    ).then(items),
  get: (id: string, signal?: AbortSignal) => request<Operation>('GET', op(id), { signal }),
  create: (body: NewOperation) => request<Operation>('POST', '/api/operations', { body }),
  update: (id: string, body: OperationPatch) => request<Operation>('PATCH', op(id), { body }),
  transition: (id: string, transition: Transition, reason?: string) =>
    request<Operation>('POST', `${op(id)}/transitions`, {
      body: reason ? { transition, reason } : { transition },
    }),

  // Participants and the planning meeting
  suggestions: (id: string, signal?: AbortSignal) =>
    request<{ seats: SuggestedSeat[] }>('GET', `${op(id)}/participants/suggestions`, { signal }).then(
      (answer) => answer.seats,
    ),
  invite: (id: string, authorities: string[]) =>
    request<unknown>('POST', `${op(id)}/participants`, { body: { authorities } }),
  respond: (id: string, authority: string, accept: boolean, reason?: string) =>
    request<unknown>('POST', `${op(id)}/participants/${encodeURIComponent(authority)}/respond`, {
      body: reason ? { accept, reason } : { accept },
    }),
  agenda: (id: string, signal?: AbortSignal) =>
    request<{ items: AgendaItem[] }>('GET', `${op(id)}/agenda`, { signal }).then(items),
  decide: (id: string, itemId: string, decision: string) =>
    request<{ items: AgendaItem[] }>('PUT', `${op(id)}/agenda/${encodeURIComponent(itemId)}`, {
      body: { decision },
    }),
  addAgendaItem: (id: string, title: string) =>
    request<{ items: AgendaItem[] }>('POST', `${op(id)}/agenda`, { body: { title } }),

  // Feedback and follow-up
  results: (id: string, signal?: AbortSignal) =>
    request<{ items: TargetResult[] }>('GET', `${op(id)}/results`, { signal }).then(items),
  targets: (id: string, signal?: AbortSignal) =>
    request<{ items: OperationTargetRef[] }>('GET', `${op(id)}/targets`, { signal }).then(items),
  recordResult: (id: string, otid: string, outcome: Outcome, summary: string) =>
    request<unknown>('PUT', `${op(id)}/targets/${encodeURIComponent(otid)}/results`, {
      body: { outcome, summary },
    }),
  followUps: (id: string, signal?: AbortSignal) =>
    request<{ items: FollowUp[] }>('GET', `${op(id)}/follow-ups`, { signal }).then(items),
  addFollowUp: (
    id: string,
    body: { title: string; authority: string; dueOn: string; operationTargetId?: string; assignee?: string },
  ) => request<FollowUp>('POST', `${op(id)}/follow-ups`, { body }),
  setFollowUp: (id: string, fid: string, status: FollowUpStatus, outcome?: string) =>
    request<FollowUp>('PATCH', `${op(id)}/follow-ups/${encodeURIComponent(fid)}`, {
      body: outcome ? { status, outcome } : { status },
    }),
  investigations: (id: string, signal?: AbortSignal) =>
    request<{ items: Investigation[] }>('GET', `${op(id)}/investigations`, { signal }).then(items),
  addInvestigation: (
    id: string,
    body: { caseReference: string; crimeTitle: string; openedOn: string; operationTargetId?: string },
  ) => request<Investigation>('POST', `${op(id)}/investigations`, { body }),
  statistics: (id: string, signal?: AbortSignal) =>
    request<OperationStatistics>('GET', `${op(id)}/statistics`, { signal }),
};
