/**
 * The CMS's SQL: pages, their versions and published pointers, notices, publications. Only content
 * editors reach these through the API; the content is public once published, so there is no
 * per-authority scope here.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Db } from '../../platform/db/client.ts';
import type { NoticeRow, PageRow, VersionText } from './worker-content.input.ts';
import {
  workerNotices,
  workerPagePublished,
  workerPages,
  workerPageVersions,
  workerPublications,
} from './worker-content.tables.ts';

export type VersionRow = typeof workerPageVersions.$inferSelect;
export type NoticeRecord = typeof workerNotices.$inferSelect;
export type PublicationRow = typeof workerPublications.$inferSelect;

export async function findPages(db: Db): Promise<PageRow[]> {
  return db
    .select({ slug: workerPages.slug, position: workerPages.position, published: workerPages.published })
    .from(workerPages)
    .orderBy(asc(workerPages.position));
}

export async function findPage(db: Db, slug: string): Promise<PageRow | undefined> {
  const [row] = await db
    .select({ slug: workerPages.slug, position: workerPages.position, published: workerPages.published })
    .from(workerPages)
    .where(eq(workerPages.slug, slug));
  return row;
}

/** The newest version of every page and language (optionally of one page). */
export async function findLatestVersions(db: Db, slug?: string): Promise<VersionRow[]> {
  return db
    .selectDistinctOn([workerPageVersions.slug, workerPageVersions.lang])
    .from(workerPageVersions)
    .where(slug ? eq(workerPageVersions.slug, slug) : undefined)
    .orderBy(workerPageVersions.slug, workerPageVersions.lang, desc(workerPageVersions.number));
}

/** The published version of every page and language (optionally of one page). */
export async function findPublishedVersions(db: Db, slug?: string): Promise<VersionRow[]> {
  const rows = await db
    .select({ version: workerPageVersions })
    .from(workerPagePublished)
    .innerJoin(workerPageVersions, eq(workerPageVersions.id, workerPagePublished.versionId))
    .where(slug ? eq(workerPagePublished.slug, slug) : undefined);
  return rows.map((r) => r.version);
}

export async function findVersion(db: Db, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(workerPageVersions).where(eq(workerPageVersions.id, id));
  return row;
}

export async function findVersionByNumber(
  db: Db,
  slug: string,
  lang: string,
  number: number,
): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(workerPageVersions)
    .where(
      and(
        eq(workerPageVersions.slug, slug),
        eq(workerPageVersions.lang, lang),
        eq(workerPageVersions.number, number),
      ),
    );
  return row;
}

export interface HistoryRow {
  version: VersionRow;
  createdBy: string | null;
  basedOn: { lang: string; number: number } | null;
}

/** Every version of a page in one language, newest first, with who saved it. */
export async function findHistory(db: Db, slug: string, lang: string): Promise<HistoryRow[]> {
  const basedOn = sql<{ lang: string; number: number } | null>`(
    SELECT json_build_object('lang', b.lang, 'number', b.number) FROM worker_page_versions b
    WHERE b.id = ${workerPageVersions.basedOnVersionId})`;
  return db
    .select({ version: workerPageVersions, createdBy: users.username, basedOn })
    .from(workerPageVersions)
    .leftJoin(users, eq(users.id, workerPageVersions.createdBy))
    .where(and(eq(workerPageVersions.slug, slug), eq(workerPageVersions.lang, lang)))
    .orderBy(desc(workerPageVersions.number));
}

