/**
 * Keeps this node's `<data dir>/published` equal to the database's current publication:
 * - at start (when the server listens): seeds the CMS tables on first start, records the published
 *   state (a new publication only if it differs, e.g. after a notice expired) and writes the files;
 * - after every publication made through the CMS on this node;
 * - when another node publishes (NOTIFY worker_content_published, on PostgreSQL);
 * - when the next published notice expires, so that it leaves the files without anyone publishing.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.ts';
import { PUBLISHED_CHANNEL, recordPublication, writePublicationFiles } from './worker-content.publish.ts';
import { findCurrentPublication, findPublication, type PublicationRow } from './worker-content.repository.ts';
import { seedWorkerContent } from './worker-content.seed.ts';

/** setTimeout's limit; a later expiry is re-checked when this runs out. */
const MAX_TIMER_MS = 2_147_000_000;

/**
 * Seeds the CMS tables on first start, records the published state as the current publication if it
 * changed, and writes its files into this node's data dir. Returns the publication.
 */
export async function publishDatabaseContent(ctx: AppContext): Promise<PublicationRow> {
  await seedWorkerContent(ctx.db);
  const { publication } = await ctx.db.transaction(async (tx) => {
    const current = await findCurrentPublication(tx);
    return recordPublication(tx, ctx.config, current ? 'start' : 'seed', null);
  });
  await writePublicationFiles(ctx.config, publication);
  return publication;
}

export class WorkerContentPublisher {
  private lastWritten: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private stopped = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Seeds, publishes the database's content and starts following other nodes' publications. */
  async start(): Promise<void> {
    const publication = await publishDatabaseContent(this.ctx);
    if (this.stopped) return;
    this.lastWritten = publication.contentId;
    this.scheduleExpiry(publication);
    const unlisten = await this.ctx.database.listen(PUBLISHED_CHANNEL, (id) => {
      void this.onNotified(id);
    });
    // The server may have been closed while this was starting.
    if (this.stopped) await unlisten();
    else this.unlisten = unlisten;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.unlisten?.();
  }

  /** Writes a publication's files (after its transaction committed) and plans the next expiry. */
  async written(publication: PublicationRow): Promise<void> {
    await writePublicationFiles(this.ctx.config, publication);
    this.lastWritten = publication.contentId;
    this.scheduleExpiry(publication);
  }

  /** Records the published state if it changed (system as actor) and writes the files. */
  private async republish(): Promise<void> {
    const { publication } = await this.ctx.db.transaction(async (tx) => {
      const current = await findCurrentPublication(tx);
      return recordPublication(tx, this.ctx.config, current ? 'start' : 'seed', null);
    });
    await this.written(publication);
  }

  private async onNotified(id: string): Promise<void> {
    try {
      const publication = await findPublication(this.ctx.db, id);
      if (!publication?.isCurrent || publication.contentId === this.lastWritten) return;
      await this.written(publication);
    } catch (error) {
      this.log.error({ err: { message: (error as Error).message } }, 'worker content: republish failed');
    }
  }

  private scheduleExpiry(publication: PublicationRow): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const now = Date.now();
    const next = publication.input.notices
      .map((n) => Date.parse(n.expiresAt))
      .filter((t) => t > now)
      .sort((a, b) => a - b)[0];
    if (next === undefined) return;
    this.timer = setTimeout(
      () => {
        this.republish().catch((error: unknown) => {
          this.log.error({ err: { message: (error as Error).message } }, 'worker content: expiry failed');
        });
      },
      Math.min(next - now + 1_000, MAX_TIMER_MS),
    );
    this.timer.unref();
  }
}
