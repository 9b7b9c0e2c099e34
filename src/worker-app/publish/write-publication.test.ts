import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PublicationManifest } from '../content/types.ts';
import { defaultPublicationInput } from './default-content.ts';
import { writePublication } from './write-publication.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'silta-publication-'));
  dirs.push(dir);
  return dir;
}

describe('writePublication', () => {
  it('writes the manifest and the language files, leaving no temporary files', async () => {
    const dir = await tempDir();
    const { id } = await writePublication(dir, defaultPublicationInput('2026-11-28T00:00:00Z'));
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as PublicationManifest;
    expect(manifest.id).toBe(id);
    for (const path of Object.values(manifest.files)) {
      expect(JSON.parse(await readFile(join(dir, path), 'utf8'))).toHaveProperty('pages');
    }
    expect((await readdir(dir)).sort()).toEqual(['content', 'manifest.json']);
  });

  it('keeps older content folders when a new version is published, and is idempotent', async () => {
    const dir = await tempDir();
    const first = await writePublication(dir, defaultPublicationInput('2026-11-28T00:00:00Z'));
    const changed = defaultPublicationInput('2026-11-29T00:00:00Z');
    changed.notices = [
      {
        id: 'berry-season',
        title: { en: 'Berry season' },
        body: { en: 'Know your rights.' },
        languages: ['vi', 'th'],
        sectors: ['berry-picking'],
        publishedAt: '2026-11-28T00:00:00Z',
        expiresAt: '2027-01-01T00:00:00Z',
      },
    ];
    const second = await writePublication(dir, changed);
    expect(second.id).not.toBe(first.id);
    expect((await readdir(join(dir, 'content'))).sort()).toEqual([first.id, second.id].sort());
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as PublicationManifest;
    expect(manifest.id).toBe(second.id);

    const again = await writePublication(dir, changed);
    expect(again.id).toBe(second.id);
    expect(await readdir(join(dir, 'content'))).toHaveLength(2);
  });
});
