/**
 * The subcontracting chain laid out as a tree for drawing: main contractors at the top, each
 * subcontractor one step in and one row down (an indented tree that fits a phone's width and grows
 * only downwards). The chain is a graph — a company may work for two main contractors — so a company
 * reached a second time is drawn again as a *repeat* leaf (without its subtree) rather than with
 * crossing lines. Pure: tested without a browser; the SVG and the nested list both draw from it.
 */
import type { Chain, ChainNode } from '../targets.types.ts';

export const ROW_HEIGHT = 48;
export const INDENT = 28;
export const BOX_HEIGHT = 36;
export const BOX_WIDTH = 300;
export const PADDING = 4;

export interface ChainTreeNode {
  /** Unique per drawn box (a repeated company has several). */
  key: string;
  node: ChainNode;
  level: number;
  row: number;
  x: number;
  y: number;
  current: boolean;
  /** Drawn already elsewhere in the tree; its subcontractors are shown there. */
  repeat: boolean;
  children: ChainTreeNode[];
}

export interface ChainLink {
  key: string;
  /** SVG path from the main contractor's box down and across to the subcontractor's box. */
  path: string;
}

export interface ChainLayout {
  roots: ChainTreeNode[];
  /** Every box in drawing order (depth-first), one per row. */
  rows: ChainTreeNode[];
  links: ChainLink[];
  width: number;
  height: number;
}

const byName = (a: ChainNode, b: ChainNode) =>
  Number(a.hidden) - Number(b.hidden) ||
  (a.name ?? '').localeCompare(b.name ?? '') ||
  a.id.localeCompare(b.id);

export function layoutChain(chain: Chain, currentId: string): ChainLayout {
  const nodes = new Map(chain.nodes.map((node) => [node.id, node]));
  const missing = (id: string): ChainNode => ({ id, name: null, businessId: null, hidden: true, depth: 0 });
  const children = new Map<string, ChainNode[]>();
  const hasMain = new Set<string>();
  for (const edge of chain.edges) {
    if (edge.from === edge.to) continue;
    for (const id of [edge.from, edge.to]) if (!nodes.has(id)) nodes.set(id, missing(id));
    const list = children.get(edge.from) ?? [];
    if (!list.some((node) => node.id === edge.to)) list.push(nodes.get(edge.to)!);
    children.set(edge.from, list);
    hasMain.add(edge.to);
  }
  for (const list of children.values()) list.sort(byName);

  const rows: ChainTreeNode[] = [];
  const links: ChainLink[] = [];
  const placed = new Set<string>();

  const place = (node: ChainNode, level: number, parent: ChainTreeNode | null): ChainTreeNode => {
    const repeat = placed.has(node.id);
    placed.add(node.id);
    const row = rows.length;
    const tree: ChainTreeNode = {
      key: `${node.id}@${row}`,
      node,
      level,
      row,
      x: PADDING + level * INDENT,
      y: PADDING + row * ROW_HEIGHT,
      current: node.id === currentId,
      repeat,
      children: [],
    };
    rows.push(tree);
    if (parent) {
      const fromX = parent.x + INDENT / 2;
      const fromY = parent.y + BOX_HEIGHT;
      const toY = tree.y + BOX_HEIGHT / 2;
      links.push({ key: `${parent.key}>${tree.key}`, path: `M${fromX} ${fromY} V${toY} H${tree.x}` });
    }
    if (!repeat) {
      for (const child of children.get(node.id) ?? []) tree.children.push(place(child, level + 1, tree));
    }
    return tree;
  };

  const tops = [...nodes.values()].filter((node) => !hasMain.has(node.id)).sort(byName);
  const roots = tops.map((node) => place(node, 0, null));
  // Only a cycle (refused on write) could leave companies unreached: draw them rather than lose them.
  for (const node of [...nodes.values()].sort(byName)) {
    if (!placed.has(node.id)) roots.push(place(node, 0, null));
  }
  if (rows.length === 0) roots.push(place(nodes.get(currentId) ?? missing(currentId), 0, null));

  const deepest = Math.max(0, ...rows.map((row) => row.level));
  return {
    roots,
    rows,
    links,
    width: PADDING * 2 + deepest * INDENT + BOX_WIDTH,
    height: PADDING * 2 + rows.length * ROW_HEIGHT - (ROW_HEIGHT - BOX_HEIGHT),
  };
}
