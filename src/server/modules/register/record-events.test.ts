/**
 * Record events name the record's targets: someone who follows a target hears of a record about it
 * when it is disclosed to their authority or changed, not only when it is created.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { nextBusinessId } from './register.testing.ts';

interface NotificationItem {
  type: string;
  subjectId: string;
  targetIds: string[];
}

describe.each(DB_KINDS)('record events and followed targets on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let osh: SignedIn;

  const call = async (as: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
    return { status: res.statusCode, body: res.json() };
  };
  const notifications = async (as: SignedIn): Promise<NotificationItem[]> =>
    (await call(as, 'GET', '/api/notifications?limit=50')).body.items;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, osh] = await Promise.all([t.signIn('police.officer'), t.signIn('osh.inspector')]);
  });
  afterAll(() => t.close());

  it('a disclosure and a change of a record reach those who follow its target', async () => {
    const company = await call(police, 'POST', '/api/targets/companies', {
      businessId: nextBusinessId(),
      name: 'Followed Oy',
    });
    expect(company.status).toBe(201);
    const companyId: string = company.body.id;
    const followed = await call(osh, 'POST', '/api/watches', { subjectType: 'target', subjectId: companyId });
    expect(followed.status, JSON.stringify(followed.body)).toBe(201);

    const tip = await call(police, 'POST', '/api/records', {
      kind: 'tip',
      title: 'Workers sleep on the site',
      body: 'A caller says so.',
      classification: 'restricted',
      secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
      categories: ['police_information'],
      targets: [{ type: 'company', id: companyId }],
    });
    expect(tip.status, JSON.stringify(tip.body)).toBe(201);
    // Not yet theirs to see: the creation event is not delivered to OSH.
    expect((await notifications(osh)).filter((n) => n.subjectId === tip.body.id)).toEqual([]);

    const shared = await call(police, 'POST', '/api/disclosures', {
      recordIds: [tip.body.id],
      to: ['osh'],
      purpose: 'foreign_labour_supervision',
      initiative: 'request',
    });
    expect(shared.status, JSON.stringify(shared.body)).toBe(201);
    const afterShare = (await notifications(osh)).filter((n) => n.subjectId === tip.body.id);
    expect(afterShare.map((n) => n.type)).toContain('record.disclosed');
    expect(afterShare.find((n) => n.type === 'record.disclosed')?.targetIds).toEqual([companyId]);

    const changed = await call(police, 'PATCH', `/api/records/${tip.body.id}`, {
      title: 'Workers sleep in containers',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const updated = (await notifications(osh)).find(
      (n) => n.subjectId === tip.body.id && n.type === 'record.updated',
    );
    expect(updated?.targetIds).toEqual([companyId]);
  });
});
