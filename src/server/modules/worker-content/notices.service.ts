/**
 * Notices: one-way announcements in the worker app ("Berry season: your rights"), targeted by language
 * and sector, with an expiry. A notice is a draft until published; publishing, changing or deleting a
 * live notice publishes the app's content again at once.
 */
import type { AppContext } from '../../context.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { publishChange, requireEditor } from './pages.service.ts';
import type { WorkerContentPublisher } from './worker-content.publisher.ts';
import {
  deleteNotice,
  findNotice,
  findNotices,
  insertNotice,
  type NoticeRecord,
  updateNotice,
} from './worker-content.repository.ts';
import { type TNoticeBody, withText } from './worker-content.schemas.ts';

export function presentNotice(n: NoticeRecord, now = Date.now()) {
  const status = n.publishedAt === null ? 'draft' : n.expiresAt.getTime() <= now ? 'expired' : 'live';
  return {
    id: n.id,
    title: n.title as Record<string, string>,
    body: n.body as Record<string, string>,
    languages: n.languages,
    sectors: n.sectors,
    publishedAt: n.publishedAt?.toISOString() ?? null,
    expiresAt: n.expiresAt.toISOString(),
    status: status as 'draft' | 'live' | 'expired',
    updatedAt: n.updatedAt.toISOString(),
  };
}

export async function listNotices(db: Db) {
  return (await findNotices(db)).map((n) => presentNotice(n));
}

const fields = (body: TNoticeBody) => ({
  title: withText(body.title),
  body: withText(body.body),
  languages: body.languages,
  sectors: body.sectors,
  expiresAt: new Date(body.expiresAt),
});

/**
 * Runs `change` and publishes in the same transaction. A draft's change leaves the published content
 * as it was, so no new publication is recorded then (the builder's content id is unchanged).
 */
async function changeNotice(
  ctx: AppContext,
  publisher: WorkerContentPublisher,
  actor: Actor,
  requestId: string,
  change: (tx: Db) => Promise<NoticeRecord>,
) {
  let notice: NoticeRecord | undefined;
  const { publication, changed } = await publishChange(ctx, publisher, async (tx) => {
    notice = await change(tx);
    return { reason: 'notice', actor, requestId };
  });
  return { notice: presentNotice(notice!), publication: changed ? publication : null };
}

export async function createNotice(
  ctx: AppContext,
  publisher: WorkerContentPublisher,
  who: Actor | null,
  body: TNoticeBody,
  requestId: string,
) {
  const actor = requireEditor(who);
  return changeNotice(ctx, publisher, actor, requestId, async (tx) => {
    const notice = await insertNotice(tx, {
      ...fields(body),
      publishedAt: body.published ? new Date() : null,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    await audit(tx, actor, 'worker_content.notice_created', notice, requestId);
    return notice;
  });
}

export async function editNotice(
  ctx: AppContext,
  publisher: WorkerContentPublisher,
  who: Actor | null,
  id: string,
  body: TNoticeBody,
  requestId: string,
) {
  const actor = requireEditor(who);
  return changeNotice(ctx, publisher, actor, requestId, async (tx) => {
    const before = await findNotice(tx, id);
    if (!before) throw notFound('Notice');
    const notice = await updateNotice(tx, id, {
      ...fields(body),
      publishedAt: body.published ? (before.publishedAt ?? new Date()) : null,
      updatedBy: actor.userId,
      updatedAt: new Date(),
    });
    await audit(tx, actor, 'worker_content.notice_updated', notice!, requestId);
    return notice!;
  });
}

export async function removeNotice(
  ctx: AppContext,
  publisher: WorkerContentPublisher,
  who: Actor | null,
  id: string,
  requestId: string,
) {
  const actor = requireEditor(who);
  return changeNotice(ctx, publisher, actor, requestId, async (tx) => {
    const notice = await deleteNotice(tx, id);
    if (!notice) throw notFound('Notice');
    await audit(tx, actor, 'worker_content.notice_deleted', notice, requestId);
    return notice;
  });
}

async function audit(tx: Db, actor: Actor, action: string, notice: NoticeRecord, requestId: string) {
  await writeAudit(tx, {
    action,
    actor,
    targetType: 'worker_notice',
    targetId: notice.id,
    details: {
      languages: notice.languages,
      sectors: notice.sectors,
      published: notice.publishedAt !== null,
      expiresAt: notice.expiresAt.toISOString(),
    },
    requestId,
  });
}
