import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { TEST_PASSWORD } from '../../testing/constants.ts';
import { openSse } from '../../testing/sse-client.ts';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../../testing/test-db.ts';

interface Node {
  base: string;
  close(): Promise<void>;
}

async function startNode(db: TestDatabase, separateConnection = false): Promise<Node> {
  const database = separateConnection
    ? await openDatabase({ databaseUrl: db.ctx.config.databaseUrl, poolSize: 4 })
    : db.ctx.database;
  const ctx = { ...db.ctx, database, db: database.db };
  const { app } = await buildApp(ctx, { logger: false, serveWeb: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    async close() {
      await app.close();
      if (separateConnection) await database.close();
    },
  };
}

async function signIn(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

async function post(base: string, path: string, headers: Record<string, string>, body: unknown) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const tip = (title: string) => ({
  kind: 'tip',
  title,
  body: 'Workers say their passports were taken for "formalities".',
  classification: 'restricted',
  secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
  categories: ['police_information'],
});

describe.each(DB_KINDS)('live events on %s', (kind) => {
  let db: TestDatabase;
  let node: Node;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    node = await startNode(db);
  });
  afterAll(async () => {
    await node.close();
    await db.close();
  });

  it('delivers only what the receiver may see, at delivery time, and stops at revocation', async () => {
    const police = await signIn(node.base, 'police.officer');
    const osh = await signIn(node.base, 'osh.inspector');
    const policeStream = await openSse(`${node.base}/api/events/stream`, { cookie: police.cookie });
    const oshStream = await openSse(`${node.base}/api/events/stream`, { cookie: osh.cookie });
    try {
      const created = await post(node.base, '/api/records', police, tip('Passports taken'));
      const recordId = created.body.id as string;
      await policeStream.waitFor((e) => e.type === 'record.created' && e.data.subjectId === recordId);

      const disclosed = await post(node.base, '/api/disclosures', police, {
        recordIds: [recordId],
        to: ['osh'],
        purpose: 'foreign_labour_supervision',
        initiative: 'request',
      });
      expect(disclosed.status).toBe(201);
      await oshStream.waitFor((e) => e.type === 'record.disclosed' && e.data.subjectId === recordId);
      // The creation happened before osh could see the record: it never reached osh.
      expect(oshStream.events.some((e) => e.type === 'record.created' && e.data.subjectId === recordId)).toBe(
        false,
      );

      const disclosureId = (disclosed.body.disclosures as { id: string }[])[0]!.id;
      expect((await post(node.base, `/api/disclosures/${disclosureId}/revoke`, police, {})).status).toBe(200);
      await post(node.base, '/api/disclosures', police, {
        recordIds: [recordId],
        to: ['tax'],
        purpose: 'tax_supervision',
        initiative: 'request',
      });
      await policeStream.waitFor(
        (e) =>
          e.type === 'record.disclosed' &&
          e.data.subjectId === recordId &&
          e.id > oshStream.events.at(-1)!.id,
      );
      expect(oshStream.events.filter((e) => e.data.subjectId === recordId).map((e) => e.type)).toEqual([
        'record.disclosed',
      ]);
    } finally {
      policeStream.close();
      oshStream.close();
    }
  });

  it('resumes after a reconnect with Last-Event-ID, losing nothing', async () => {
    const police = await signIn(node.base, 'police.analyst');
    const first = await openSse(`${node.base}/api/events/stream`, { cookie: police.cookie });
    const a = await post(node.base, '/api/records', police, tip('Before the break'));
    const seen = await first.waitFor((e) => e.data.subjectId === a.body.id);
    first.close();
    const missed = await post(node.base, '/api/records', police, tip('During the break'));
    const resumed = await openSse(`${node.base}/api/events/stream`, {
      cookie: police.cookie,
      'last-event-id': String(seen.id),
    });
    try {
      const replayed = await resumed.waitFor((e) => e.data.subjectId === missed.body.id);
      expect(replayed.type).toBe('record.created');
      expect(resumed.events.some((e) => e.id <= seen.id)).toBe(false);
    } finally {
      resumed.close();
    }
  });

  it('refuses the stream without a session', async () => {
    expect((await fetch(`${node.base}/api/events/stream`)).status).toBe(401);
  });

  it('notifies watchers of a target, and only while they may see the record', async () => {
    const osh = await signIn(node.base, 'osh.inspector');
    const police = await signIn(node.base, 'police.officer');
    const company = '00000000-0000-4000-8000-0000000c0001';
    await db.ctx.database.db.execute(
      (await import('drizzle-orm'))
        .sql`INSERT INTO companies (id, business_id, name, owner_authority, classification)
        VALUES (${company}, '7000001-8', 'Marjapojat Oy', 'tax', 'public') ON CONFLICT DO NOTHING`,
    );
    expect(
      (await post(node.base, '/api/watches', osh, { subjectType: 'target', subjectId: company })).status,
    ).toBe(201);
    const created = await post(node.base, '/api/records', police, {
      ...tip('About Marjapojat'),
      targets: [{ type: 'company', id: company }],
    });
    const list = async () =>
      (await (await fetch(`${node.base}/api/notifications`, { headers: { cookie: osh.cookie } })).json()) as {
        unreadCount: number;
        items: { subjectId: string }[];
      };
    expect((await list()).items.some((n) => n.subjectId === created.body.id)).toBe(false);
    await post(node.base, '/api/disclosures', police, {
      recordIds: [created.body.id],
      to: ['osh'],
      purpose: 'foreign_labour_supervision',
      initiative: 'request',
    });
    const after = await list();
    expect(after.items.some((n) => n.subjectId === created.body.id)).toBe(true);
    expect(after.unreadCount).toBeGreaterThan(0);
    const read = await post(node.base, '/api/notifications/read', osh, { all: true });
    expect(read.status).toBe(200);
    expect((await list()).unreadCount).toBe(0);
  });
});

