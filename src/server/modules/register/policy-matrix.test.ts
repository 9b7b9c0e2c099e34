/**
 * THE policy matrix of the shared register: actor (authority × role) × record owner × disclosure
 * state × classification → the expected answer for read, list, search item, hit, export and
 * attachment download, on every database. The expectation is the rule as the issue states it — a
 * record is visible to its owner authority's caseworkers and to the authorities it is disclosed to
 * (revoking ends that), public records to every caseworker, nothing to other roles (the register's
 * routes are for caseworkers); what a caseworker may not see shows as a hit, except secret records.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import { queryRows } from '../../platform/db/client.ts';
import { createTestApp, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { nextBusinessId } from './register.testing.ts';

type Classification = 'public' | 'restricted' | 'secret';
type DisclosureState = 'none' | 'active' | 'revoked';
type Owner = 'police' | 'osh';

const RECIPIENT: AuthorityCode = 'tax';
const ACTORS = [
  { username: 'police.officer', authority: 'police', caseworker: true },
  { username: 'police.analyst', authority: 'police', caseworker: true },
  { username: 'osh.inspector', authority: 'osh', caseworker: true },
  { username: 'tax.officer', authority: 'tax', caseworker: true },
  { username: 'migri.officer', authority: 'migri', caseworker: true },
  { username: 'admin', authority: 'police', caseworker: false },
  { username: 'editor', authority: 'police', caseworker: false },
] as const;
const OWNERS: Owner[] = ['police', 'osh'];
const STATES: DisclosureState[] = ['none', 'active', 'revoked'];
const CLASSES: Classification[] = ['public', 'restricted', 'secret'];
const CATEGORY: Record<Owner, string> = { police: 'police_information', osh: 'osh_inspection_findings' };
/** How each owner discloses to the recipient (a route the competence engine allows). */
const DISCLOSURE: Record<Owner, { purpose: string; initiative: 'request' | 'own' }> = {
  police: { purpose: 'tax_supervision', initiative: 'request' },
  osh: { purpose: 'tax_supervision', initiative: 'own' },
};

interface Expected {
  read: 200 | 403 | 404;
  list: boolean;
  search: boolean;
  hit: boolean;
  export: boolean;
  download: 200 | 403 | 404;
}

/** The rule, written once from the words. */
function expected(
  actor: (typeof ACTORS)[number],
  owner: Owner,
  state: DisclosureState,
  cls: Classification,
): Expected {
  if (!actor.caseworker) {
    return { read: 403, list: false, search: false, hit: false, export: false, download: 403 };
  }
  const visible =
    cls === 'public' || actor.authority === owner || (state === 'active' && actor.authority === RECIPIENT);
  return {
    read: visible ? 200 : 404,
    list: visible,
    search: visible,
    hit: !visible && cls !== 'secret',
    export: visible,
    download: visible ? 200 : 404,
  };
}

type Row = [string, (typeof ACTORS)[number], Owner, DisclosureState, Classification, Expected];
const show = (e: Expected) =>
  `read ${e.read}, list ${e.list ? '✓' : '–'}, search ${e.search ? '✓' : '–'}, hit ${e.hit ? '✓' : '–'}, ` +
  `export ${e.export ? '✓' : '–'}, download ${e.download}`;
const MATRIX: Row[] = ACTORS.flatMap((actor) =>
  OWNERS.flatMap((owner) =>
    STATES.flatMap((state) =>
      CLASSES.map((cls): Row => {
        const e = expected(actor, owner, state, cls);
        return [`${actor.username} × ${owner} × ${state} × ${cls} → ${show(e)}`, actor, owner, state, cls, e];
      }),
    ),
  ),
);

describe('the policy matrix itself', () => {
  it('spells out the cases the issue names', () => {
    const find = (u: string, o: Owner, s: DisclosureState, c: Classification) =>
      MATRIX.find(([, a, ow, st, cl]) => a.username === u && ow === o && st === s && cl === c)![5];
    expect(find('tax.officer', 'police', 'active', 'secret').read).toBe(200);
    expect(find('tax.officer', 'police', 'revoked', 'restricted')).toMatchObject({ read: 404, hit: true });
    expect(find('tax.officer', 'police', 'revoked', 'secret')).toMatchObject({ read: 404, hit: false });
    expect(find('migri.officer', 'police', 'active', 'restricted')).toMatchObject({ read: 404, hit: true });
    expect(find('admin', 'police', 'none', 'restricted').read).toBe(403);
    expect(find('osh.inspector', 'police', 'none', 'public')).toMatchObject({ read: 200, hit: false });
    expect(MATRIX).toHaveLength(ACTORS.length * OWNERS.length * STATES.length * CLASSES.length);
  });
});

