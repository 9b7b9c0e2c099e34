import { describe, expect, it } from 'vitest';
import { blankFromSource, draftFromForm, formFromVersion, missingFields, moveBlock } from './pageForm.ts';
import type { Version } from './workerContent.types.ts';

const source: Version = {
  id: 'v1',
  slug: 'holidays',
  lang: 'en',
  number: 3,
  title: 'Holidays',
  summary: 'Days off.',
  blocks: [
    { type: 'p', text: 'You earn holidays.' },
    { type: 'list', items: ['two days', 'a month'] },
    { type: 'contact', contactId: 'sak-advice' },
  ],
  sources: ['https://example.fi/a', 'https://example.fi/b'],
  contentDate: '2026-11-28',
  basedOnVersionId: null,
  basedOnDate: null,
  note: null,
  createdAt: '2026-11-28T10:00:00Z',
};

describe('page form', () => {
  it('round-trips a version', () => {
    expect(draftFromForm(formFromVersion(source))).toEqual({
      title: 'Holidays',
      summary: 'Days off.',
      blocks: source.blocks,
      sources: source.sources,
    });
  });

  it('starts a translation with the source structure and no text', () => {
    const blank = blankFromSource(source);
    expect(blank.title).toBe('');
    expect(blank.blocks.map((b) => [b.type, b.text, b.contactId])).toEqual([
      ['p', '', ''],
      ['list', '', ''],
      ['contact', '', 'sak-advice'],
    ]);
    expect(missingFields(blank)).toEqual(['title', 'summary', 'block-0', 'block-1']);
  });

  it('names the source version and drops empty lines and notes', () => {
    const values = { ...formFromVersion(source), note: '  ', sources: 'https://example.fi/a\n\n' };
    expect(draftFromForm(values, 'v1')).toMatchObject({
      basedOnVersionId: 'v1',
      sources: ['https://example.fi/a'],
    });
    expect(draftFromForm(values, 'v1')).not.toHaveProperty('note');
  });

  it('moves blocks within bounds', () => {
    const blocks = formFromVersion(source).blocks;
    expect(moveBlock(blocks, 0, 1).map((b) => b.type)).toEqual(['list', 'p', 'contact']);
    expect(moveBlock(blocks, 0, -1)).toBe(blocks);
  });
});