describe.skipIf(!process.env.DATABASE_URL)('two server nodes on one PostgreSQL', () => {
  let db: TestDatabase;
  let nodeA: Node;
  let nodeB: Node;
  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    nodeA = await startNode(db, true);
    nodeB = await startNode(db, true);
  });
  afterAll(async () => {
    await nodeA.close();
    await nodeB.close();
    await db.close();
  });

  it('delivers an observation created through node A to a stream on node B', async () => {
    const writer = await signIn(nodeA.base, 'police.officer');
    const reader = await signIn(nodeB.base, 'police.analyst');
    const stream = await openSse(`${nodeB.base}/api/events/stream`, { cookie: reader.cookie });
    try {
      const created = await post(nodeA.base, '/api/records', writer, {
        ...tip('Seen at the site'),
        kind: 'observation',
      });
      expect(created.status).toBe(201);
      const event = await stream.waitFor((e) => e.data.subjectId === created.body.id);
      expect(event.type).toBe('record.created');
    } finally {
      stream.close();
    }
  });
});

describe.each(DB_KINDS)('event ordering under concurrent writers on %s', (kind) => {
  let db: TestDatabase;
  let node: Node;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    node = await startNode(db);
  });
  afterAll(async () => {
    await node.close();
    await db.close();
  });

  it('delivers every event of a concurrent burst, once, in id order', async () => {
    const { emitEvent } = await import('../../platform/events/emit.ts');
    const admin = await signIn(node.base, 'admin');
    const stream = await openSse(`${node.base}/api/events/stream`, { cookie: admin.cookie });
    try {
      const burst = 120;
      const ids = await Promise.all(
        Array.from({ length: burst }, (_, i) =>
          db.ctx.db.transaction((tx) =>
            emitEvent(tx, { type: 'competence.changed', subjectType: 'competence', subjectId: `burst-${i}` }),
          ),
        ),
      );
      const last = Math.max(...ids);
      await stream.waitFor((e) => e.id === last, 10_000);
      const received = stream.events.filter((e) => e.data.subjectId.startsWith('burst-')).map((e) => e.id);
      expect(received).toHaveLength(burst);
      expect(received).toEqual([...received].sort((a, b) => a - b));
      expect(new Set(received).size).toBe(burst);
    } finally {
      stream.close();
    }
  });
});

describe.each(DB_KINDS)('node restart on %s', (kind) => {
  it('a client resumes on the restarted node with everything emitted while it was down', async () => {
    const db = await createTestDatabase(kind);
    try {
      const { emitEvent } = await import('../../platform/events/emit.ts');
      let node = await startNode(db);
      const admin = await signIn(node.base, 'admin');
      const before = await openSse(`${node.base}/api/events/stream`, { cookie: admin.cookie });
      const firstId = await db.ctx.db.transaction((tx) =>
        emitEvent(tx, { type: 'competence.changed', subjectType: 'competence', subjectId: 'before-restart' }),
      );
      await before.waitFor((e) => e.id === firstId);
      await node.close();
      await before.closed;
      const downId = await db.ctx.db.transaction((tx) =>
        emitEvent(tx, { type: 'competence.changed', subjectType: 'competence', subjectId: 'while-down' }),
      );
      node = await startNode(db);
      const after = await openSse(`${node.base}/api/events/stream`, {
        cookie: admin.cookie,
        'last-event-id': String(firstId),
      });
      try {
        expect((await after.waitFor((e) => e.id === downId)).data.subjectId).toBe('while-down');
      } finally {
        after.close();
        await node.close();
      }
    } finally {
      await db.close();
    }
  });
});
