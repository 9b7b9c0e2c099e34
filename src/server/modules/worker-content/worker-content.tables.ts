/**
 * Storage of the worker app's content management: pages with a version history per language, which
 * version of each language is published, notices, and every publication made (with the exact input it
 * was built from, so that any node can rebuild the static files from the database).
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Block, LocalizedText } from '../../../worker-app/content/types.ts';
import type { PublicationInput } from '../../../worker-app/publish/build-publication.ts';
import { users } from '../../platform/auth/auth.tables.ts';

/** A topic page; its texts are in `worker_page_versions`. */
export const workerPages = pgTable('worker_pages', {
  slug: text('slug').primaryKey(),
  /** Order on the app's home view. */
  position: integer('position').notNull(),
  /** False after "unpublish": the page is left out of publications until it is published again. */
  published: boolean('published').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every saved text of a page in one language; never updated, a save adds a version. */
export const workerPageVersions = pgTable(
  'worker_page_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug')
      .notNull()
      .references(() => workerPages.slug, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    /** 1, 2, 3… per page and language. */
    number: integer('number').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    blocks: jsonb('blocks').$type<Block[]>().notNull(),
    sources: jsonb('sources').$type<string[]>().notNull(),
    /** The page's `updatedAt` in the app: YYYY-MM-DD for shipped texts, the save time for CMS edits. */
    contentDate: text('content_date').notNull(),
    /** For translations: the source-language version translated. */
    basedOnVersionId: uuid('based_on_version_id').references((): AnyPgColumn => workerPageVersions.id),
    /** That source version's contentDate, copied: the publication builder compares dates. */
    basedOnDate: text('based_on_date'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('worker_page_versions_number').on(t.slug, t.lang, t.number)],
);

/** Which version of a page is live in each language. */
export const workerPagePublished = pgTable(
  'worker_page_published',
  {
    slug: text('slug')
      .notNull()
      .references(() => workerPages.slug, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => workerPageVersions.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.slug, t.lang] })],
);

/** One-way announcements, targeted by language and sector, with an expiry. */
export const workerNotices = pgTable('worker_notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  body: jsonb('body').$type<LocalizedText>().notNull(),
  /** Target languages; empty = every language. */
  languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
  sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
  /** Live from this moment; null = a draft that is not published. */
  publishedAt: timestamp('published_at', { withTimezone: true }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type PublicationReason = 'seed' | 'start' | 'page' | 'unpublish' | 'notice';

/** Every publication; exactly one is current. `input` rebuilds its files on any node. */
export const workerPublications = pgTable(
  'worker_publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The manifest id (hash of the content): equal ids mean equal files. */
    contentId: text('content_id').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
    reason: text('reason').$type<PublicationReason>().notNull(),
    input: jsonb('input').$type<PublicationInput>().notNull(),
    isCurrent: boolean('is_current').notNull().default(false),
  },
  (t) => [
    uniqueIndex('worker_publications_current').on(t.isCurrent).where(sql`${t.isCurrent}`),
    index('worker_publications_published_at').on(t.publishedAt),
  ],
);
