/**
 * Editing the stored map on both databases: a new version per change with who/when/why, old versions
 * kept, a diff, an audit row, decisions citing the new version — and an invalid edit that changes
 * nothing at all. Also verify and retire.
 */
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.table.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { bumpRevision, insertVersion, loadHistory, readRevision } from './competence.repository.ts';
import { seedCompetenceMap } from './competence.seed.ts';

const RULE = 'osh-police-duty-50';
const DECIDE = {
  from: 'osh',
  to: 'police',
  categories: ['osh_inspection_findings'],
  purpose: 'crime_investigation',
  initiative: 'own',
  at: '2026-02-01',
};

describe.each(DB_KINDS)('competence versioning on %s', (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  const auditRows = (action: string) => t.ctx.db.select().from(auditLog).where(eq(auditLog.action, action));
  const getRule = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/competence/rules/${id}` }, admin)).json();

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedCompetenceMap(t.ctx.db);
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('seeding is idempotent', async () => {
    expect(await seedCompetenceMap(t.ctx.db)).toBe(0);
    expect((await readRevision(t.ctx.db))?.revision).toBe(1);
  });

  it('refuses an edit that breaks the map, listing the problem, and changes nothing', async () => {
    const before = await readRevision(t.ctx.db);
    const { rule } = await getRule(RULE);
    const res = await t.request(
      {
        method: 'PUT',
        url: `/api/competence/items/rule/${RULE}`,
        payload: { data: { ...rule, categories: ['no_such_category'] }, changeNote: 'typo' },
      },
      admin,
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.details.problems).toEqual([
      expect.objectContaining({ message: `rule '${RULE}': unknown data category 'no_such_category'` }),
    ]);
    expect((await getRule(RULE)).rule.version).toBe(1);
    expect((await readRevision(t.ctx.db))?.revision).toBe(before?.revision);
    expect(await auditRows('competence.rule.update')).toHaveLength(0);
  });

  it('an admin edit writes version 2, keeps version 1, is audited and is what decisions cite', async () => {
    const { rule } = await getRule(RULE);
    const conditions = [
      ...rule.conditions,
      { fi: 'Lisäehto.', sv: 'Tilläggsvillkor.', en: 'Extra condition.' },
    ];
    const res = await t.request(
      {
        method: 'PUT',
        url: `/api/competence/items/rule/${RULE}`,
        payload: { data: { ...rule, conditions }, changeNote: 'Clarified the condition', baseVersion: 1 },
      },
      admin,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ changed: true, revision: 2, item: { version: 2, isCurrent: true } });
    expect(res.json().item.data.version).toBe(2);

    const history = (
      await t.request({ method: 'GET', url: `/api/competence/items/rule/${RULE}/history` }, admin)
    ).json().items;
    expect(history.map((v: { version: number; isCurrent: boolean }) => [v.version, v.isCurrent])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(history[0]).toMatchObject({ changedBy: admin.userId, changeNote: 'Clarified the condition' });
    expect(history[0].changedByName.length).toBeGreaterThan(0);
    expect(Date.parse(history[0].changedAt)).toBeGreaterThan(Date.parse(history[1].changedAt));
    expect(history[1].data.conditions).toEqual(rule.conditions);

    const diff = (
      await t.request({ method: 'GET', url: `/api/competence/items/rule/${RULE}/diff?from=1&to=2` }, admin)
    ).json();
    expect(diff.changes).toEqual([
      { path: `conditions[${rule.conditions.length}]`, after: conditions.at(-1) },
    ]);

    const audit = await auditRows('competence.rule.update');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUsername: 'admin', targetId: `rule/${RULE}` });
    expect(audit[0]?.details).toMatchObject({
      itemId: RULE,
      oldVersion: 1,
      newVersion: 2,
      changeNote: 'Clarified the condition',
    });

    const decision = (
      await t.request({ method: 'POST', url: '/api/competence/decide', payload: DECIDE }, admin)
    ).json();
    expect(decision.ruleVersions).toContainEqual({ id: RULE, version: 2 });
    const matrix = (
      await t.request(
        {
          method: 'GET',
          url: '/api/competence/matrix?category=osh_inspection_findings&purpose=crime_investigation&initiative=own&at=2026-02-01',
        },
        admin,
      )
    ).json();
    const cell = matrix.cells.find(
      (c: { from: string; to: string }) => c.from === 'osh' && c.to === 'police',
    );
    expect(cell.ruleIds).toContainEqual({ id: RULE, version: 2 });
  });

  it('refuses a stale baseVersion, a mismatched id and an unchanged edit writes nothing', async () => {
    const { rule } = await getRule(RULE);
    const put = (payload: Record<string, unknown>, id = RULE) =>
      t.request({ method: 'PUT', url: `/api/competence/items/rule/${id}`, payload }, admin);
    expect((await put({ data: rule, changeNote: 'x', baseVersion: 1 })).statusCode).toBe(409);
    expect((await put({ data: rule, changeNote: 'x' }, 'osh-police-own-4d')).statusCode).toBe(400);
    const same = await put({ data: rule, changeNote: 'nothing' });
    expect(same.json()).toMatchObject({ changed: false, revision: null, item: { version: 2 } });
  });

  it('creates, verifies and retires rules as new versions', async () => {
    const { rule } = await getRule('osh-police-own-4d');
    expect(rule.verified).toBe(false);
    const verified = await t.request(
      {
        method: 'POST',
        url: '/api/competence/items/rule/osh-police-own-4d/verify',
        payload: { note: 'Read 4 d § again' },
      },
      admin,
    );
    expect(verified.json()).toMatchObject({
      changed: true,
      item: { version: 2, changeNote: 'Read 4 d § again', data: { verified: true } },
    });

    const created = await t.request(
      {
        method: 'POST',
        url: '/api/competence/items/rule',
        payload: { data: { ...rule, id: 'osh-police-own-4d-copy', verified: false }, changeNote: 'A copy' },
      },
      admin,
    );
    expect(created.statusCode).toBe(201);
    expect(created.json().item).toMatchObject({ version: 1, itemId: 'osh-police-own-4d-copy' });
    const again = await t.request(
      {
        method: 'POST',
        url: '/api/competence/items/rule',
        payload: { data: { ...rule }, changeNote: 'dup' },
      },
      admin,
    );
    expect(again.statusCode).toBe(409);

    const retired = await t.request(
      {
        method: 'POST',
        url: '/api/competence/rules/osh-police-own-4d-copy/retire',
        payload: { validTo: '2026-01-31', changeNote: 'Not needed' },
      },
      admin,
    );
    expect(retired.json()).toMatchObject({ item: { version: 2, data: { validTo: '2026-01-31' } } });
    expect((await getRule('osh-police-own-4d-copy')).history).toHaveLength(2);
    const actions = await t.ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(like(auditLog.action, 'competence.rule.%'), eq(auditLog.actorUsername, 'admin')));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['competence.rule.verify', 'competence.rule.create', 'competence.rule.retire']),
    );
  });

  it('notices a change written by another server node at the next decision (revision check)', async () => {
    // Another node writes through its own process: here, straight through the repository, so this
    // process's cached map is not touched and only the bumped revision can reveal the change.
    const [row] = await loadHistory(t.ctx.db, 'rule', RULE);
    await t.ctx.db.transaction(async (tx) => {
      await insertVersion(
        tx,
        {
          ...row!,
          version: row!.version + 1,
          data: { ...row!.data, version: row!.version + 1 },
          changeNote: 'node B',
        },
        { userId: null, name: 'node B' },
      );
      await bumpRevision(tx);
    });
    const decision = (
      await t.request({ method: 'POST', url: '/api/competence/decide', payload: DECIDE }, admin)
    ).json();
    expect(decision.ruleVersions).toContainEqual({ id: RULE, version: row!.version + 1 });
  });
});
