import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { auditRead, writeAudit } from './audit.ts';
import { canonicalJson } from './hash.ts';
import { verifyAuditChain } from './verify.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe.each(DB_KINDS)('audit log on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    for (let i = 0; i < 5; i++) {
      await t.ctx.db.transaction((tx) =>
        writeAudit(tx, { action: 'test.event', details: { i, nested: { b: 'ä', a: [1, 2] } } }),
      );
    }
  });
  afterAll(() => t.close());

  it('verifies an intact chain', async () => {
    const result = await verifyAuditChain(t.ctx.db);
    expect(result.ok).toBe(true);
    expect(result.rows).toBeGreaterThanOrEqual(6);
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(t.ctx.db.execute(sql`UPDATE audit_log SET action = 'x' WHERE seq = 2`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`DELETE FROM audit_log WHERE seq = 2`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
  });

  it('rolls the audit row back with a failed change', async () => {
    const before = await verifyAuditChain(t.ctx.db);
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await writeAudit(tx, { action: 'test.rolled_back' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    const after = await verifyAuditChain(t.ctx.db);
    expect(after.headSeq).toBe(before.headSeq);
  });

  it('groups concurrent read audits into shared commits, in order, each caller answered after its commit', async () => {
    const before = await verifyAuditChain(t.ctx.db);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => auditRead(t.ctx.db, { action: 'test.read', details: { i } })),
    );
    const rows = (await t.ctx.db.execute(
      sql`SELECT seq, details->>'i' AS i, xmin::text AS tx FROM audit_log WHERE action = 'test.read' ORDER BY seq`,
    )) as unknown as { rows: { seq: number | string; i: string; tx: string }[] };
    // Committed before the callers heard back, in the order they asked, with no gap in the chain.
    expect(rows.rows.map((r) => Number(r.i))).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(rows.rows.map((r) => Number(r.seq))).toEqual(
      Array.from({ length: 30 }, (_, i) => before.headSeq + 1 + i),
    );
    // The first went alone; those that arrived during its commit shared the next transactions.
    const transactions = new Set(rows.rows.map((r) => r.tx)).size;
    expect(transactions).toBeGreaterThan(1);
    expect(transactions).toBeLessThan(30);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('fails every caller in a group whose commit fails, and writes none of its rows', async () => {
    const before = await verifyAuditChain(t.ctx.db);
    // The first is written at once; the other two wait for it and then go together.
    const alone = auditRead(t.ctx.db, { action: 'test.group', details: { n: 1 } });
    const broken = auditRead(t.ctx.db, { action: 'test.group', details: { n: 10n } });
    const sharing = auditRead(t.ctx.db, { action: 'test.group', details: { n: 3 } });
    await expect(alone).resolves.toBeUndefined();
    await expect(broken).rejects.toThrow();
    await expect(sharing).rejects.toThrow();
    const after = await verifyAuditChain(t.ctx.db);
    expect(after.headSeq).toBe(before.headSeq + 1);
    expect(after.ok).toBe(true);
    // The group is free again.
    await expect(auditRead(t.ctx.db, { action: 'test.group', details: { n: 4 } })).resolves.toBeUndefined();
  });

  it('names the first tampered row when someone with superuser rights rewrites history', async () => {
    const [target] = (
      (await t.ctx.db.execute(
        sql`SELECT min(seq) AS seq FROM audit_log WHERE action = 'test.event'`,
      )) as unknown as {
        rows: { seq: number | string }[];
      }
    ).rows;
    const seq = Number(target!.seq) + 2;
    await t.ctx.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await t.ctx.db.execute(sql`UPDATE audit_log SET details = '{"i": 99}'::jsonb WHERE seq = ${seq}`);
    await t.ctx.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    const result = await verifyAuditChain(t.ctx.db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ seq, reason: 'hash_mismatch' });
    expect(result.headSeq).toBe(seq - 1);
  });

  it('lets a platform admin verify over HTTP and refuses an officer', async () => {
    const admin = await t.signIn('admin');
    const res = await t.request({ method: 'GET', url: '/api/audit/verify' }, admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(false); // tampered above
    const officer = await t.signIn('police.officer');
    expect((await t.request({ method: 'GET', url: '/api/audit/verify' }, officer)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/audit' }, officer)).statusCode).toBe(403);
  });

  it('shows an admin the log, newest first, and audits that reading', async () => {
    const admin = await t.signIn('admin');
    const page = await t.request({ method: 'GET', url: '/api/audit?limit=3' }, admin);
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.items).toHaveLength(3);
    expect(body.items[0].seq).toBeGreaterThan(body.items[2].seq);
    const next = await t.request(
      { method: 'GET', url: `/api/audit?limit=3&before=${body.nextBefore}` },
      admin,
    );
    expect(next.json().items[0].seq).toBeLessThan(body.items[2].seq);
    const reads = await t.request({ method: 'GET', url: '/api/audit?action=audit.read&limit=10' }, admin);
    expect(reads.json().items.length).toBeGreaterThanOrEqual(2);
    expect((await t.request({ method: 'GET', url: '/api/audit?limit=500' }, admin)).statusCode).toBe(400);
  });
});
