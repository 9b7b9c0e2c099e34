/**
 * Live events as the server's stream (`GET /api/events/stream`) sends them, and which subscribers an
 * event concerns. Pure functions, so the matching is tested without a browser.
 */

/** The `data` of one server-sent event. */
export interface LiveEvent {
  id: number;
  type: string;
  subjectType: string;
  subjectId: string;
  targetIds: string[];
  data: Record<string, unknown>;
  createdAt: string;
}

export const STREAM_PATH = '/api/events/stream';

/**
 * Event names the stream uses. EventSource delivers a named event only to a listener for that name,
 * so a new kind of event is added here before any page can react to it.
 */
export const LIVE_EVENT_TYPES = [
  'record.created',
  'record.updated',
  'record.disclosed',
  'record.revoked',
  'disclosure_request.created',
  'disclosure_request.granted',
  'disclosure_request.declined',
  'target.created',
  'target.updated',
  'target.linked',
  'target.unlinked',
  'target.merged',
  'target.split',
  // Joint operations (docs/api/OPERATIONS-API.md, "Events").
  'operation.created',
  'operation.updated',
  'operation.transitioned',
  'operation.participant_invited',
  'operation.participant_responded',
  'operation.agenda_decided',
  'operation.target_decided',
  'operation.plan_saved',
  'operation.plan_approved',
  'operation.plan_shared',
  'operation.arrived',
  'operation.target_finished',
  'operation.finding_recorded',
  'operation.victim_referred',
  'operation.result_recorded',
  'operation.follow_up_changed',
  // A new result of one of the user's saved searches (features/realtime).
  'saved_search.matched',
] as const;

/** What a subscriber wants: event types (exact or `record.*`), and optionally one subject. */
export interface LiveEventFilter {
  types: readonly string[];
  subjectId?: string;
}

function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
}

export function matchesFilter(filter: LiveEventFilter, event: LiveEvent): boolean {
  if (filter.subjectId !== undefined && filter.subjectId !== event.subjectId) return false;
  return filter.types.some((pattern) => typeMatches(pattern, event.type));
}

/** The event in a message's data, or null for anything malformed (never throws). */
export function parseLiveEvent(data: unknown): LiveEvent | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as Partial<LiveEvent> | null;
    if (
      !value ||
      typeof value.id !== 'number' ||
      typeof value.type !== 'string' ||
      typeof value.subjectType !== 'string' ||
      typeof value.subjectId !== 'string'
    ) {
      return null;
    }
    return {
      id: value.id,
      type: value.type,
      subjectType: value.subjectType,
      subjectId: value.subjectId,
      targetIds: Array.isArray(value.targetIds) ? value.targetIds : [],
      data: value.data && typeof value.data === 'object' ? value.data : {},
      createdAt: typeof value.createdAt === 'string' ? value.createdAt : '',
    };
  } catch {
    return null;
  }
}

/** The stream address; after our own reconnect, resume after the last event seen. */
export function streamUrl(lastEventId: number | null): string {
  return lastEventId === null ? STREAM_PATH : `${STREAM_PATH}?lastEventId=${lastEventId}`;
}
