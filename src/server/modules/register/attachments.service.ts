/**
 * Attachments of records: PDF, JPEG, PNG and plain text up to 10 MB, the declared type checked
 * against the content's own signature (a "PDF" that is really HTML is refused), stored in the database
 * with its SHA-256. Uploads are the owner authority's; downloads follow the record decision — a record
 * the actor may not read has no attachments as far as they can tell (404) — and every download is
 * audited.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events/emit.ts';
import type { Actor } from '../../platform/policy/actor.ts';
import { decide, type RecordAction } from '../../platform/policy/decide.ts';
import { recordAttachments } from './attachments.table.ts';
import { loadRecordPolicies } from './records.policy.ts';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'text/plain'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const startsWith = (body: Buffer, bytes: number[]) => bytes.every((b, i) => body[i] === b);

/** Does the content look like what its type says? (Magic numbers; text must be UTF-8 without NULs.) */
export function contentMatches(type: AttachmentType, body: Buffer): boolean {
  switch (type) {
    case 'application/pdf':
      return body.subarray(0, 5).toString('latin1') === '%PDF-';
    case 'image/png':
      return startsWith(body, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(body, [0xff, 0xd8, 0xff]);
    case 'text/plain':
      if (body.includes(0)) return false;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(body);
        return true;
      } catch {
        return false;
      }
  }
}

/** The media type of a Content-Type header if it is one we accept (text only as UTF-8 or unstated). */
export function acceptedType(header: string | undefined): AttachmentType | null {
  if (!header) return null;
  const [essence, ...params] = header.split(';').map((p) => p.trim().toLowerCase());
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(essence ?? '')) return null;
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (charset && !['utf-8', 'utf8', 'us-ascii'].includes(charset)) return null;
  return essence as AttachmentType;
}

/** A file name safe to store and to send back: no path, no control characters, at most 200 chars. */
export function safeFilename(input: string | undefined, type: AttachmentType): string {
  const ext = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'text/plain': 'txt' }[
    type
  ];
  const base = (input ?? '')
    .split(/[\\/]/)
    .pop()!
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return base && base !== '.' && base !== '..' ? base : `attachment.${ext}`;
}

const unsupported = (message: string) => new AppError('unsupported_media_type', message);

async function requireRecord(db: Db, actor: Actor, recordId: string, action: RecordAction) {
  const policy = (await loadRecordPolicies(db, [recordId])).get(recordId);
  if (!policy || !decide(actor, 'read', policy).allowed) throw notFound();
  if (action !== 'read' && !decide(actor, action, policy).allowed)
    throw forbidden('Only the owner authority may change attachments');
  return policy;
}

type Row = typeof recordAttachments.$inferSelect;
const present = (r: Omit<Row, 'content'>) => ({
  id: r.id,
  recordId: r.recordId,
  filename: r.filename,
  contentType: r.contentType,
  sizeBytes: r.sizeBytes,
  sha256: r.sha256,
  createdAt: r.createdAt.toISOString(),
});

export async function addAttachment(
  db: Db,
  actor: Actor,
  recordId: string,
  upload: { contentType: string | undefined; body: unknown; filename: string | undefined },
  requestId: string,
) {
  await requireRecord(db, actor, recordId, 'update');
  const type = acceptedType(upload.contentType);
  if (!type || !Buffer.isBuffer(upload.body))
    throw unsupported(`Allowed types: ${ATTACHMENT_TYPES.join(', ')}`);
  const body = upload.body;
  if (body.length === 0) throw badRequest('The attachment is empty');
  if (body.length > ATTACHMENT_MAX_BYTES)
    throw new AppError('payload_too_large', 'Attachments are at most 10 MB');
  if (!contentMatches(type, body)) throw unsupported(`The content is not ${type}`);
  const sha256 = createHash('sha256').update(body).digest('hex');
  const filename = safeFilename(upload.filename, type);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(recordAttachments)
      .values({
        recordId,
        filename,
        contentType: type,
        sizeBytes: body.length,
        sha256,
        content: body,
        createdBy: actor.userId,
      })
      .returning();
    await writeAudit(tx, {
      action: 'record.attachment.add',
      actor,
      targetType: 'record',
      targetId: recordId,
      requestId,
      details: { attachmentId: row!.id, contentType: type, sizeBytes: body.length, sha256 },
    });
    await emitEvent(tx, {
      type: 'record.attachment.added',
      subjectType: 'record',
      subjectId: recordId,
      data: { attachmentId: row!.id },
      actorUserId: actor.userId,
    });
    return present(row!);
  });
}

const META = {
  id: recordAttachments.id,
  recordId: recordAttachments.recordId,
  filename: recordAttachments.filename,
  contentType: recordAttachments.contentType,
  sizeBytes: recordAttachments.sizeBytes,
  sha256: recordAttachments.sha256,
  createdBy: recordAttachments.createdBy,
  createdAt: recordAttachments.createdAt,
};

export async function listAttachments(db: Db, actor: Actor, recordId: string) {
  await requireRecord(db, actor, recordId, 'read');
  const rows = await db
    .select(META)
    .from(recordAttachments)
    .where(eq(recordAttachments.recordId, recordId))
    .orderBy(asc(recordAttachments.createdAt));
  return rows.map(present);
}

/** The file, after decide(); audited on every download. */
export async function downloadAttachment(
  db: Db,
  actor: Actor,
  recordId: string,
  id: string,
  requestId: string,
) {
  const policy = await requireRecord(db, actor, recordId, 'read');
  const [row] = await db
    .select()
    .from(recordAttachments)
    .where(and(eq(recordAttachments.id, id), eq(recordAttachments.recordId, recordId)));
  if (!row) throw notFound('Attachment');
  await db.transaction((tx) =>
    writeAudit(tx, {
      action: 'record.attachment.download',
      actor,
      targetType: 'record',
      targetId: recordId,
      requestId,
      details: { attachmentId: id, sha256: row.sha256, classification: policy.classification },
    }),
  );
  return row;
}

export async function deleteAttachment(
  db: Db,
  actor: Actor,
  recordId: string,
  id: string,
  requestId: string,
) {
  await requireRecord(db, actor, recordId, 'update');
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(recordAttachments)
      .where(and(eq(recordAttachments.id, id), eq(recordAttachments.recordId, recordId)))
      .returning({ sha256: recordAttachments.sha256 });
    if (!removed.length) throw notFound('Attachment');
    await writeAudit(tx, {
      action: 'record.attachment.delete',
      actor,
      targetType: 'record',
      targetId: recordId,
      requestId,
      details: { attachmentId: id, sha256: removed[0]!.sha256 },
    });
  });
}
