/**
 * Composes the Fastify application: security headers, cookies, rate limits, OpenAPI, the request
 * guard, error handling and every module's routes. `buildApp` is used by main.ts and by tests alike.
 */
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './context.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authoritiesRoutes } from './modules/authorities/authorities.routes.ts';
import { competenceRoutes } from './modules/competence/competence.routes.ts';
import { matchingRoutes } from './modules/matching/matching.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { savedSearchRoutes } from './modules/notifications/saved-searches.routes.ts';
import { streamRoutes } from './modules/notifications/stream.routes.ts';
import { resolveSubjects } from './modules/notifications/subjects.ts';
import { operationsRoutes } from './modules/operations/operations.routes.ts';
import { planRoutes } from './modules/operations/plan.routes.ts';
import { recordsRoutes } from './modules/register/records.routes.ts';
import { registerRoutes } from './modules/register/register.routes.ts';
import { importRoutes } from './modules/register-import/import.routes.ts';
import { riskRoutes } from './modules/risk/risk.routes.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { workerContentRoutes } from './modules/worker-content/worker-content.routes.ts';
import { workerTipsRoutes } from './modules/worker-tips/worker-tips.routes.ts';
import { authRoutes } from './platform/auth/auth.routes.ts';
import { EventBus } from './platform/events/bus.ts';
import { enforceAccessDeclarations, type RouteAccessEntry } from './platform/http/access.ts';
import { installErrorHandler } from './platform/http/error-handler.ts';
import { installGuard } from './platform/http/guard.ts';
import { staticRoutes } from './platform/http/static.ts';

export interface BuiltApp {
  app: FastifyInstance;
  routeAccess: RouteAccessEntry[];
  bus: EventBus;
}

export interface BuildOptions {
  /** Serve the built web apps from dist/ (off in API-only tests). */
  serveWeb?: boolean;
  logger?: boolean;
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<BuiltApp> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: ctx.config.logLevel,
            // No personal data in logs: no query strings (they carry search terms), no bodies, no cookies.
            serializers: {
              req: (req: { method: string; url: string; id: string }) => ({
                method: req.method,
                path: req.url.split('?')[0],
                id: req.id,
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
          },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a text/plain form post (a classic CSRF vector) is refused with 415.
  app.removeContentTypeParser('text/plain');
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const routeAccess = enforceAccessDeclarations(app);

  await app.register(fastifyHelmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: ctx.config.rateLimitPerMinute,
    timeWindow: '1 minute',
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Silta API',
        version: '0.1.0',
        description:
          'Every route states its access rule (x-access). Errors are JSON {code, message, details}. ' +
          'State-changing requests need the X-CSRF-Token header from GET /api/me.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'silta_session' } } },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const accessRule = (input.route.config as { access?: unknown } | undefined)?.access;
      return { ...out, schema: { ...out.schema, 'x-access': accessRule } as typeof out.schema };
    },
  });

  installGuard(app, ctx);
  installErrorHandler(app);

  const bus = new EventBus(ctx.database, resolveSubjects);
  bus.onError = (error) =>
    app.log.error(
      { err: { message: error instanceof Error ? error.message : 'unknown' } },
      'event bus read failed',
    );
  await bus.start();
  app.addHook('onClose', async () => bus.stop());

  await app.register(async (scope) => {
    await systemRoutes(scope, ctx);
    await authRoutes(scope, ctx);
    await authoritiesRoutes(scope, ctx);
    await auditRoutes(scope, ctx);
    await workerContentRoutes(scope, ctx);
    await workerTipsRoutes(scope, ctx);
    await competenceRoutes(scope, ctx);
    await recordsRoutes(scope, ctx);
    await registerRoutes(scope, ctx);
    await matchingRoutes(scope, ctx);
    await importRoutes(scope, ctx);
    await notificationsRoutes(scope, ctx);
    await operationsRoutes(scope, ctx);
    await planRoutes(scope, ctx);
    await riskRoutes(scope, ctx);
    await savedSearchRoutes(scope, ctx, bus);
    await streamRoutes(scope, ctx, bus);
    if (options.serveWeb !== false) await staticRoutes(scope, ctx);
  });

  await app.ready();
  return { app, routeAccess, bus };
}
