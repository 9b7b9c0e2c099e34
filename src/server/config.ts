/**
 * Environment configuration, parsed once at start-up. A bad value stops the process with a message
 * naming the variable, instead of failing later in some request.
 */
import path from 'node:path';
import { z } from 'zod';
import { AUTHORITY_CODES, type AuthorityCode } from '../contracts/authorities.ts';

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  // An empty DATABASE_URL means "not set": PGlite.
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  SILTA_DATA_DIR: z.string().min(1).default('./data'),
  SILTA_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  SILTA_DEMO_PASSWORD: z.string().min(8).default('silta-demo'),
  SILTA_DEMO_SEED: z.coerce.number().int().default(20260307),
  SILTA_DEMO_COMPANIES: z.coerce.number().int().min(0).default(300),
  SILTA_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SILTA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when Silta is served over HTTPS (directly or behind a TLS-terminating proxy): cookies get Secure. */
  SILTA_SECURE_COOKIES: z.enum(['auto', 'on', 'off']).default('auto'),
  SILTA_TRUST_PROXY: z.enum(['on', 'off']).default('off'),
  SILTA_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SILTA_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(10),
  /** Where the public reaches this server: the worker-app posters' QR codes point here. */
  SILTA_PUBLIC_URL: z.string().url().default('http://127.0.0.1:8080'),
  /** The worker app's anonymous "tell the authorities" form. */
  SILTA_WORKER_TIPS: z.enum(['on', 'off']).default('on'),
  /** The authority that owns (and alone sees) the tips from the worker app. */
  SILTA_WORKER_TIPS_AUTHORITY: z.enum(AUTHORITY_CODES).default('osh'),
  SILTA_WORKER_TIPS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
  /** The worker app's self-check (ILO indicators). */
  SILTA_WORKER_SELFCHECK: z.enum(['on', 'off']).default('on'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  demoPassword: string;
  demoSeed: number;
  demoCompanies: number;
  logLevel: string;
  /** Requests per minute per client address (per node), all routes together. */
  rateLimitPerMinute: number;
  secureCookies: 'auto' | 'on' | 'off';
  trustProxy: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Public base URL without a trailing slash, e.g. https://silta.example.fi */
  publicUrl: string;
  workerTips: { enabled: boolean; authority: AuthorityCode; retentionDays: number };
  workerSelfCheck: boolean;
}

/** Parses configuration from an environment object (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.SILTA_DATA_DIR),
    // Production never seeds demo accounts, whatever SILTA_DEMO says.
    demo: e.NODE_ENV === 'production' ? false : e.SILTA_DEMO !== 'off',
    demoPassword: e.SILTA_DEMO_PASSWORD,
    demoSeed: e.SILTA_DEMO_SEED,
    demoCompanies: e.SILTA_DEMO_COMPANIES,
    logLevel: e.SILTA_LOG_LEVEL,
    rateLimitPerMinute: e.SILTA_RATE_LIMIT_PER_MINUTE,
    secureCookies: e.SILTA_SECURE_COOKIES,
    trustProxy: e.SILTA_TRUST_PROXY === 'on',
    sessionIdleMs: e.SILTA_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SILTA_SESSION_ABSOLUTE_HOURS * 3_600_000,
    publicUrl: e.SILTA_PUBLIC_URL.replace(/\/+$/, ''),
    workerTips: {
      enabled: e.SILTA_WORKER_TIPS === 'on',
      authority: e.SILTA_WORKER_TIPS_AUTHORITY,
      retentionDays: e.SILTA_WORKER_TIPS_RETENTION_DAYS,
    },
    workerSelfCheck: e.SILTA_WORKER_SELFCHECK === 'on',
  };
}
