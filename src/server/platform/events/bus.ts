/**
 * The event bus of one server node. It LISTENs on the outbox channel (in-process on PGlite, across
 * processes on PostgreSQL), reads new outbox rows in id order, asks the subject resolver ONCE per
 * event what the subject's access rule is *now*, and hands the batch to subscribers (the SSE streams),
 * which check each receiver with `mayReceive` — the same decide() the API uses.
 */
import { and, asc, gt, gte, max } from 'drizzle-orm';
import { operationAccess } from '../../modules/operations/operations.access.ts';
import type { Database, Db } from '../db/client.ts';
import { type Actor, hasRole } from '../policy/actor.ts';
import { decide, type PolicyRecord } from '../policy/decide.ts';
import { EVENTS_CHANNEL } from './emit.ts';
import { events } from './events.table.ts';

export type EventRow = typeof events.$inferSelect;

/** Who may receive an event, decided from its subject at delivery time. */
export type SubjectAccess =
  | { kind: 'record'; policy: PolicyRecord }
  | { kind: 'signed_in' }
  /** One user; with a policy, only while that user may also read it (a saved search's match). */
  | { kind: 'user'; userId: string; policy?: PolicyRecord }
  | { kind: 'roles'; roles: string[] }
  /** An operation's members (lead and invited/accepted participants), loaded when the event is read. */
  | {
      kind: 'operation';
      leadAuthority: string;
      participants: { authority: string; status: 'suggested' | 'invited' | 'accepted' | 'declined' }[];
    };

export interface DeliverableEvent extends EventRow {
  access: SubjectAccess | null;
  /** The SSE frame, serialised once per event for all receivers. */
  frame: string;
}

/**
 * Receivers with the same class get the same answer from `mayReceive` for every access kind except
 * `user` (which also depends on the user id): authority, unit and roles are all it reads. The stream
 * decides once per class per event and writes one shared buffer to the class's connections.
 */
export function receiverClass(actor: Actor): string {
  return `${actor.authority}|${actor.unitId ?? ''}|${[...actor.roles].sort().join(',')}`;
}

/** True when the decision depends on who the receiver is, not only on their class. */
export const perReceiver = (access: SubjectAccess | null): boolean => access?.kind === 'user';

/** The SSE frame of an event: what a receiver gets, once the policy lets it through. */
export function formatFrame(e: EventRow): string {
  const data = {
    id: e.id,
    type: e.type,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    targetIds: e.targetIds,
    data: e.data,
    createdAt: e.createdAt.toISOString(),
  };
  return `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Parses an outbox row carried in a NOTIFY payload; null for a bare id. */
function parseNotified(payload: string): EventRow | null {
  if (!payload.startsWith('{')) return null;
  try {
    const raw = JSON.parse(payload) as Omit<EventRow, 'createdAt'> & { createdAt: string };
    return { ...raw, id: Number(raw.id), createdAt: new Date(raw.createdAt) };
  } catch {
    return null;
  }
}

export type SubjectResolver = (db: Db, rows: EventRow[]) => Promise<Map<string, SubjectAccess>>;
export const subjectKey = (type: string, id: string) => `${type}:${id}`;

/** The per-receiver check: a missing subject (null) reaches nobody. */
export function mayReceive(actor: Actor, access: SubjectAccess | null): boolean {
  if (!access) return false;
  switch (access.kind) {
    case 'record':
      return decide(actor, 'read', access.policy).allowed;
    case 'signed_in':
      return true;
    case 'user':
      return (
        access.userId === actor.userId && (!access.policy || decide(actor, 'read', access.policy).allowed)
      );
    case 'roles':
      return access.roles.some((r) => hasRole(actor, r as never));
    case 'operation':
      return operationAccess(actor, access, access.participants).member;
    default:
      return false;
  }
}

type Listener = (batch: DeliverableEvent[]) => void;

export class EventBus {
  private lastId = 0;
  private readonly listeners = new Set<Listener>();
  private fetching: Promise<void> | null = null;
  /** Rows that arrived inside NOTIFY payloads, waiting to be delivered in id order. */
  private readonly notified = new Map<number, EventRow>();
  private pending = false;
  private unlisten: (() => Promise<void>) | null = null;
  private safetyPoll: NodeJS.Timeout | null = null;
  /** Set by the app to log read failures (without personal data); the next poke retries. */
  onError: (error: unknown) => void = () => undefined;

  constructor(
    private readonly database: Database,
    private readonly resolve: SubjectResolver,
    private readonly retentionMs = 7 * 24 * 3_600_000,
  ) {}

  async start(): Promise<void> {
    const [row] = await this.database.db.select({ id: max(events.id) }).from(events);
    this.lastId = Number(row?.id ?? 0);
    this.unlisten = await this.database.listen(EVENTS_CHANNEL, (payload) => {
      const row = parseNotified(payload);
      if (row && row.id > this.lastId) this.notified.set(row.id, row);
      this.poke();
    });
    // A NOTIFY can be lost while a listening connection reconnects: a slow poll closes that gap.
    this.safetyPoll = setInterval(() => this.poke(), 5_000);
    this.safetyPoll.unref();
  }

  async stop(): Promise<void> {
    if (this.safetyPoll) clearInterval(this.safetyPoll);
    await this.unlisten?.();
    this.listeners.clear();
    await this.fetching;
  }

  get size(): number {
    return this.listeners.size;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events after `afterId` still inside the retention window, with their access resolved now. */
  async replay(afterId: number, limit = 1_000): Promise<DeliverableEvent[]> {
    const since = new Date(Date.now() - this.retentionMs);
    const rows = await this.database.db
      .select()
      .from(events)
      .where(and(gt(events.id, afterId), gte(events.createdAt, since)))
      .orderBy(asc(events.id))
      .limit(limit);
    return this.withAccess(rows);
  }

  /** Wakes the reader; several NOTIFYs during one read coalesce into one more read. */
  poke(): void {
    this.pending = true;
    this.fetching ??= this.drain()
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.fetching = null;
      });
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      this.pending = false;
      // Contiguous rows from NOTIFY payloads need no read; a gap (a lost or oversized NOTIFY) falls
      // back to reading the outbox, so ids are always delivered in order and none is skipped.
      let rows: EventRow[] = [];
      for (let next = this.lastId + 1; this.notified.has(next); next++) rows.push(this.notified.get(next)!);
      if (!rows.length) {
        rows = await this.database.db
          .select()
          .from(events)
          .where(gt(events.id, this.lastId))
          .orderBy(asc(events.id))
          .limit(500);
      }
      for (const r of rows) this.notified.delete(r.id);
      for (const id of this.notified.keys())
        if (id <= (rows.at(-1)?.id ?? this.lastId)) this.notified.delete(id);
      if (!rows.length) continue;
      this.lastId = rows.at(-1)!.id;
      // A gap left in the NOTIFY rows, or a full page, means there is more to read.
      if (rows.length === 500 || this.notified.size) this.pending = true;
      const batch = await this.withAccess(rows);
      for (const listener of this.listeners) listener(batch);
    }
  }

  private async withAccess(rows: EventRow[]): Promise<DeliverableEvent[]> {
    const access = await this.resolve(this.database.db, rows);
    return rows.map((r) => ({
      ...r,
      access: access.get(subjectKey(r.subjectType, r.subjectId)) ?? null,
      frame: formatFrame(r),
    }));
  }
}
