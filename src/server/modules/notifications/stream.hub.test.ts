import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { Role } from '../../../contracts/roles.ts';
import { type DeliverableEvent, formatFrame, type SubjectAccess } from '../../platform/events/bus.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { type StreamConnection, StreamHub } from './stream.hub.ts';

const actor = (userId: string, authority: AuthorityCode, roles: Role[]): Actor => ({
  userId,
  username: userId,
  displayName: userId,
  authority,
  unitId: null,
  roles,
});

function connection(a: Actor, sentUpTo = 0, replaying = false) {
  const written: string[] = [];
  const res = {
    write: (chunk: string | Buffer) => written.push(chunk.toString()),
  } as unknown as ServerResponse;
  const conn: StreamConnection = { actor: a, res, sentUpTo, replaying, buffered: [] };
  const ids = () => [...written.join('').matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
  return { conn, ids };
}

const event = (id: number, access: SubjectAccess | null): DeliverableEvent => {
  const row = {
    id,
    type: 'record.created',
    subjectType: 'record',
    subjectId: `r${id}`,
    targetIds: [],
    data: {},
    actorUserId: null,
    createdAt: new Date(0),
  };
  return { ...row, access, frame: formatFrame(row) };
};

const policeOnly: SubjectAccess = {
  kind: 'record',
  policy: { ownerAuthority: 'police', classification: 'restricted', disclosedTo: [] },
};
const everyone: SubjectAccess = { kind: 'signed_in' };

describe('the stream hub', () => {
  it('decides per class, and writes each connection only what its actor may receive', () => {
    const hub = new StreamHub();
    const p1 = connection(actor('p1', 'police', ['officer']));
    const p2 = connection(actor('p2', 'police', ['officer']));
    const o1 = connection(actor('o1', 'osh', ['officer']));
    const editor = connection(actor('e1', 'police', ['content_editor']));
    for (const c of [p1, p2, o1, editor]) hub.add(c.conn);
    hub.deliver([event(1, policeOnly), event(2, everyone), event(3, null)]);
    expect(p1.ids()).toEqual([1, 2]);
    expect(p2.ids()).toEqual([1, 2]);
    expect(o1.ids()).toEqual([2]);
    // Same authority, no casework role: another class, another answer.
    expect(editor.ids()).toEqual([2]);
  });

  it('checks per-user events for each connection', () => {
    const hub = new StreamHub();
    const a = connection(actor('a', 'police', ['officer']));
    const b = connection(actor('b', 'police', ['officer']));
    hub.add(a.conn);
    hub.add(b.conn);
    hub.deliver([
      event(1, { kind: 'user', userId: 'a' }),
      event(2, { kind: 'user', userId: 'b', policy: { ...policeOnly.policy, ownerAuthority: 'osh' } }),
      event(3, policeOnly),
    ]);
    expect(a.ids()).toEqual([1, 3]);
    // b owns event 2, but may not read its record: not delivered.
    expect(b.ids()).toEqual([3]);
  });

  it('buffers while replaying, skips what was already sent, and stops after removal', () => {
    const hub = new StreamHub();
    const replaying = connection(actor('r', 'police', ['officer']), 0, true);
    const resumed = connection(actor('s', 'police', ['officer']), 5);
    hub.add(replaying.conn);
    hub.add(resumed.conn);
    hub.deliver([event(4, everyone), event(5, everyone), event(6, everyone)]);
    expect(replaying.ids()).toEqual([]);
    expect(replaying.conn.buffered.map((e) => e.id)).toEqual([4, 5, 6]);
    expect(resumed.ids()).toEqual([6]);
    hub.remove(resumed.conn);
    hub.deliver([event(7, everyone)]);
    expect(resumed.ids()).toEqual([6]);
    expect(hub.size).toBe(1);
  });
});
