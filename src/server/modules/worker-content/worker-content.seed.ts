/**
 * Seeds the CMS tables from the content shipped with the worker app (src/worker-app/content) on first
 * start: every page in Finnish and English as version 1, published. Idempotent, and safe when several
 * nodes start at once (advisory lock).
 */
import { sql } from 'drizzle-orm';
import { SOURCE_LANGUAGES } from '../../../worker-app/content/languages.ts';
import { defaultPublicationInput } from '../../../worker-app/publish/default-content.ts';
import type { Db } from '../../platform/db/client.ts';
import { workerPagePublished, workerPages, workerPageVersions } from './worker-content.tables.ts';

const SEED_LOCK = 7_420_106;

/** Returns the number of pages created (0 when the CMS already has content). */
export async function seedWorkerContent(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const [existing] = await tx.select({ slug: workerPages.slug }).from(workerPages).limit(1);
    if (existing) return 0;
    const { pages } = defaultPublicationInput();
    const order = [
      ...new Set(['en', ...SOURCE_LANGUAGES].flatMap((l) => (pages[l] ?? []).map((p) => p.slug))),
    ];
    await tx.insert(workerPages).values(order.map((slug, i) => ({ slug, position: i + 1, published: true })));
    for (const [lang, list] of Object.entries(pages)) {
      for (const page of list ?? []) {
        const [version] = await tx
          .insert(workerPageVersions)
          .values({
            slug: page.slug,
            lang,
            number: 1,
            title: page.title,
            summary: page.summary,
            blocks: page.blocks,
            sources: page.sources,
            contentDate: page.updatedAt,
            basedOnDate: page.basedOn ?? null,
            note: 'Shipped with Silta',
          })
          .returning({ id: workerPageVersions.id });
        await tx.insert(workerPagePublished).values({ slug: page.slug, lang, versionId: version!.id });
      }
    }
    return order.length;
  });
}
