import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/platform/db/client.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'silta-cli-'));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/silta.ts', ...args], {
    env: { ...process.env, SILTA_DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  });

describe('silta CLI (real process, PGlite data folder)', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates the first platform admin in production mode, then verifies the chain', () => {
    const created = run(['admin', 'create', '--username', 'first.admin', '--authority', 'police'], {
      SILTA_ADMIN_PASSWORD: 'a-long-enough-password',
    });
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('Created platform admin first.admin');
    const again = run(['admin', 'create', '--username', 'first.admin', '--authority', 'police'], {
      SILTA_ADMIN_PASSWORD: 'a-long-enough-password',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already taken');
    const short = run(['admin', 'create', '--username', 'x.admin', '--authority', 'nowhere'], {
      SILTA_ADMIN_PASSWORD: 'a-long-enough-password',
    });
    expect(short.stderr).toContain('unknown code');
    const verify = run(['audit', 'verify']);
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/Audit chain intact: \d+ rows/);
  }, 60_000);

  it('names the first broken row after someone rewrites an audit row', async () => {
    const database = await openDatabase({ dataDir });
    await database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await database.db.execute(sql`UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 1`);
    await database.close();
    const verify = run(['audit', 'verify']);
    expect(verify.status).toBe(1);
    expect(verify.stderr).toContain('Audit chain BROKEN at row #1 (hash_mismatch)');
  }, 60_000);

  it('prints usage for an unknown command', () => {
    const res = run(['frobnicate']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('Usage:');
  }, 30_000);
});
