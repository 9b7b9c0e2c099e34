import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageView, PublicationManifest } from '../../../worker-app/content/types.ts';
import { auditLog } from '../../platform/audit/audit.table.ts';
import type { SignedIn } from '../../testing/test-app.ts';
import { DB_KINDS } from '../../testing/test-db.ts';
import { publishDatabaseContent } from './worker-content.publisher.ts';
import { workerPageVersions, workerPublications } from './worker-content.tables.ts';
import { createWorkerTestApp, type WorkerTestApp } from './worker-content.test-app.ts';

const page = (title: string) => ({
  title,
  summary: 'Lyhyt kuvaus sivusta.',
  blocks: [{ type: 'p', text: `${title}: kappale.` }],
  sources: ['https://tyosuojelu.fi/en/'],
});

describe.each(DB_KINDS)('worker content CMS on %s', (kind) => {
  let t: WorkerTestApp;
  let editor: SignedIn;
  let officer: SignedIn;

  const manifest = () =>
    JSON.parse(fs.readFileSync(path.join(t.publishedDir, 'manifest.json'), 'utf8')) as PublicationManifest;
  const view = (lang: string) => {
    const m = manifest();
    return JSON.parse(fs.readFileSync(path.join(t.publishedDir, m.files[lang]!), 'utf8')) as LanguageView;
  };
  const states = async (slug: string) => {
    const res = await t.request({ method: 'GET', url: '/api/worker-content/pages' }, editor);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { pages: { slug: string; languages: Record<string, { state: string }> }[] };
    const found = body.pages.find((p) => p.slug === slug)!;
    return Object.fromEntries(Object.entries(found.languages).map(([lang, s]) => [lang, s.state]));
  };
  const sourceVersionId = async (slug: string, lang = 'en') => {
    const res = await t.request({ method: 'GET', url: `/api/worker-content/pages/${slug}/vi` }, editor);
    return (res.json() as { sources: Record<string, { id: string }> }).sources[lang]!.id;
  };
  const count = async (table: typeof workerPageVersions | typeof workerPublications) =>
    Number((await t.ctx.db.select({ n: sql<number>`count(*)` }).from(table))[0]!.n);

  beforeAll(async () => {
    t = await createWorkerTestApp(kind);
    await publishDatabaseContent(t.ctx);
    editor = await t.signIn('editor');
    officer = await t.signIn('police.officer');
  });
  afterAll(() => t.close());

  it('seeds the shipped pages once and publishes them at start', async () => {
    expect(await count(workerPageVersions)).toBe(24);
    await publishDatabaseContent(t.ctx);
    expect(await count(workerPageVersions)).toBe(24);
    expect(await count(workerPublications)).toBe(1);
    expect(view('en').pages).toHaveLength(12);
    expect(manifest().features).toEqual({ tips: true, selfCheck: true });
  });

  it('tracks translation states: missing → done → outdated after the source changes → done', async () => {
    expect(await states('holidays')).toMatchObject({ fi: 'done', en: 'done', vi: 'missing', ar: 'missing' });

    const en1 = await sourceVersionId('holidays');
    const saved = await t.request(
      {
        method: 'PUT',
        url: '/api/worker-content/pages/holidays/vi',
        payload: { ...page('Ngày nghỉ'), basedOnVersionId: en1 },
      },
      editor,
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ created: true, version: { lang: 'vi', number: 1 } });
    expect((await states('holidays')).vi).toBe('done');

    const en2 = await t.request(
      {
        method: 'PUT',
        url: '/api/worker-content/pages/holidays/en',
        payload: page('Holidays and days off (new)'),
      },
      editor,
    );
    expect(en2.json()).toMatchObject({ created: true, version: { number: 2 } });
    expect(await states('holidays')).toMatchObject({ vi: 'outdated', en: 'done', fi: 'done' });

    const again = await t.request(
      {
        method: 'PUT',
        url: '/api/worker-content/pages/holidays/vi',
        payload: { ...page('Ngày nghỉ (mới)'), basedOnVersionId: await sourceVersionId('holidays') },
      },
      editor,
    );
    expect(again.json()).toMatchObject({ version: { number: 2 } });
    expect((await states('holidays')).vi).toBe('done');

    const side = await t.request({ method: 'GET', url: '/api/worker-content/pages/holidays/vi' }, editor);
    expect(side.json()).toMatchObject({
      state: 'done',
      latest: { number: 2, title: 'Ngày nghỉ (mới)' },
      basedOn: { lang: 'en', number: 2 },
      publishedNumber: null,
    });
  });

  it('previews the built language view without publishing anything', async () => {
    const before = manifest().id;
    const res = await t.request(
      {
        method: 'POST',
        url: '/api/worker-content/preview',
        payload: { lang: 'vi', slug: 'taxes', draft: page('Thuế') },
      },
      editor,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ lang: 'vi', page: { slug: 'taxes', title: 'Thuế', lang: 'vi' } });
    const fallback = await t.request(
      { method: 'POST', url: '/api/worker-content/preview', payload: { lang: 'ar', slug: 'taxes' } },
      editor,
    );
    expect(fallback.json()).toMatchObject({ dir: 'rtl', page: { lang: 'en', status: 'missing' } });
    expect(manifest().id).toBe(before);
  });

  it('publishing writes files under a new manifest id; the history marks the published version', async () => {
    const before = manifest().id;
    const res = await t.request(
      { method: 'POST', url: '/api/worker-content/pages/holidays/publish', payload: {} },
      editor,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ changed: true, publication: { isCurrent: true, reason: 'page' } });
    const after = manifest();
    expect(after.id).not.toBe(before);
    expect(fs.existsSync(path.join(t.publishedDir, 'content', before))).toBe(true);
    const holidays = view('vi').pages.find((p) => p.slug === 'holidays')!;
    expect(holidays).toMatchObject({ title: 'Ngày nghỉ (mới)', lang: 'vi', status: 'translated' });
    expect(view('en').pages.find((p) => p.slug === 'holidays')!.title).toBe('Holidays and days off (new)');

    const history = await t.request(
      { method: 'GET', url: '/api/worker-content/pages/holidays/vi/versions' },
      editor,
    );
    const items = (history.json() as { items: { number: number; published: boolean; createdBy: string }[] })
      .items;
    expect(items.map((i) => [i.number, i.published])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(items[0]!.createdBy).toBe('editor');

    // Publishing again without changes records nothing new.
    const same = await t.request(
      { method: 'POST', url: '/api/worker-content/pages/holidays/publish', payload: {} },
      editor,
    );
    expect(same.json()).toMatchObject({ changed: false });
    expect(manifest().id).toBe(after.id);
  });

  it('unpublishes a page and publishes it again', async () => {
    const off = await t.request({ method: 'POST', url: '/api/worker-content/pages/taxes/unpublish' }, editor);
    expect(off.statusCode).toBe(200);
    expect(view('en').pages.map((p) => p.slug)).not.toContain('taxes');
    const on = await t.request(
      { method: 'POST', url: '/api/worker-content/pages/taxes/publish', payload: {} },
      editor,
    );
    expect(on.statusCode).toBe(200);
    expect(view('en').pages.map((p) => p.slug)).toContain('taxes');
  });

  it('a notice for Vietnamese appears in vi.json only', async () => {
    const res = await t.request(
      {
        method: 'POST',
        url: '/api/worker-content/notices',
        payload: {
          title: { en: 'Berry season: your rights', fi: 'Marjakausi: oikeutesi' },
          body: {
            en: 'You have the right to know the price of berries.',
            fi: 'Sinulla on oikeus tietää hinnat.',
          },
          languages: ['vi'],
          sectors: ['berry-picking'],
          expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          published: true,
        },
      },
      editor,
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ notice: { status: 'live', languages: ['vi'] } });
    expect(view('vi').notices.map((n) => n.title.text)).toEqual(['Berry season: your rights']);
    expect(view('en').notices).toEqual([]);
    expect(view('fi').notices).toEqual([]);
  });

  it('expired notices vanish from the next publication', async () => {
    const res = await t.request(
      {
        method: 'POST',
        url: '/api/worker-content/notices',
        payload: {
          title: { en: 'Short notice' },
          body: { en: 'Soon gone.' },
          expiresAt: new Date(Date.now() + 1_500).toISOString(),
          published: true,
        },
      },
      editor,
    );
    expect(res.statusCode).toBe(201);
    expect(view('en').notices.map((n) => n.title.text)).toEqual(['Short notice']);
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    const list = await t.request({ method: 'GET', url: '/api/worker-content/notices' }, editor);
    expect((list.json() as { items: { status: string }[] }).items.map((n) => n.status)).toContain('expired');
    await publishDatabaseContent(t.ctx);
    expect(view('en').notices).toEqual([]);
    expect(view('vi').notices.map((n) => n.title.text)).toEqual(['Berry season: your rights']);
  });

  it('a draft notice changes nothing that is published', async () => {
    const before = manifest().id;
    const res = await t.request(
      {
        method: 'POST',
        url: '/api/worker-content/notices',
        payload: {
          title: { fi: 'Luonnos' },
          body: { fi: 'Ei vielä.' },
          expiresAt: '2099-01-01T00:00:00Z',
          published: false,
        },
      },
      editor,
    );
    expect(res.json()).toMatchObject({ notice: { status: 'draft' }, publication: null });
    expect(manifest().id).toBe(before);
    const id = (res.json() as { notice: { id: string } }).notice.id;
    const removed = await t.request({ method: 'DELETE', url: `/api/worker-content/notices/${id}` }, editor);
    expect(removed.statusCode).toBe(200);
  });

  it('refuses non-editors: 403 signed in, 401 signed out', async () => {
    const calls = [
      { method: 'GET' as const, url: '/api/worker-content/pages' },
      { method: 'PUT' as const, url: '/api/worker-content/pages/holidays/vi', payload: page('x') },
      { method: 'POST' as const, url: '/api/worker-content/pages/holidays/publish', payload: {} },
      { method: 'GET' as const, url: '/api/worker-content/notices' },
    ];
    for (const call of calls) {
      expect((await t.request(call, officer)).statusCode, call.url).toBe(403);
      expect((await t.request(call)).statusCode, call.url).toBe(401);
    }
  });

  it('bad input answers 400 and changes nothing', async () => {
    const versions = await count(workerPageVersions);
    const publications = await count(workerPublications);
    const id = manifest().id;
    const en = await sourceVersionId('holidays');
    const bad = [
      {
        method: 'PUT' as const,
        url: '/api/worker-content/pages/holidays/vi',
        payload: { ...page(''), basedOnVersionId: en },
      },
      {
        method: 'PUT' as const,
        url: '/api/worker-content/pages/holidays/vi',
        payload: page('Ilman lähdettä'),
      },
      {
        method: 'PUT' as const,
        url: '/api/worker-content/pages/holidays/vi',
        payload: { ...page('x'), blocks: [{ type: 'contact', contactId: 'nobody' }], basedOnVersionId: en },
      },
      { method: 'PUT' as const, url: '/api/worker-content/pages/holidays/xx', payload: page('x') },
      { method: 'PUT' as const, url: '/api/worker-content/pages/Bad_Slug/en', payload: page('x') },
      {
        method: 'POST' as const,
        url: '/api/worker-content/notices',
        payload: {
          title: { en: 'x' },
          body: { en: 'y' },
          languages: ['xx'],
          expiresAt: '2099-01-01T00:00:00Z',
          published: true,
        },
      },
      {
        method: 'POST' as const,
        url: '/api/worker-content/notices',
        payload: {
          title: { en: 'x' },
          body: { en: 'y' },
          expiresAt: '2020-01-01T00:00:00Z',
          published: true,
        },
      },
      {
        method: 'POST' as const,
        url: '/api/worker-content/notices',
        payload: {
          title: { vi: 'Chỉ tiếng Việt' },
          body: { vi: 'y' },
          expiresAt: '2099-01-01T00:00:00Z',
          published: true,
        },
      },
      {
        method: 'POST' as const,
        url: '/api/worker-content/pages/holidays/publish',
        payload: { languages: ['ar'] },
      },
    ];
    for (const call of bad) {
      const res = await t.request(call, editor);
      expect(res.statusCode, `${call.url} ${JSON.stringify(call.payload)}`).toBe(400);
    }
    expect(await count(workerPageVersions)).toBe(versions);
    expect(await count(workerPublications)).toBe(publications);
    expect(manifest().id).toBe(id);
  });

  it('audits every change', async () => {
    const actions = await t.ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.actorUsername, 'editor'));
    const seen = new Set(actions.map((a) => a.action));
    for (const action of [
      'worker_content.draft_saved',
      'worker_content.page_published',
      'worker_content.page_unpublished',
      'worker_content.published',
      'worker_content.notice_created',
      'worker_content.notice_deleted',
    ]) {
      expect(seen, action).toContain(action);
    }
  });

  it('serves a one-page A4 PDF poster per language, publicly', async () => {
    const res = await t.request({ method: 'GET', url: '/api/worker-content/posters/vi.pdf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
    expect(pdf).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const cached = await t.request({
      method: 'GET',
      url: '/api/worker-content/posters/vi.pdf',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(cached.statusCode).toBe(304);
    expect((await t.request({ method: 'GET', url: '/api/worker-content/posters/xx.pdf' })).statusCode).toBe(
      404,
    );
  });
});