export async function insertVersion(
  db: Db,
  values: Omit<typeof workerPageVersions.$inferInsert, 'number' | 'id'>,
): Promise<VersionRow> {
  // Serialises numbering per page and language; the unique index would refuse a duplicate anyway.
  await db.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext(${`worker-page:${values.slug}:${values.lang}`}))`,
  );
  const [last] = await db
    .select({ number: workerPageVersions.number })
    .from(workerPageVersions)
    .where(and(eq(workerPageVersions.slug, values.slug), eq(workerPageVersions.lang, values.lang)))
    .orderBy(desc(workerPageVersions.number))
    .limit(1);
  const [row] = await db
    .insert(workerPageVersions)
    .values({ ...values, number: (last?.number ?? 0) + 1 })
    .returning();
  return row!;
}

export async function insertPage(db: Db, slug: string, published: boolean): Promise<void> {
  const [max] = await db
    .select({ position: sql<number>`coalesce(max(${workerPages.position}), 0)` })
    .from(workerPages);
  await db.insert(workerPages).values({ slug, position: Number(max?.position ?? 0) + 1, published });
}

export async function setPagePublished(db: Db, slug: string, published: boolean): Promise<void> {
  await db.update(workerPages).set({ published, updatedAt: new Date() }).where(eq(workerPages.slug, slug));
}

export async function setPublishedVersion(
  db: Db,
  version: Pick<VersionRow, 'slug' | 'lang' | 'id'>,
  by: string | null,
): Promise<void> {
  await db
    .insert(workerPagePublished)
    .values({ slug: version.slug, lang: version.lang, versionId: version.id, publishedBy: by })
    .onConflictDoUpdate({
      target: [workerPagePublished.slug, workerPagePublished.lang],
      set: { versionId: version.id, publishedBy: by, publishedAt: new Date() },
    });
}

export async function findNotices(db: Db): Promise<NoticeRecord[]> {
  return db.select().from(workerNotices).orderBy(desc(workerNotices.createdAt));
}

export async function findNotice(db: Db, id: string): Promise<NoticeRecord | undefined> {
  const [row] = await db.select().from(workerNotices).where(eq(workerNotices.id, id));
  return row;
}

export async function findPublishedNotices(db: Db): Promise<NoticeRow[]> {
  return db
    .select()
    .from(workerNotices)
    .where(sql`${workerNotices.publishedAt} IS NOT NULL AND ${workerNotices.expiresAt} > now()`);
}

export async function insertNotice(db: Db, values: typeof workerNotices.$inferInsert): Promise<NoticeRecord> {
  const [row] = await db.insert(workerNotices).values(values).returning();
  return row!;
}

export async function updateNotice(
  db: Db,
  id: string,
  values: Partial<typeof workerNotices.$inferInsert>,
): Promise<NoticeRecord | undefined> {
  const [row] = await db.update(workerNotices).set(values).where(eq(workerNotices.id, id)).returning();
  return row;
}

export async function deleteNotice(db: Db, id: string): Promise<NoticeRecord | undefined> {
  const [row] = await db.delete(workerNotices).where(eq(workerNotices.id, id)).returning();
  return row;
}

export async function findCurrentPublication(db: Db): Promise<PublicationRow | undefined> {
  const [row] = await db.select().from(workerPublications).where(eq(workerPublications.isCurrent, true));
  return row;
}

export async function findPublication(db: Db, id: string): Promise<PublicationRow | undefined> {
  const [row] = await db.select().from(workerPublications).where(eq(workerPublications.id, id));
  return row;
}

/** Recent publications without their (large) input. */
export async function findPublications(db: Db, limit: number) {
  return db
    .select({
      id: workerPublications.id,
      contentId: workerPublications.contentId,
      publishedAt: workerPublications.publishedAt,
      publishedBy: users.username,
      reason: workerPublications.reason,
      isCurrent: workerPublications.isCurrent,
    })
    .from(workerPublications)
    .leftJoin(users, eq(users.id, workerPublications.publishedBy))
    .orderBy(desc(workerPublications.publishedAt))
    .limit(limit);
}

/** Adds a publication and makes it the current one. Call under the publish lock. */
export async function insertCurrentPublication(
  db: Db,
  values: Omit<typeof workerPublications.$inferInsert, 'isCurrent' | 'id'>,
): Promise<PublicationRow> {
  await db.update(workerPublications).set({ isCurrent: false }).where(eq(workerPublications.isCurrent, true));
  const [row] = await db
    .insert(workerPublications)
    .values({ ...values, isCurrent: true })
    .returning();
  return row!;
}

/** Narrows full version rows to what a publication needs. */
export function versionText(v: VersionRow): VersionText {
  return {
    slug: v.slug,
    lang: v.lang,
    title: v.title,
    summary: v.summary,
    blocks: v.blocks,
    sources: v.sources,
    contentDate: v.contentDate,
    basedOnDate: v.basedOnDate,
  };
}
