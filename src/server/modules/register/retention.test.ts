import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetentionCommand } from '../../../cli/retention.ts';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { nextBusinessId } from './register.testing.ts';
import { runRetention, scheduleRetention } from './retention.ts';

const sha = (id: string) => createHash('sha256').update(id).digest('hex');

describe.each(DB_KINDS)('retention on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  const ids: Record<string, string> = {};
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestApp(kind);
    police = await t.signIn('police.officer');
    const company = await t.request(
      {
        method: 'POST',
        url: '/api/targets/companies',
        payload: { businessId: nextBusinessId(), name: 'Old case Oy' },
      },
      police,
    );
    const create = async (name: string, payload: object) => {
      const res = await t.request(
        {
          method: 'POST',
          url: '/api/records',
          payload: {
            kind: 'tip',
            title: `Record ${name}`,
            body: 'Personal details of a worker.',
            classification: 'restricted',
            secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
            categories: ['police_information'],
            targets: [{ type: 'company', id: company.json().id }],
            ...payload,
          },
        },
        police,
      );
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
    };
    await create('oldTip', { retentionUntil: yesterday });
    await create('oldTip2', { retentionUntil: yesterday });
    await create('oldAnalysis', { kind: 'analysis', retentionUntil: yesterday });
    await create('current', {});
    await t.request(
      {
        method: 'POST',
        url: `/api/records/${ids.oldTip}/attachments`,
        headers: { 'content-type': 'text/plain' },
        payload: 'notes',
      },
      police,
    );
    await t.request(
      {
        method: 'POST',
        url: '/api/disclosures',
        payload: {
          recordIds: [ids.oldTip],
          to: ['osh'],
          purpose: 'foreign_labour_supervision',
          initiative: 'request',
        },
      },
      police,
    );
  });
  afterAll(() => t.close());

  it('deletes what is past retention, keeps tips as anonymous statistics, and audits ids only as hashes', async () => {
    const report = await runRetention(t.ctx.db, { batchSize: 2 });
    expect(report).toEqual({ deleted: 1, anonymised: 2, batches: 2, ran: true });

    const left = await queryRows<{ id: string }>(t.ctx.db, sql`SELECT id FROM records`);
    expect(left.map((r) => r.id)).toEqual([ids.current]);
    for (const table of ['record_attachments', 'record_disclosures', 'record_targets', 'record_proposals']) {
      const [row] = await queryRows<{ n: number }>(
        t.ctx.db,
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE record_id IN (${ids.oldTip}, ${ids.oldAnalysis})`,
      );
      expect(row!.n, table).toBe(0);
    }
    const stats = await queryRows<{
      owner_authority: string;
      kind: string;
      categories: string[];
      count: number;
      month: string;
    }>(t.ctx.db, sql`SELECT owner_authority, kind, categories, count, month::text FROM record_statistics`);
    expect(stats).toEqual([
      {
        owner_authority: 'police',
        kind: 'tip',
        categories: ['police_information'],
        count: 2,
        month: `${new Date().toISOString().slice(0, 7)}-01`,
      },
    ]);

    const audit = await queryRows<{
      action: string;
      details: { idHashes?: string[]; deleted: number; anonymised: number };
    }>(t.ctx.db, sql`SELECT action, details FROM audit_log WHERE action LIKE 'retention.%' ORDER BY seq`);
    expect(audit.map((a) => a.action)).toEqual(['retention.delete', 'retention.delete', 'retention.run']);
    const hashes = audit.flatMap((a) => a.details.idHashes ?? []);
    expect(hashes.sort()).toEqual([ids.oldTip!, ids.oldTip2!, ids.oldAnalysis!].map(sha).sort());
    expect(JSON.stringify(audit)).not.toContain(ids.oldTip!);
    expect(audit.at(-1)!.details).toMatchObject({ deleted: 1, anonymised: 2 });
  });

  it('does nothing the second time, and runs from the CLI and on a schedule', async () => {
    expect(await runRetention(t.ctx.db)).toEqual({ deleted: 0, anonymised: 0, batches: 0, ran: true });
    expect(await runRetentionCommand(t.ctx, '2999-01-01')).toBe(0);
    expect(
      (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM records`))[0]!.n,
    ).toBe(0);
    expect(await runRetentionCommand(t.ctx, 'tomorrow')).toBe(2);
    const report = await new Promise((resolve, reject) => {
      const log = { error: (_details: object, message: string) => reject(new Error(message)) };
      const stop = scheduleRetention(t.ctx.db, log, {
        firstAfterMs: 1,
        intervalMs: 3_600_000,
        onRun: (r) => {
          stop();
          resolve(r);
        },
      });
    });
    expect(report).toMatchObject({ ran: true, deleted: 0 });
  });
});
