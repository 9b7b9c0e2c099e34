/**
 * Serving built files: strong ETags, gzip/brotli compressed once and kept in memory (the file sets are
 * small), `immutable` for content-hashed names, `no-cache` (revalidate) for everything else.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

interface CachedFile {
  key: string;
  type: string;
  etag: string;
  raw: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

const cache = new Map<string, CachedFile>();

/** Resolves `relative` inside `root`, refusing anything that escapes it. */
export function safeJoin(root: string, relative: string): string | null {
  const decoded = (() => {
    try {
      return decodeURIComponent(relative);
    } catch {
      return null;
    }
  })();
  if (decoded === null || decoded.includes('\0')) return null;
  const full = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

export async function loadFile(file: string): Promise<CachedFile | null> {
  let stat: Awaited<ReturnType<typeof fs.stat>>;
  try {
    stat = await fs.stat(file);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  const key = `${stat.mtimeMs}:${stat.size}`;
  const hit = cache.get(file);
  if (hit?.key === key) return hit;
  const raw = await fs.readFile(file);
  const ext = path.extname(file).toLowerCase();
  const entry: CachedFile = {
    key,
    type: TYPES[ext] ?? 'application/octet-stream',
    etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
    raw,
  };
  if (COMPRESSIBLE.has(ext) && raw.length > 512) {
    entry.gzip = zlib.gzipSync(raw, { level: 9 });
    entry.br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  }
  cache.set(file, entry);
  return entry;
}

export type CachePolicy = 'immutable' | 'revalidate';

/** Sends a loaded file with caching and content negotiation. */
export function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: CachedFile,
  policy: CachePolicy,
  body?: Buffer,
): FastifyReply {
  reply.header('cache-control', policy === 'immutable' ? 'public, max-age=31536000, immutable' : 'no-cache');
  reply.header('vary', 'accept-encoding');
  reply.type(file.type);
  if (body) return reply.send(body); // per-request content (e.g. a CSP nonce): no ETag, no compression cache
  reply.header('etag', file.etag);
  if (request.headers['if-none-match'] === file.etag) return reply.status(304).send();
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (file.br && /\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(file.br);
  if (file.gzip && /\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(file.gzip);
  return reply.send(file.raw);
}
