/**
 * The notification centre shows one entry per record for its creation and disclosures (the newest),
 * whose read state is the entry's — for the owner authority's follower of a target and for the
 * recipient's, whom the disclosure shows both at once. Other events about the record stay entries of
 * their own, and a revocation hides the recipient's entries like a record that never existed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { nextBusinessId } from '../register/register.testing.ts';

interface NotificationItem {
  id: string;
  type: string;
  subjectId: string;
  readAt: string | null;
}

interface NotificationList {
  unreadCount: number;
  items: NotificationItem[];
}

describe.each(DB_KINDS)('notification centre, one entry per new record on %s', (kind) => {
  let t: TestApp;
  let police: SignedIn;
  let policeFollower: SignedIn;
  let oshFollower: SignedIn;
  let companyId: string;

  const call = async (as: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const res = await t.request({ method, url, ...(payload ? { payload } : {}) }, as);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const list = (as: SignedIn): Promise<NotificationList> => call(as, 'GET', '/api/notifications?limit=50');
  /** The user's entries about one record, newest first, by type. */
  const about = async (as: SignedIn, recordId: string) =>
    (await list(as)).items.filter((n) => n.subjectId === recordId).map((n) => n.type);
  const markRead = async (as: SignedIn, body: { ids: string[] } | { all: true }): Promise<number> =>
    (await call(as, 'POST', '/api/notifications/read', body)).updated;
  const recordTip = async (title: string): Promise<string> =>
    (
      await call(police, 'POST', '/api/records', {
        kind: 'tip',
        title,
        body: 'A caller says so.',
        classification: 'restricted',
        secrecyBasis: '621/1999 24 § 1 mom. 3 kohta',
        categories: ['police_information'],
        targets: [{ type: 'company', id: companyId }],
      })
    ).id;
  const shareWithOsh = async (recordId: string): Promise<string> =>
    (
      await call(police, 'POST', '/api/disclosures', {
        recordIds: [recordId],
        to: ['osh'],
        purpose: 'foreign_labour_supervision',
        initiative: 'request',
      })
    ).disclosures[0].id;

  beforeAll(async () => {
    t = await createTestApp(kind);
    [police, policeFollower, oshFollower] = await Promise.all([
      t.signIn('police.officer'),
      t.signIn('police.analyst'),
      t.signIn('osh.inspector'),
    ]);
    companyId = (
      await call(police, 'POST', '/api/targets/companies', {
        businessId: nextBusinessId(),
        name: 'Seurattu Oy',
      })
    ).id;
    for (const follower of [policeFollower, oshFollower])
      await call(follower, 'POST', '/api/watches', { subjectType: 'target', subjectId: companyId });
    for (const follower of [policeFollower, oshFollower]) await markRead(follower, { all: true });
  });
  afterAll(() => t.close());

  it('shows each follower one entry for a tip recorded and then shared, with its own read state', async () => {
    const tip = await recordTip('Workers sleep on the site');
    expect(await about(policeFollower, tip)).toEqual(['record.created']);
    expect((await list(policeFollower)).unreadCount).toBe(1);
    expect(await about(oshFollower, tip)).toEqual([]);
    expect((await list(oshFollower)).unreadCount).toBe(0);

    // The police follower reads of the tip before it is shared.
    const created = (await list(policeFollower)).items.find((n) => n.subjectId === tip)!;
    expect(await markRead(policeFollower, { ids: [created.id] })).toBe(1);
    expect((await list(policeFollower)).unreadCount).toBe(0);

    await shareWithOsh(tip);
    // Both: the disclosure, the newest, in place of the creation — and unread.
    for (const follower of [policeFollower, oshFollower]) {
      expect(await about(follower, tip)).toEqual(['record.disclosed']);
      expect((await list(follower)).unreadCount).toBe(1);
    }

    // OSH's creation row is unread too, behind the shown entry: reading the shown one reads the entry.
    const shown = (await list(oshFollower)).items.find((n) => n.subjectId === tip)!;
    expect(await markRead(oshFollower, { ids: [shown.id] })).toBe(1);
    const afterRead = await list(oshFollower);
    expect(afterRead.unreadCount).toBe(0);
    expect(afterRead.items.filter((n) => n.subjectId === tip)).toEqual([
      expect.objectContaining({ id: shown.id, type: 'record.disclosed', readAt: expect.any(String) }),
    ]);
    // "All" still reads every underlying row: the hidden creation for OSH, the disclosure for the police.
    expect(await markRead(oshFollower, { all: true })).toBe(1);
    expect(await markRead(policeFollower, { all: true })).toBe(1);
    expect((await list(policeFollower)).unreadCount).toBe(0);
  });

  it('keeps other events about the record apart, and hides the entries again on revocation', async () => {
    const tip = await recordTip('Workers sleep in containers');
    const disclosureId = await shareWithOsh(tip);
    await call(police, 'PATCH', `/api/records/${tip}`, {
      title: 'Workers sleep in containers, says a caller',
    });
    for (const follower of [policeFollower, oshFollower]) {
      expect(await about(follower, tip)).toEqual(['record.updated', 'record.disclosed']);
      expect((await list(follower)).unreadCount).toBe(2);
    }
    // Another tip about the company is an entry of its own.
    const other = await recordTip('Wages paid in cash');
    expect(await about(policeFollower, other)).toEqual(['record.created']);
    expect((await list(policeFollower)).unreadCount).toBe(3);

    await call(police, 'POST', `/api/disclosures/${disclosureId}/revoke`);
    // Gone for OSH, exactly as if it had never been; the owner's follower keeps theirs.
    expect(await about(oshFollower, tip)).toEqual([]);
    expect((await list(oshFollower)).unreadCount).toBe(0);
    expect(await about(policeFollower, tip)).toEqual(['record.updated', 'record.disclosed']);
    expect((await list(policeFollower)).unreadCount).toBe(3);

    // Shared again: still one entry for it, now the new disclosure, unread.
    await shareWithOsh(tip);
    expect(await about(oshFollower, tip)).toEqual(['record.disclosed', 'record.updated']);
    expect((await list(oshFollower)).unreadCount).toBe(2);
  });
});
