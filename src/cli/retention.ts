/**
 * `silta retention run [--today YYYY-MM-DD]`: runs the retention job once, now (the server also runs
 * it every six hours). Prints what it did; the audit log holds the details.
 */
import type { AppContext } from '../server/context.ts';
import { runRetention } from '../server/modules/register/retention.ts';

export async function runRetentionCommand(ctx: AppContext, today?: string): Promise<number> {
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error('--today must be a date: YYYY-MM-DD');
    return 2;
  }
  const report = await runRetention(ctx.db, today ? { today } : {});
  if (!report.ran) {
    console.error('Another Silta node is running retention right now; nothing done here.');
    return 1;
  }
  console.log(
    `Retention: ${report.deleted} records deleted, ${report.anonymised} deleted and kept as anonymous statistics ` +
      `(${report.batches} batches). Audit actions retention.delete and retention.run.`,
  );
  return 0;
}
