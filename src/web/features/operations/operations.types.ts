/**
 * Shapes of the operations API answers, as docs/api/OPERATIONS-API.md gives them. The state names and
 * the unmet-precondition codes are the server's own types (imported as types only, so nothing of the
 * server reaches the bundle and a renamed code fails the web type check).
 */
import type { LocalizedText } from '../../../contracts/languages.ts';
import type { ClockItemKind } from '../../../server/modules/operations/clock.tables.ts';
import type { FollowUpStatus } from '../../../server/modules/operations/followup.tables.ts';
import type { InitiativeStatus } from '../../../server/modules/operations/initiatives.tables.ts';
import type { Transition, Unmet } from '../../../server/modules/operations/operations.states.ts';
import type {
  InvitationStatus,
  OperationStatus,
  ParticipantRole,
} from '../../../server/modules/operations/operations.tables.ts';
import type { IssueArea } from '../competence/competence.types.ts';

export type {
  ClockItemKind,
  FollowUpStatus,
  InitiativeStatus,
  InvitationStatus,
  IssueArea,
  OperationStatus,
  ParticipantRole,
  Transition,
  Unmet,
};

export type Classification = 'public' | 'restricted' | 'secret';

export interface ClockItem {
  id: string;
  kind: ClockItemKind;
  title: string;
  description: string;
  sectors: string[];
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
  recurring: 'yearly' | 'once';
  ownerAuthority: string;
  authorities: string[];
  source: string | null;
  mayEdit: boolean;
}

export interface NewClockItem {
  kind: ClockItemKind;
  title: string;
  description?: string;
  sectors?: string[];
  startsOn: string;
  endsOn: string;
  recurring?: 'yearly' | 'once';
  authorities?: string[];
  source?: string;
}

export interface InitiativeRecordRef {
  id: string;
  title: string;
  kind: string;
}

export interface InitiativeAddressee {
  authority: string;
  legalBasis: string;
  disclosedAt: string;
}

export interface Initiative {
  id: string;
  ownerAuthority: string;
  title: string;
  need: string;
  observations: string;
  analysis: string;
  issueAreas: IssueArea[];
  sectors: string[];
  municipalities: string[];
  categories: string[];
  classification: Classification;
  secrecyBasis: string | null;
  status: InitiativeStatus;
  /** The reason given on declining or withdrawing (shown to the owner authority). */
  statusReason: string | null;
  clockItemId: string | null;
  /** Only in the answer for one initiative: the records this reader may see. */
  records?: InitiativeRecordRef[];
  /** Only for the owner: a recipient never sees the other recipients. */
  addressedTo?: InitiativeAddressee[];
  operationId: string | null;
  /** The reader may address it to other authorities (its owner authority, still open). */
  mayAddress: boolean;
  createdAt: string;
}

export interface NewInitiative {
  title: string;
  need: string;
  observations?: string;
  analysis?: string;
  issueAreas: IssueArea[];
  sectors?: string[];
  municipalities?: string[];
  categories?: string[];
  classification?: Classification;
  /** Required unless the classification is public. */
  secrecyBasis?: string;
  clockItemId?: string;
  recordIds?: string[];
}

export interface AddressResult {
  authority: string;
  allowed: boolean;
  legalBasis?: string | null;
  explanation: LocalizedText | string;
}

export interface ParticipantSummary {
  authority: string;
  role: ParticipantRole;
  status: InvitationStatus;
  supervises?: string;
  contact?: string;
  resources?: string;
  declineReason?: string | null;
  respondedAt?: string | null;
}

export interface OperationSummary {
  id: string;
  reference: string;
  title: string;
  leadAuthority: string;
  status: OperationStatus;
  startsOn: string | null;
  endsOn: string | null;
  participants: ParticipantSummary[];
  selectedTargets: number;
  openFollowUps: number;
}

export interface TransitionState {
  name: Transition;
  allowed: boolean;
  unmet: Unmet[];
}

export interface Operation extends OperationSummary {
  goal: string;
  issueAreas: IssueArea[];
  sectors: string[];
  municipalities: string[];
  meetingAt: string | null;
  meetingPlace: string | null;
  lessonsLearned: string;
  closingReason: string | null;
  initiativeId: string | null;
  clockItemId: string | null;
  you: { lead: boolean; authority: string };
  transitions: TransitionState[];
}

export interface NewOperation {
  title: string;
  initiativeId?: string;
  clockItemId?: string;
  issueAreas: IssueArea[];
  sectors?: string[];
  municipalities?: string[];
  goal?: string;
  startsOn?: string;
  endsOn?: string;
}

export interface OperationPatch {
  title?: string;
  goal?: string;
  startsOn?: string | null;
  endsOn?: string | null;
  meetingAt?: string | null;
  meetingPlace?: string | null;
  lessonsLearned?: string;
}

export interface SuggestedSeat {
  authority: string;
  name: LocalizedText;
  why: LocalizedText;
  issueAreas: IssueArea[];
  competences: { id: string; kind: string; title: LocalizedText }[];
  score: number;
  status: InvitationStatus | null;
}

export interface AgendaItem {
  id: string;
  itemKey: string;
  position: number;
  title: string | null;
  decision: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** GET /api/operations/:id/targets (the selection module's list). */
export interface OperationTargetRef {
  id: string;
  targetType: 'company' | 'worksite' | 'person';
  targetId: string;
  /** Null when the reader may not see the target itself. */
  name: string | null;
  businessId?: string | null;
  decision: 'candidate' | 'selected' | 'rejected';
}

export const OUTCOMES = [
  'no_findings',
  'guidance',
  'improvement_notice',
  'sanction',
  'report_of_offence',
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** GET /api/operations/:id/results: one row per target and authority. */
export interface TargetResult {
  operationTargetId: string;
  authority: string;
  outcome: Outcome;
  summary: string;
  recordedAt: string;
}

export interface FollowUp {
  id: string;
  title: string;
  authority: string;
  assignee: string | null;
  assigneeName?: string | null;
  dueOn: string;
  status: FollowUpStatus;
  outcome: string | null;
  operationTargetId: string | null;
  overdue: boolean;
  /** The reader's authority owns it, or the reader leads the operation. */
  mayChange: boolean;
}

export interface Investigation {
  id: string;
  authority: string;
  /** The investigating authority's own case number: given to that authority only. */
  caseReference: string | null;
  crimeTitle: string;
  crimeSection: string;
  openedOn: string;
  operationTargetId: string | null;
}

export interface OperationStatistics {
  targets: { selected: number; visited: number; notVisited: number };
  findingsByArea: Record<string, number>;
  iloIndicators: Record<string, number>;
  victimsReferred: number;
  followUps: { open: number; done: number; cancelled: number; overdue: number };
  investigations: number;
  investigationsByCrime: Record<string, number>;
  outcomes: Record<string, number>;
  byAuthority: {
    authority: string;
    results: number;
    findings: number;
    victimsReferred: number;
    followUpsOpen: number;
    investigations: number;
  }[];
}
