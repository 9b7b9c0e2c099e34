import { defineConfig } from 'vitest/config';

// Tests live beside the code they test. Database tests share migrated templates built once in
// globalSetup (see src/server/testing/global-setup.ts) instead of running initdb per file.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['src/server/testing/global-setup.ts'],
  },
});
