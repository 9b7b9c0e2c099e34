/**
 * Publishing: the database's published state → a `worker_publications` row (in the caller's
 * transaction, with a NOTIFY so that other nodes rewrite their files) → the static files in
 * `<data dir>/published` (after the commit). The files are content-addressed, so writing unchanged
 * content only replaces manifest.json.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildPublication, type PublicationInput } from '../../../worker-app/publish/build-publication.ts';
import { writePublication } from '../../../worker-app/publish/write-publication.ts';
import type { Config } from '../../config.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { publicationInputFrom } from './worker-content.input.ts';
import {
  findCurrentPublication,
  findPages,
  findPublishedNotices,
  findPublishedVersions,
  insertCurrentPublication,
  type PublicationRow,
  versionText,
} from './worker-content.repository.ts';
import type { PublicationReason } from './worker-content.tables.ts';

/** NOTIFY channel; the payload is the new publication's id. */
export const PUBLISHED_CHANNEL = 'worker_content_published';
const PUBLISH_LOCK = 7_420_107;

export const publishedDir = (config: Config): string => path.join(config.dataDir, 'published');

/** The publication input of what is published now (notices filtered against `publishedAt`). */
export async function publishedInput(
  db: Db,
  config: Config,
  publishedAt = new Date().toISOString(),
): Promise<PublicationInput> {
  const [pages, versions, notices] = [
    await findPages(db),
    await findPublishedVersions(db),
    await findPublishedNotices(db),
  ];
  return publicationInputFrom(pages, versions.map(versionText), notices, inputOptions(config, publishedAt));
}

export const inputOptions = (config: Config, publishedAt: string) => ({
  publishedAt,
  selfCheck: config.workerSelfCheck,
  tips: config.workerTips.enabled,
});

export interface PublicationResult {
  publication: PublicationRow;
  /** False when the content equals the current publication's: nothing new was recorded. */
  changed: boolean;
}

/**
 * Records the published state as the current publication, inside the caller's transaction (call
 * after changing what is published). Unchanged content keeps the current publication. Throws
 * PublicationInputError when the content cannot be built, so the transaction rolls back.
 */
export async function recordPublication(
  tx: Db,
  config: Config,
  reason: PublicationReason,
  actor: Actor | null,
  requestId: string | null = null,
): Promise<PublicationResult> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK})`);
  const input = await publishedInput(tx, config);
  const { id: contentId } = buildPublication(input);
  const current = await findCurrentPublication(tx);
  if (current?.contentId === contentId) return { publication: current, changed: false };

  const row = await insertCurrentPublication(tx, {
    contentId,
    publishedBy: actor?.userId ?? null,
    reason,
    input,
  });
  await writeAudit(tx, {
    action: 'worker_content.published',
    actor,
    targetType: 'worker_publication',
    targetId: row.id,
    details: { contentId, reason, previousContentId: current?.contentId ?? null },
    requestId,
  });
  await tx.execute(sql`SELECT pg_notify(${PUBLISHED_CHANNEL}, ${row.id})`);
  return { publication: row, changed: true };
}

/** Writes a recorded publication's files. Safe to call again: the files are content-addressed. */
export async function writePublicationFiles(config: Config, publication: PublicationRow): Promise<void> {
  await writePublication(publishedDir(config), publication.input);
}
