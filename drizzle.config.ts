import { defineConfig } from 'drizzle-kit';

// Migrations are generated here and applied by the application itself (src/server/platform/db/migrate.ts)
// on PGlite and on PostgreSQL alike; drizzle-kit's own migrate cannot load PGlite's pg_trgm (STACK.md #11).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/platform/db/schema.ts',
  out: './db/migrations',
});
