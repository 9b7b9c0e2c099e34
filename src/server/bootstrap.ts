/**
 * Opening, migrating and seeding the database — shared by the server (main.ts), the CLI and tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultPublicationInput } from '../worker-app/publish/default-content.ts';
import { writePublication } from '../worker-app/publish/write-publication.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { seedCompetenceMap } from './modules/competence/competence.seed.ts';
import { publishDatabaseContent } from './modules/worker-content/worker-content.publisher.ts';
import { openDatabase } from './platform/db/client.ts';
import { runMigrations } from './platform/db/migrate.ts';
import { seedDemoData } from './seed/demo-data.ts';
import { seedDemoJointOperations } from './seed/demo-joint-operations.ts';
import { seedDemoOperations } from './seed/demo-operations.ts';
import { seedBase, seedDemoAccounts } from './seed/seed.ts';

export interface BootstrapReport {
  demoAccountsCreated: number;
  demoCompaniesCreated: number;
}

/** Opens the configured database and brings it up to date. */
export async function openAndMigrate(config: Config): Promise<AppContext> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    await runMigrations(database, config.databaseUrl);
    await seedBase(database.db);
    await seedCompetenceMap(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { config, database, db: database.db };
}

/**
 * In demo mode, seeds demo accounts, synthetic register data, the demo annual clock and two demo joint
 * operations on first start.
 */
export async function seedDemoIfNeeded(ctx: AppContext): Promise<BootstrapReport> {
  if (!ctx.config.demo) return { demoAccountsCreated: 0, demoCompaniesCreated: 0 };
  const demoAccountsCreated = await seedDemoAccounts(ctx.db, ctx.config.demoPassword);
  const demoCompaniesCreated =
    demoAccountsCreated > 0
      ? await seedDemoData(ctx.db, { seed: ctx.config.demoSeed, companies: ctx.config.demoCompanies })
      : 0;
  if (demoAccountsCreated > 0) {
    await seedDemoOperations(ctx.db);
    await seedDemoJointOperations(ctx.db);
  }
  return { demoAccountsCreated, demoCompaniesCreated };
}

/**
 * Makes sure the worker app has content to serve in <data dir>/published.
 * - Given the AppContext: seeds the CMS tables from the shipped content on first start and publishes
 *   the database's current content (content-addressed: unchanged content only rewrites manifest.json).
 * - Given only the configuration: publishes the shipped default content if nothing is published yet.
 * Either way, a server publishes the database's content again when it starts listening
 * (modules/worker-content, which also follows other nodes' publications).
 */
export async function ensureWorkerAppPublished(target: Config | AppContext): Promise<string | null> {
  if ('database' in target) return (await publishDatabaseContent(target)).contentId;
  const dir = path.join(target.dataDir, 'published');
  if (fs.existsSync(path.join(dir, 'manifest.json'))) return null;
  const { id } = await writePublication(dir, defaultPublicationInput());
  return id;
}
