import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './client.ts';
import { acquireDataDirLock, DataDirLockedError } from './lock.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'silta-lock-'));

describe('PGlite data folder lock', () => {
  let held: Database;
  const dataDir = path.join(tmp, 'held');
  beforeAll(async () => {
    held = await openDatabase({ dataDir });
  });
  afterAll(async () => {
    await held.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('stops a second server process on the same folder with a clear message', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        SILTA_DATA_DIR: dataDir,
        PORT: '0',
        DATABASE_URL: '',
        SILTA_LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('The data folder is in use by another Silta process');
  });

  it('replaces a stale lock left by a process that is gone', () => {
    const dir = path.join(tmp, 'stale');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'silta.lock'), '999999999');
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'silta.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'silta.lock'))).toBe(false);
  });

  it('refuses a lock held by a live process', () => {
    const dir = path.join(tmp, 'live');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'silta.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
  });
});
