/**
 * Background jobs on a timer inside the server (retention, risk rescoring). Each job guards its own
 * work against other nodes (an advisory lock); this only keeps one node's runs apart and its timers out
 * of the way of shutdown.
 */

/** Where a job's failures are told: the server's logger. */
export interface JobLog {
  error(details: object, message: string): void;
}

export interface ScheduleOptions<T> {
  /** Delay before the first run, so that start-up work goes first. */
  firstAfterMs: number;
  /** Told the result of every run that finished. */
  onRun?: (result: T) => void;
}

/**
 * Runs `run` first after `firstAfterMs`, then every `intervalMs`. A run still going when the next is
 * due is not started again (that turn is skipped). A failed run is logged as "<name> failed" with its
 * message only (no stack, no data) and tried again at the next interval. The timers are unref'd — they
 * never keep the process alive — and the returned function stops them.
 */
export function scheduleEvery<T>(
  name: string,
  intervalMs: number,
  run: () => Promise<T>,
  log: JobLog,
  options: ScheduleOptions<T>,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      // Awaited apart: inside `onRun?.(await run())` the run would be skipped with no onRun.
      const result = await run();
      options.onRun?.(result);
    } catch (error) {
      log.error({ err: { message: error instanceof Error ? error.message : 'unknown' } }, `${name} failed`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), options.firstAfterMs);
  const every = setInterval(() => void tick(), intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
