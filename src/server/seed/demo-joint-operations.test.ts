/**
 * The demo joint operations: built through the operations services on a demo register, in the phases
 * the README promises, visible to the demo officials, audited as their own work, and seeded only once.
 */
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOperation, TOperationSummary } from '../modules/operations/operations.schemas.ts';
import { agendaItems, operations } from '../modules/operations/operations.tables.ts';
import { operationPlans, planShares } from '../modules/operations/plan.tables.ts';
import { operationTargets } from '../modules/operations/selection.tables.ts';
import { auditLog } from '../platform/audit/audit.table.ts';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app.ts';
import { DB_KINDS } from '../testing/test-db.ts';
import { seedDemoData } from './demo-data.ts';
import {
  DEMO_EXECUTING_TITLE,
  DEMO_PLANNING_TITLE,
  seedDemoJointOperations,
} from './demo-joint-operations.ts';
import { seedDemoOperations } from './demo-operations.ts';

describe.each(DB_KINDS)('demo joint operations (%s)', (kind) => {
  let t: TestApp;
  let osh: SignedIn;
  let lead: SignedIn;
  let items: TOperationSummary[];
  const byTitle = (title: string) => items.find((i) => i.title === title)!;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedDemoData(t.ctx.db, { seed: 1, companies: 120 });
    await seedDemoOperations(t.ctx.db);
    expect(await seedDemoJointOperations(t.ctx.db, new Date('2026-11-30T08:00:00Z'))).toBe(2);
    [osh, lead] = await Promise.all([t.signIn('osh.inspector'), t.signIn('police.lead')]);
    const res = await t.request({ method: 'GET', url: '/api/operations' }, osh);
    items = (res.json() as { items: TOperationSummary[] }).items;
  }, 120_000);
  afterAll(() => t.close());

  it('gives osh.inspector a planning and an executing operation, police leading, OSH and Tax accepted', () => {
    expect(items.map((i) => [i.title, i.status])).toEqual([
      [DEMO_EXECUTING_TITLE, 'executing'],
      [DEMO_PLANNING_TITLE, 'planning'],
    ]);
    for (const item of items) {
      expect(item.leadAuthority).toBe('police');
      expect(item.participants.map((p) => [p.authority, p.status])).toEqual([
        ['police', 'accepted'],
        ['osh', 'accepted'],
        ['tax', 'accepted'],
      ]);
    }
  });

  it('plans the berry farms: the meeting’s required decisions, candidates proposed by OSH, nothing chosen', async () => {
    const { id } = byTitle(DEMO_PLANNING_TITLE);
    const agenda = await t.ctx.db.select().from(agendaItems).where(eq(agendaItems.operationId, id));
    expect(agenda.filter((a) => a.decision.trim()).map((a) => a.itemKey)).toEqual(
      expect.arrayContaining(['lead_authority', 'main_goal', 'participants']),
    );
    const res = await t.request({ method: 'GET', url: `/api/operations/${id}` }, lead);
    const approve = (res.json() as TOperation).transitions.find((x) => x.name === 'approve_plan');
    // Only the targets and the plan are left for the newcomer to do.
    expect(approve?.unmet).toEqual(['no_selected_targets', 'no_plan_draft']);
    const targets = await t.ctx.db
      .select({ decision: operationTargets.decision })
      .from(operationTargets)
      .where(eq(operationTargets.operationId, id));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((x) => x.decision === 'candidate')).toBe(true);
  });

  it('runs the construction sites: 3–5 targets with rationale, plan v1 approved and shared, field view open', async () => {
    const { id, selectedTargets } = byTitle(DEMO_EXECUTING_TITLE);
    expect(selectedTargets).toBeGreaterThanOrEqual(3);
    expect(selectedTargets).toBeLessThanOrEqual(5);
    const targets = await t.ctx.db
      .select()
      .from(operationTargets)
      .where(eq(operationTargets.operationId, id));
    for (const x of targets) {
      expect(x.decision).toBe('selected');
      expect(x.rationale.trim()).not.toBe('');
    }
    const plans = await t.ctx.db.select().from(operationPlans).where(eq(operationPlans.operationId, id));
    expect(plans.map((p) => [p.version, p.status])).toEqual([[1, 'approved']]);
    const shares = await t.ctx.db.select().from(planShares).where(eq(planShares.planId, plans[0]!.id));
    expect(shares.map((s) => s.toAuthority).sort()).toEqual(['osh', 'tax']);
    const field = await t.request({ method: 'GET', url: `/api/operations/${id}/field` }, osh);
    expect(field.statusCode).toBe(200);
    expect((field.json() as { targets: unknown[] }).targets).toHaveLength(selectedTargets);
  });

  it('audits every step as the demo official who took it', async () => {
    const rows = await t.ctx.db
      .select({ action: auditLog.action, actorUsername: auditLog.actorUsername })
      .from(auditLog)
      .where(eq(auditLog.requestId, 'seed:demo-joint-operations'));
    const actions = new Set(rows.map((r) => `${r.actorUsername} ${r.action}`));
    for (const expected of [
      'police.lead operation.create',
      'police.lead operation.participants.invite',
      'osh.inspector operation.participants.respond',
      'tax.officer operation.participants.respond',
      'osh.inspector operation.target_added',
      'police.lead operation.target_decided',
      'police.lead operation.plan.approve',
      'police.lead operation.plan.share',
      'police.lead operation.transition',
    ])
      expect(actions).toContain(expected);
  });

  it('starts the demo officials with an empty bell: the seed’s own notifications are read', async () => {
    for (const who of [osh, lead]) {
      const list = (await t.request({ method: 'GET', url: '/api/notifications' }, who)).json() as {
        unreadCount: number;
        items: unknown[];
      };
      expect(list.unreadCount).toBe(0);
    }
    // …but they were written, as for any user's steps (the operations' history is in them).
    const osList = (await t.request({ method: 'GET', url: '/api/notifications' }, osh)).json() as {
      items: unknown[];
    };
    expect(osList.items.length).toBeGreaterThan(0);
  });

  it('seeds only a database without operations', async () => {
    expect(await seedDemoJointOperations(t.ctx.db)).toBe(0);
    const [n] = await t.ctx.db
      .select({ n: count() })
      .from(operations)
      .where(inArray(operations.title, [DEMO_PLANNING_TITLE, DEMO_EXECUTING_TITLE]));
    expect(n?.n).toBe(2);
  });
});

describe.each(DB_KINDS)('demo joint operations without construction companies (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  }, 60_000);
  afterAll(() => t.close());

  it('seeds the planning operation alone (a plan needs a selected target)', async () => {
    expect(await seedDemoJointOperations(t.ctx.db)).toBe(1);
    const rows = await t.ctx.db
      .select({ title: operations.title, status: operations.status })
      .from(operations);
    expect(rows).toEqual([{ title: DEMO_PLANNING_TITLE, status: 'planning' }]);
  });
});
