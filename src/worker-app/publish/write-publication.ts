/**
 * Writes a publication to disk so that a reader never sees a half-written state:
 *   1. the language files go to a temporary folder inside `dir`, which is then renamed to content/<id>/
 *      (skipped when that id exists already: content-addressed files never change);
 *   2. manifest.json is written to a temporary file and renamed over the old one.
 * Older content/<id>/ folders are kept, so clients that cached an older manifest can still fetch its files.
 *
 * CLI: `node --import tsx src/worker-app/publish/write-publication.ts <dir>` publishes the default content.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPublication, type PublicationInput } from './build-publication.ts';
import { defaultPublicationInput } from './default-content.ts';

/** Builds the publication from `input` and writes it under `dir` (the folder served at /help/published/). */
export async function writePublication(dir: string, input: PublicationInput): Promise<{ id: string }> {
  const { id, files } = buildPublication(input);
  const contentDir = join(dir, 'content', id);
  await mkdir(join(dir, 'content'), { recursive: true });

  if (!(await exists(contentDir))) {
    const tmp = join(dir, `.tmp-${id}-${randomBytes(6).toString('hex')}`);
    try {
      for (const [path, text] of Object.entries(files)) {
        if (path === 'manifest.json') continue;
        const relative = path.slice(`content/${id}/`.length);
        const target = join(tmp, relative);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text, 'utf8');
      }
      await rename(tmp, contentDir);
    } catch (error) {
      await rm(tmp, { recursive: true, force: true });
      // Another writer may have published the same content at the same moment: that is fine.
      if (!(await exists(contentDir))) throw error;
    }
  }

  const manifestText = files['manifest.json'];
  if (manifestText === undefined) throw new Error('publication has no manifest');
  const tmpManifest = join(dir, `.manifest-${randomBytes(6).toString('hex')}.json`);
  await writeFile(tmpManifest, manifestText, 'utf8');
  await rename(tmpManifest, join(dir, 'manifest.json'));
  return { id };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  const target = process.argv[2];
  if (target === undefined) {
    console.error('usage: write-publication.ts <dir>');
    process.exit(2);
  }
  const { id } = await writePublication(resolve(target), defaultPublicationInput());
  console.log(`published ${id} to ${resolve(target)}`);
}
