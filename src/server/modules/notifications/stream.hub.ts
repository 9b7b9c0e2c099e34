/**
 * The open SSE connections of one node, grouped by receiver class (bus.ts `receiverClass`: authority,
 * unit, roles). For each batch from the bus the hub asks `mayReceive` ONCE per class per event — the
 * same decide() as the API, with the subject's access as loaded for this batch — joins the allowed
 * frames into one buffer and writes that same buffer to every connection of the class: no per-connection
 * JSON, string building or UTF-8 encoding. Events whose access depends on the receiver's identity
 * (`user`) are checked per connection. A connection still replaying (Last-Event-ID) buffers batches;
 * ids at or below what it already sent are skipped, so nothing is lost or doubled.
 */
import type { ServerResponse } from 'node:http';
import { type DeliverableEvent, mayReceive, perReceiver, receiverClass } from '../../platform/events/bus.ts';
import type { Actor } from '../../platform/policy/actor.ts';

export interface StreamConnection {
  actor: Actor;
  res: ServerResponse;
  sentUpTo: number;
  replaying: boolean;
  buffered: DeliverableEvent[];
}

export class StreamHub {
  private readonly classes = new Map<string, Set<StreamConnection>>();

  get size(): number {
    let n = 0;
    for (const set of this.classes.values()) n += set.size;
    return n;
  }

  add(conn: StreamConnection): void {
    const key = receiverClass(conn.actor);
    const set = this.classes.get(key) ?? new Set<StreamConnection>();
    this.classes.set(key, set);
    set.add(conn);
  }

  remove(conn: StreamConnection): void {
    const key = receiverClass(conn.actor);
    const set = this.classes.get(key);
    set?.delete(conn);
    if (set && !set.size) this.classes.delete(key);
  }

  /** Sends a batch to one connection, checking each event for it (replay, catch-up, per-user events). */
  static sendEach(conn: StreamConnection, batch: readonly DeliverableEvent[]): void {
    let out = '';
    for (const e of batch) {
      if (e.id <= conn.sentUpTo) continue;
      conn.sentUpTo = e.id;
      if (mayReceive(conn.actor, e.access)) out += e.frame;
    }
    if (out) conn.res.write(out);
  }

  deliver(batch: readonly DeliverableEvent[]): void {
    if (!batch.length) return;
    const first = batch[0]!.id;
    const last = batch.at(-1)!.id;
    const personal = batch.some((e) => perReceiver(e.access));
    for (const conns of this.classes.values()) {
      let shared: Buffer | null = null;
      for (const conn of conns) {
        if (conn.replaying) {
          conn.buffered.push(...batch);
          continue;
        }
        if (personal || first <= conn.sentUpTo) {
          StreamHub.sendEach(conn, batch);
          continue;
        }
        if (shared === null) {
          // Decided once for the class, with this connection's actor as its representative.
          let frames = '';
          for (const e of batch) if (mayReceive(conn.actor, e.access)) frames += e.frame;
          shared = Buffer.from(frames);
        }
        conn.sentUpTo = last;
        if (shared.length) conn.res.write(shared);
      }
    }
  }
}
