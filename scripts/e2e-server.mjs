/**
 * The server Playwright starts for e2e: always embedded PGlite in a fresh .tmp/e2e-data (even when
 * CI sets DATABASE_URL for the integration tests), demo accounts on, port 8181. Forwards SIGTERM and
 * SIGINT to the server so it closes the database cleanly.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.tmp', 'e2e-data');

rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });

const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: '8181',
    HOST: '127.0.0.1',
    SILTA_DATA_DIR: dataDir,
    SILTA_DEMO: 'on',
    DATABASE_URL: '',
    SILTA_LOG_LEVEL: 'warn',
    // Demo accounts are never seeded in production; e2e needs them whatever the caller's NODE_ENV.
    NODE_ENV: 'test',
  },
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}

child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
