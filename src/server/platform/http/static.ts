/**
 * The two web apps, served by the API server itself:
 * - the officials' app (dist/web) at `/`, with a per-request CSP nonce in index.html for
 *   styled-components' <style> elements, and a single-page fallback for its routes;
 * - the public worker app (dist/help) at `/help/`, and its published content
 *   (<data dir>/published) at `/help/published/`: content-addressed files are immutable, the small
 *   manifest is revalidated, so clients pick up a new publication on their next online visit.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { access } from './access.ts';
import { loadFile, safeJoin, sendFile } from './static-files.ts';

const DIST = fileURLToPath(new URL('../../../../dist', import.meta.url));
const WEB_ROOT = path.join(DIST, 'web');
const HELP_ROOT = path.join(DIST, 'help');

const notBuilt = (reply: FastifyReply, which: string) =>
  reply
    .status(503)
    .type('text/plain; charset=utf-8')
    .send(`The ${which} has not been built. Run "npm run build" (npm start does this for you).`);

async function sendWebIndex(reply: FastifyReply): Promise<FastifyReply> {
  const index = await loadFile(path.join(WEB_ROOT, 'index.html'));
  if (!index) return notBuilt(reply, 'officials’ web app');
  const nonce = (reply as FastifyReply & { cspNonce?: { style: string } }).cspNonce?.style ?? '';
  const html = index.raw.toString('utf8').replaceAll('__CSP_NONCE__', nonce);
  reply.header('cache-control', 'no-store');
  return reply.type(index.type).send(html);
}

export async function staticRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const publishedRoot = path.join(ctx.config.dataDir, 'published');
  const route = { config: { access: access.public, rateLimit: false as const }, schema: { hide: true } };

  app.get('/assets/*', route, async (request: FastifyRequest<{ Params: { '*': string } }>, reply) => {
    const file = safeJoin(path.join(WEB_ROOT, 'assets'), request.params['*']);
    const loaded = file ? await loadFile(file) : null;
    if (!loaded) return reply.status(404).send({ code: 'not_found', message: 'No such file' });
    return sendFile(request, reply, loaded, 'immutable');
  });

  app.get('/help', route, async (_request, reply) => reply.redirect('/help/', 301));

  app.get('/help/*', route, async (request: FastifyRequest<{ Params: { '*': string } }>, reply) => {
    const rest = request.params['*'];
    if (rest.startsWith('published/')) {
      const file = safeJoin(publishedRoot, rest.slice('published/'.length));
      const loaded = file ? await loadFile(file) : null;
      if (!loaded) return reply.status(404).send({ code: 'not_found', message: 'No such file' });
      return sendFile(
        request,
        reply,
        loaded,
        rest.startsWith('published/content/') ? 'immutable' : 'revalidate',
      );
    }
    const file = rest ? safeJoin(HELP_ROOT, rest) : null;
    const loaded = file ? await loadFile(file) : null;
    if (loaded)
      return sendFile(request, reply, loaded, rest.startsWith('assets/') ? 'immutable' : 'revalidate');
    if (path.extname(rest)) return reply.status(404).send({ code: 'not_found', message: 'No such file' });
    const index = await loadFile(path.join(HELP_ROOT, 'index.html'));
    if (!index) return notBuilt(reply, 'worker app');
    return sendFile(request, reply, index, 'revalidate');
  });

  app.get('/*', route, async (request: FastifyRequest<{ Params: { '*': string } }>, reply) => {
    const rest = request.params['*'];
    if (rest.startsWith('api/') || rest === 'api') {
      return reply.status(404).send({ code: 'not_found', message: `No such route: GET /${rest}` });
    }
    if (path.extname(rest)) {
      const file = safeJoin(WEB_ROOT, rest);
      const loaded = file ? await loadFile(file) : null;
      if (loaded && !rest.endsWith('index.html')) return sendFile(request, reply, loaded, 'revalidate');
      return reply.status(404).send({ code: 'not_found', message: 'No such file' });
    }
    return sendWebIndex(reply);
  });
}
