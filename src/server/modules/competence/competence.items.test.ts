/**
 * The pure helpers of the stored map: splitting a configuration into items and back, comparing items
 * whatever their key order, the field-level diff, and the matrix built from engine decisions.
 */
import { describe, expect, it } from 'vitest';
import { SHIPPED_COMPETENCE_CONFIG } from './competence.data.ts';
import { diffJson } from './competence.diff.ts';
import { assembleConfig, canonicalJson, sameData, splitConfig } from './competence.items.ts';
import { validateCompetenceConfig } from './competence.validate.ts';
import { decideDisclosure } from './engine.ts';
import { buildDisclosureMatrix } from './matrix.ts';

describe('competence items', () => {
  it('splits the shipped map into items and assembles the same map again', () => {
    const items = splitConfig(SHIPPED_COMPETENCE_CONFIG);
    const c = SHIPPED_COMPETENCE_CONFIG;
    expect(items).toHaveLength(
      1 +
        c.authorities.length +
        c.competences.length +
        c.categories.length +
        c.purposes.length +
        c.circumstances.length +
        c.rules.length,
    );
    const again = validateCompetenceConfig(assembleConfig([...items].reverse()));
    expect(again.ok).toBe(true);
    if (again.ok) expect(canonicalJson(again.config)).toBe(canonicalJson(c));
  });

  it('compares data whatever the key order, and ignores only a rule’s version', () => {
    expect(sameData('purpose', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
    expect(sameData('rule', { id: 'x', version: 1 }, { version: 7, id: 'x' })).toBe(true);
    expect(sameData('category', { code: 'x', version: 1 }, { code: 'x', version: 2 })).toBe(false);
  });
});

describe('diffJson', () => {
  it('lists changed, added and removed leaves with their paths', () => {
    const before = { a: 1, list: [{ s: '1 §' }, { s: '2 §' }], gone: true, same: { x: [1] } };
    const after = { a: 2, list: [{ s: '1 §' }, { s: '3 §' }, { s: '4 §' }], same: { x: [1] }, added: 'y' };
    expect(diffJson(before, after)).toEqual([
      { path: 'a', before: 1, after: 2 },
      { path: 'added', after: 'y' },
      { path: 'gone', before: true },
      { path: 'list[1].s', before: '2 §', after: '3 §' },
      { path: 'list[2]', after: { s: '4 §' } },
    ]);
  });

  it('leaves out ignored top-level keys and finds nothing between equal values', () => {
    expect(diffJson({ version: 1, id: 'r' }, { version: 2, id: 'r' }, ['version'])).toEqual([]);
    expect(diffJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
  });
});

describe('buildDisclosureMatrix', () => {
  it('has one engine decision per authority pair', () => {
    const query = {
      category: 'osh_inspection_findings',
      purpose: 'crime_investigation',
      initiative: 'own' as const,
      at: '2026-02-01',
    };
    const matrix = buildDisclosureMatrix(SHIPPED_COMPETENCE_CONFIG, query);
    expect(matrix.cells).toHaveLength(169);
    expect(matrix.holders).toContain('osh');
    for (const cell of matrix.cells.filter((_, i) => i % 17 === 0)) {
      const decision = decideDisclosure(SHIPPED_COMPETENCE_CONFIG, {
        from: cell.from,
        to: cell.to,
        categories: [query.category],
        purpose: query.purpose,
        initiative: query.initiative,
        at: query.at,
      });
      expect(cell).toMatchObject({
        mode: decision.mode,
        allowed: decision.allowed,
        ruleIds: decision.ruleVersions,
      });
    }
  });
});
