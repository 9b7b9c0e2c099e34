/** A small Server-Sent Events client over fetch, for tests and benchmarks. */
export interface SseEvent {
  id: number;
  type: string;
  data: { id: number; type: string; subjectType: string; subjectId: string; createdAt: string };
  receivedAt: number;
}

export interface SseClient {
  events: SseEvent[];
  waitFor(predicate: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  close(): void;
  closed: Promise<void>;
}

export async function openSse(url: string, headers: Record<string, string>): Promise<SseClient> {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`stream answered ${res.status}`);
  const events: SseEvent[] = [];
  const waiters = new Set<{ predicate: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }>();
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const closed = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let cut = buffer.indexOf('\n\n');
        while (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          cut = buffer.indexOf('\n\n');
          const fields = Object.fromEntries(
            block
              .split('\n')
              .filter((l) => l && !l.startsWith(':'))
              .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
          );
          if (!fields.data) continue;
          const event: SseEvent = {
            id: Number(fields.id),
            type: fields.event ?? 'message',
            data: JSON.parse(fields.data),
            receivedAt: performance.now(),
          };
          events.push(event);
          for (const w of waiters) {
            if (w.predicate(event)) {
              waiters.delete(w);
              w.resolve(event);
            }
          }
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    closed,
    close: () => controller.abort(),
    waitFor(predicate, timeoutMs = 5_000) {
      const hit = events.find(predicate);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve };
        waiters.add(waiter);
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`no matching event within ${timeoutMs} ms`));
        }, timeoutMs);
      });
    },
  };
}
