import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleEvery } from './schedule.ts';

describe('scheduleEvery', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const silent = () => ({ error: vi.fn() });

  it('runs first after the delay, then every interval, and tells each result', async () => {
    let n = 0;
    const onRun = vi.fn();
    const stop = scheduleEvery('job', 1_000, async () => ++n, silent(), { firstAfterMs: 100, onRun });
    await vi.advanceTimersByTimeAsync(99);
    expect(onRun).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onRun).toHaveBeenLastCalledWith(1);
    await vi.advanceTimersByTimeAsync(900); // the interval counts from the start, not from the first run
    expect(onRun).toHaveBeenLastCalledWith(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onRun.mock.calls).toEqual([[1], [2], [3]]);
    stop();
  });

  it('runs without an onRun too', async () => {
    const run = vi.fn(async () => 'done');
    const stop = scheduleEvery('job', 1_000, run, silent(), { firstAfterMs: 5 });
    await vi.advanceTimersByTimeAsync(5);
    expect(run).toHaveBeenCalledTimes(1);
    stop();
  });

  it('skips a turn while the previous run is still going', async () => {
    let finish = () => {};
    const run = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const stop = scheduleEvery('slow', 1_000, run, silent(), { firstAfterMs: 0 });
    await vi.advanceTimersByTimeAsync(3_500);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    stop();
  });

  it('logs a failure by its message only and tries again at the next interval', async () => {
    const log = silent();
    const run = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('database unavailable'))
      .mockResolvedValue('ok');
    const onRun = vi.fn();
    const stop = scheduleEvery('retention', 1_000, run, log, { firstAfterMs: 10, onRun });
    await vi.advanceTimersByTimeAsync(10);
    expect(log.error).toHaveBeenCalledWith({ err: { message: 'database unavailable' } }, 'retention failed');
    expect(onRun).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onRun).toHaveBeenCalledWith('ok');
    expect(log.error).toHaveBeenCalledTimes(1);
    stop();
  });

  it('keeps no process alive, and runs no more once stopped', async () => {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const run = vi.fn(async () => undefined);
    const stop = scheduleEvery('job', 1_000, run, silent(), { firstAfterMs: 100 });
    const first = timeouts.mock.results.at(-1)?.value as NodeJS.Timeout;
    const every = intervals.mock.results.at(-1)?.value as NodeJS.Timeout;
    expect(first.hasRef()).toBe(false);
    expect(every.hasRef()).toBe(false);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).not.toHaveBeenCalled();
    timeouts.mockRestore();
    intervals.mockRestore();
  });
});
