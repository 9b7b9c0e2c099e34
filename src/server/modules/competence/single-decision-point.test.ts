/**
 * The one-function guard: outside the competence module, server code may decide a disclosure only
 * through `decideDisclosureNow` (competence.service.ts), which runs the engine on the current stored
 * map. Importing the pure engine — engine*.ts, matrix.ts, obligations.ts, participants.ts, or
 * `decideDisclosure` by name — would let a module decide against a configuration of its own choosing
 * and cite rule versions that were never stored. This test scans src/server and fails on any such import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = path.resolve(import.meta.dirname, '../..');
const MODULE = path.resolve(import.meta.dirname);
const ENGINE_FILES = /(?:^|\/)(?:engine(?!\.types)(?:\.[\w-]+)?|matrix|obligations|participants)(?:\.ts)?$/;
const IMPORT =
  /\b(?:import|export)\s*(?:type\s+)?(?:([^;'"]*?)\s*from\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function* serverFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* serverFiles(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) yield full;
  }
}

/** The forbidden imports in one file's source, as `specifier` strings with the reason. */
function forbiddenImports(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const clause = match[1] ?? '';
    const specifier = match[2] ?? match[3] ?? '';
    if (!specifier.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), specifier);
    if (!target.startsWith(`${MODULE}${path.sep}`) && target !== MODULE) continue;
    const inModule = path.relative(MODULE, target).split(path.sep).join('/');
    const typeOnly = /^\s*type\b/.test(match[0].replace(/^\s*(?:import|export)\s*/, ''));
    if (ENGINE_FILES.test(inModule) && !typeOnly) found.push(`${specifier} (the pure engine)`);
    if (/\bdecideDisclosure\b/.test(clause)) found.push(`${specifier} (decideDisclosure by name)`);
  }
  return found;
}

describe('the single decision point', () => {
  it('no server code outside the competence module imports the pure engine', () => {
    const offenders: string[] = [];
    for (const file of serverFiles(SERVER)) {
      if (file.startsWith(`${MODULE}${path.sep}`)) continue;
      for (const hit of forbiddenImports(file, fs.readFileSync(file, 'utf8'))) {
        offenders.push(`${path.relative(SERVER, file)}: ${hit}`);
      }
    }
    expect(offenders, 'use decideDisclosureNow from competence.service.ts').toEqual([]);
  });

  it('recognises the imports it forbids and allows the service', () => {
    const file = path.join(SERVER, 'modules/register/example.ts');
    const bad = [
      "import { decideDisclosure } from '../competence/engine.ts';",
      "import { resolveCategory } from '../competence/engine.category.ts';",
      "import { decideDisclosure } from '../competence/index.ts';",
      "import {\n  SHIPPED_COMPETENCE_CONFIG,\n  decideDisclosure,\n} from '../competence';",
      "export { decideDisclosure } from '../competence/engine';",
      "const engine = await import('../competence/engine.ts');",
      "import { obligationsFor } from '../competence/obligations.ts';",
    ];
    for (const source of bad) expect(forbiddenImports(file, source), source).not.toEqual([]);
    const good = [
      "import { decideDisclosureNow } from '../competence/competence.service.ts';",
      "import { decideDisclosureNow, validateCompetenceConfig } from '../competence/index.ts';",
      "import type { DisclosureDecision } from '../competence/engine.types.ts';",
      "import { decideDisclosure } from './somewhere-else.ts';",
    ];
    for (const source of good) expect(forbiddenImports(file, source), source).toEqual([]);
  });
});
