/**
 * Starts Silta: configuration → database (PGlite in SILTA_DATA_DIR, or PostgreSQL with DATABASE_URL)
 * → migrations → seed (demo mode) → HTTP. Stops cleanly on SIGINT/SIGTERM.
 */
import { buildApp } from './app.ts';
import { ensureWorkerAppPublished, openAndMigrate, seedDemoIfNeeded } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import { DataDirLockedError } from './platform/db/lock.ts';

async function main(): Promise<void> {
  const t0 = performance.now();
  const config = loadConfig();
  const ctx = await openAndMigrate(config);
  const seeded = await seedDemoIfNeeded(ctx);
  const publication = await ensureWorkerAppPublished(ctx);
  const { app } = await buildApp(ctx);
  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    {
      database: ctx.database.kind,
      demo: config.demo,
      ...seeded,
      workerAppPublished: publication,
      startupMs: Math.round(performance.now() - t0),
    },
    `Silta ready at http://${config.host}:${config.port}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    await app.close();
    await ctx.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('Silta failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
