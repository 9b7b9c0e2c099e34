/**
 * The imports running in this process: their progress (fresher than the stored row, which other nodes
 * read) and their background jobs, which shutdown, tests and benchmarks wait on.
 */
import { forgetTable } from './import.file.ts';

export interface Live {
  status: 'running' | 'done' | 'failed';
  phase: 'validating' | 'writing';
  rowsDone: number;
}

const progress = new Map<string, Live>();
const jobs = new Map<string, Promise<void>>();

/** The progress of an import running in this process, or ended here within the last minute. */
export function liveProgress(id: string): Live | undefined {
  return progress.get(id);
}

/**
 * Runs a claimed import in the background and follows it: its progress at once, its job until it ends
 * (then its parsed file is dropped), its final progress a minute longer for the readers polling it.
 */
export function trackImport(id: string, run: (live: Live) => Promise<void>): void {
  const live: Live = { status: 'running', phase: 'validating', rowsDone: 0 };
  progress.set(id, live);
  const job = run(live).finally(() => {
    jobs.delete(id);
    forgetTable(id);
    setTimeout(() => progress.delete(id), 60_000).unref();
  });
  jobs.set(id, job);
}

/** Waits for the running imports of this process (app shutdown, tests). */
export async function settleImports(): Promise<void> {
  await Promise.allSettled([...jobs.values()]);
}

/** The running job of an import in this process, if any (benchmarks wait on it). */
export function importJob(id: string): Promise<void> | undefined {
  return jobs.get(id);
}
