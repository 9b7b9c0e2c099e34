import { describe, expect, it } from 'vitest';
import type { Chain, ChainNode } from '../targets.types.ts';
import { BOX_HEIGHT, BOX_WIDTH, INDENT, layoutChain, PADDING, ROW_HEIGHT } from './chainLayout.ts';

const node = (id: string, name: string | null = id.toUpperCase()): ChainNode => ({
  id,
  name,
  businessId: null,
  hidden: name === null,
  depth: 0,
});
const edge = (from: string, to: string) => ({ from, to, worksiteId: null });

const shape = (chain: Chain, current: string) =>
  layoutChain(chain, current).rows.map(
    (r) => `${'  '.repeat(r.level)}${r.node.id}${r.repeat ? ' (repeat)' : ''}${r.current ? ' *' : ''}`,
  );

describe('layoutChain', () => {
  it('draws a main contractor above its subcontractors, any depth, sorted by name', () => {
    const chain: Chain = {
      nodes: [node('b', 'Beta'), node('a', 'Alfa'), node('c', 'Ceta'), node('d', 'Delta')],
      edges: [edge('a', 'c'), edge('a', 'b'), edge('b', 'd')],
      truncated: false,
    };
    expect(shape(chain, 'b')).toEqual(['a', '  b *', '    d', '  c']);
  });

  it('puts each box one row down and one step in, with an elbow line from its main contractor', () => {
    const layout = layoutChain(
      { nodes: [node('a'), node('b')], edges: [edge('a', 'b')], truncated: false },
      'a',
    );
    const [a, b] = layout.rows;
    expect([a?.x, a?.y, b?.x, b?.y]).toEqual([PADDING, PADDING, PADDING + INDENT, PADDING + ROW_HEIGHT]);
    expect(layout.links).toEqual([
      {
        key: `${a?.key}>${b?.key}`,
        path: `M${PADDING + INDENT / 2} ${PADDING + BOX_HEIGHT} V${PADDING + ROW_HEIGHT + BOX_HEIGHT / 2} H${PADDING + INDENT}`,
      },
    ]);
    expect(layout.width).toBe(PADDING * 2 + INDENT + BOX_WIDTH);
    expect(layout.height).toBe(PADDING * 2 + ROW_HEIGHT + BOX_HEIGHT);
  });

  it('repeats a company that works for two main contractors, without its subtree the second time', () => {
    const chain: Chain = {
      nodes: [node('a'), node('b'), node('s'), node('t')],
      edges: [edge('a', 's'), edge('b', 's'), edge('s', 't')],
      truncated: false,
    };
    expect(shape(chain, 's')).toEqual(['a', '  s *', '    t', 'b', '  s (repeat) *']);
  });

  it('keeps hidden companies (no name) after the named ones and adds ends the nodes list lacks', () => {
    const chain: Chain = {
      nodes: [node('a'), node('h', null), node('m', 'Mu')],
      edges: [edge('a', 'h'), edge('a', 'z'), edge('a', 'm')],
      truncated: false,
    };
    const layout = layoutChain(chain, 'a');
    expect(layout.rows.map((r) => [r.node.id, r.node.hidden])).toEqual([
      ['a', false],
      ['m', false],
      ['h', true],
      ['z', true],
    ]);
  });

  it('shows a company with no chain as a single box', () => {
    const layout = layoutChain({ nodes: [], edges: [], truncated: false }, 'solo');
    expect(layout.rows).toHaveLength(1);
    expect(layout.rows[0]).toMatchObject({ current: true, level: 0, repeat: false });
    expect(layout.links).toEqual([]);
  });

  it('does not lose companies on a cycle (refused on write, drawn if ever present)', () => {
    const chain: Chain = {
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'b'), edge('b', 'a')],
      truncated: false,
    };
    expect(shape(chain, 'a')).toEqual(['a *', '  b', '    a (repeat) *']);
  });
});
