/**
 * Route-level access: every route declares who may call it (`config.access`), and a route without a
 * declaration cannot even be registered — deny by default, checked at start-up and by a test that
 * lists every route. Record-level decisions happen later, in services (platform/policy/decide.ts).
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Role } from '../../../contracts/roles.ts';

export type Access =
  /** Anyone, signed in or not (login, health, the worker app, static files). */
  | { kind: 'public' }
  /** Any signed-in user, or only those holding one of `roles`. */
  | { kind: 'signed_in'; roles?: readonly Role[] };

export const access = {
  public: { kind: 'public' } as Access,
  signedIn: { kind: 'signed_in' } as Access,
  roles: (...roles: Role[]): Access => ({ kind: 'signed_in', roles }),
};

export interface RouteAccessEntry {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export class MissingAccessRuleError extends Error {
  constructor(method: string, url: string) {
    super(`Route ${method} ${url} declares no access rule (config.access). Every route must.`);
    this.name = 'MissingAccessRuleError';
  }
}

/** Installs the registration-time check and returns the live table of routes and their rules. */
export function enforceAccessDeclarations(app: FastifyInstance): RouteAccessEntry[] {
  const table: RouteAccessEntry[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const declared = (route.config as { access?: Access } | undefined)?.access;
    for (const method of methods) {
      if (!declared) throw new MissingAccessRuleError(method, route.url);
      table.push({ method, url: route.url, access: declared });
    }
  });
  return table;
}
