/**
 * The parts of bench/events.bench.ts that are not the measurement itself: starting the server
 * processes (with the V8 inspector on), waiting for them, the light SSE client, memory after a forced
 * GC, and percentiles.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';

export function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0);
}

/** Every server process listens for the V8 inspector on its HTTP port + 10,000 (localhost only). */
export const inspectorPort = (port: number) => port + 10_000;

/** One Chrome DevTools Protocol call over the process's inspector WebSocket. */
async function cdp(port: number, method: string): Promise<Record<string, number>> {
  const [target] = (await (await fetch(`http://127.0.0.1:${inspectorPort(port)}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const ws = new WebSocket(target!.webSocketDebuggerUrl);
  try {
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = reject;
    });
    return await new Promise((resolve, reject) => {
      ws.onmessage = (m) => {
        const reply = JSON.parse(String(m.data)) as { id?: number; result?: Record<string, number> };
        if (reply.id === 1) resolve(reply.result ?? {});
      };
      ws.onerror = reject;
      ws.send(JSON.stringify({ id: 1, method }));
    });
  } finally {
    ws.close();
  }
}

/**
 * Memory of the servers after a full garbage collection (forced through the inspector, so the
 * garbage of earlier sweeps does not swing the figure): JS heap in use and RSS, summed, in KB.
 */
export async function memoryAfterGcKb(
  ports: number[],
  pids: number[],
): Promise<{ heap: number; rss: number }> {
  let heap = 0;
  for (const port of ports) {
    await cdp(port, 'HeapProfiler.collectGarbage');
    heap += (await cdp(port, 'Runtime.getHeapUsage')).usedSize! / 1024;
  }
  return { heap, rss: pids.reduce((a, p) => a + rssKb(p), 0) };
}

export async function waitHealthy(port: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} never became healthy`);
}

export function startProcess(
  args: string[],
  port: number,
  env: Record<string, string>,
  cwd = process.cwd(),
): ChildProcess {
  // PROFILE=<dir>: each server process writes a V8 CPU profile there when it exits.
  const profile = process.env.PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE}`] : [];
  const inspect = `--inspect=127.0.0.1:${inspectorPort(port)}`;
  return spawn(process.execPath, [inspect, ...profile, ...args], {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', SILTA_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export interface Stream {
  close(): void;
}

/**
 * Opens an SSE stream and calls onId(id) for each event. A plain node:http request with a string
 * scan: at 2,000 clients × 100 events/s this one process parses 200,000 frames a second, and fetch's
 * web streams (TextDecoderStream, reader promises) made the client itself the bottleneck — the
 * garbage collector alone took 14 % of it — so its pauses, not the servers, set the tail.
 */
export function openStream(
  url: string,
  headers: Record<string, string>,
  onId: (id: string) => void,
): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`no stream from ${url}: ${res.statusCode}`));
        res.destroy();
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let from = 0;
        for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n', from)) {
          // Both servers write the id line first; the client does the same small work for either.
          if (buffer.startsWith('id: ', from)) {
            const nl = buffer.indexOf('\n', from);
            onId(buffer.slice(from + 4, nl));
          }
          from = cut + 2;
        }
        buffer = buffer.slice(from);
      });
      res.on('error', () => undefined);
      resolve({ close: () => req.destroy() });
    });
    req.on('error', (error) => reject(error));
  });
}

export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