describe.each(DB_KINDS)('policy matrix on %s', (kind) => {
  let t: TestApp;
  const as = new Map<string, SignedIn>();
  const cases = new Map<
    string,
    { recordId: string; businessId: string; companyId: string; attachmentId: string }
  >();
  const key = (o: Owner, s: DisclosureState, c: Classification) => `${o}|${s}|${c}`;
  /** Each actor from its own address: the matrix is many requests, the rate limit is per address. */
  const call = (actor: string, url: string) =>
    t.request(
      { method: 'GET', url, remoteAddress: `10.0.0.${ACTORS.findIndex((a) => a.username === actor) + 1}` },
      as.get(actor),
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const a of ACTORS) as.set(a.username, await t.signIn(a.username));
    const owners: Record<Owner, SignedIn> = {
      police: as.get('police.officer')!,
      osh: as.get('osh.inspector')!,
    };
    const post = async (who: SignedIn, url: string, payload: object, headers?: Record<string, string>) => {
      const res = await t.request(
        {
          method: 'POST',
          url,
          payload: payload as never,
          ...(headers ? { headers } : {}),
          remoteAddress: '10.0.1.1',
        },
        who,
      );
      if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json();
    };
    for (const owner of OWNERS) {
      for (const state of STATES) {
        for (const cls of CLASSES) {
          const businessId = nextBusinessId();
          const company = await post(owners.police, '/api/targets/companies', {
            businessId,
            name: `Matrix ${owner} ${state} ${cls} Oy`,
          });
          const record = await post(owners[owner], '/api/records', {
            kind: 'observation',
            title: `Matrix record ${owner} ${state} ${cls}`,
            body: `Content of ${owner}/${state}/${cls}`,
            classification: cls,
            ...(cls === 'public' ? {} : { secrecyBasis: '621/1999 24 § 1 mom. 5 kohta' }),
            categories: [CATEGORY[owner]],
            targets: [{ type: 'company', id: company.id }],
          });
          const attachment = await post(
            owners[owner],
            `/api/records/${record.id}/attachments?filename=m.txt`,
            'attachment text' as never,
            { 'content-type': 'text/plain' },
          );
          if (state !== 'none') {
            const { disclosures } = await post(owners[owner], '/api/disclosures', {
              recordIds: [record.id],
              to: [RECIPIENT],
              ...DISCLOSURE[owner],
            });
            if (state === 'revoked')
              await post(owners[owner], `/api/disclosures/${disclosures[0].id}/revoke`, {});
          }
          cases.set(key(owner, state, cls), {
            recordId: record.id,
            businessId,
            companyId: company.id,
            attachmentId: attachment.id,
          });
        }
      }
    }
  }, 300_000);
  afterAll(() => t.close());

  it.each(MATRIX)('%s', async (_name, actor, owner, state, cls, want) => {
    const c = cases.get(key(owner, state, cls))!;
    const u = actor.username;
    const reads = async () =>
      (
        await queryRows<{ n: number }>(
          t.ctx.db,
          sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'record.read' AND target_id = ${c.recordId} AND actor_username = ${u}`,
        )
      )[0]!.n;
    const readsBefore = await reads();

    const read = await call(u, `/api/records/${c.recordId}`);
    expect(read.statusCode, 'read').toBe(want.read);
    // Refused looks exactly like missing.
    if (want.read === 404) {
      const missing = await call(u, '/api/records/00000000-0000-4000-8000-00000000ffff');
      expect(read.json(), 'refused = missing').toEqual(missing.json());
    }
    // Every read of a non-public record is audited.
    expect(await reads(), 'read audited').toBe(readsBefore + (want.read === 200 && cls !== 'public' ? 1 : 0));

    const list = await call(u, `/api/records?targetId=${c.companyId}`);
    const listed =
      list.statusCode === 200 && list.json().items.some((r: { id: string }) => r.id === c.recordId);
    expect(listed, 'list').toBe(want.list);

    const found = await call(u, `/api/search?type=record&q=${c.businessId}`);
    const item =
      found.statusCode === 200 &&
      found.json().items.some((i: { record: { id: string } }) => i.record.id === c.recordId);
    expect(item, 'search item').toBe(want.search);

    const targets = await call(u, `/api/search?q=${c.businessId}`);
    const hits =
      targets.statusCode === 200
        ? (targets.json().hits as {
            targetId: string;
            authority: string;
            count: number;
            categories: string[];
          }[])
        : [];
    const hit = hits.find((h) => h.targetId === c.companyId && h.authority === owner);
    expect(!!hit, 'hit').toBe(want.hit);
    if (hit)
      expect(hit).toEqual({
        targetType: 'company',
        targetId: c.companyId,
        authority: owner,
        count: 1,
        categories: [CATEGORY[owner]],
      });
    if (targets.statusCode === 200) {
      // A hit never carries the record: no id, no title, no text.
      const text = JSON.stringify(targets.json().hits);
      expect(text).not.toContain(c.recordId);
      expect(text).not.toContain('Content of');
    }

    const exported = await call(u, `/api/search/export.csv?type=record&q=${c.businessId}`);
    expect(exported.statusCode === 200 && exported.body.includes(c.recordId), 'export').toBe(want.export);

    const download = await call(u, `/api/records/${c.recordId}/attachments/${c.attachmentId}`);
    expect(download.statusCode, 'download').toBe(want.download);
    if (want.download === 200) expect(download.body).toBe('attachment text');
  });
});
