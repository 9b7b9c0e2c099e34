/**
 * The editor's form values and the API's page text, both ways. A list block is edited as one item per
 * line. A new translation starts from the source's structure with every text empty: the translator
 * writes each text; nothing is filled in automatically.
 */
import type { Block, PageDraft, Version } from './workerContent.types.ts';

export type BlockType = Block['type'];

export interface BlockField {
  /** Stable key for React while blocks are added, moved and removed. */
  key: string;
  type: BlockType;
  /** Paragraph or callout text; list items one per line. */
  text: string;
  contactId: string;
}

export interface PageFormValues {
  title: string;
  summary: string;
  blocks: BlockField[];
  /** One address per line. */
  sources: string;
  note: string;
}

let counter = 0;
const key = () => `b${++counter}`;

export function blockField(block: Block): BlockField {
  switch (block.type) {
    case 'list':
      return { key: key(), type: 'list', text: block.items.join('\n'), contactId: '' };
    case 'contact':
      return { key: key(), type: 'contact', text: '', contactId: block.contactId };
    default:
      return { key: key(), type: block.type, text: block.text, contactId: '' };
  }
}

export const newBlock = (type: BlockType): BlockField => ({ key: key(), type, text: '', contactId: '' });

export function formFromVersion(version: Version): PageFormValues {
  return {
    title: version.title,
    summary: version.summary,
    blocks: version.blocks.map(blockField),
    sources: version.sources.join('\n'),
    note: '',
  };
}

/** An empty translation with the source's blocks: contacts kept, every text to be written. */
export function blankFromSource(source: Version): PageFormValues {
  return {
    title: '',
    summary: '',
    blocks: source.blocks.map((b) => ({ ...blockField(b), text: '' })),
    sources: source.sources.join('\n'),
    note: '',
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function draftFromForm(values: PageFormValues, basedOnVersionId?: string): PageDraft {
  const blocks: Block[] = values.blocks.map((b) => {
    if (b.type === 'list') return { type: 'list', items: lines(b.text) };
    if (b.type === 'contact') return { type: 'contact', contactId: b.contactId };
    return { type: b.type, text: b.text.trim() };
  });
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    blocks,
    sources: lines(values.sources),
    ...(basedOnVersionId ? { basedOnVersionId } : {}),
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  };
}

/** Fields the editor must still fill in before saving (the server checks the same). */
export function missingFields(values: PageFormValues): string[] {
  const missing: string[] = [];
  if (!values.title.trim()) missing.push('title');
  if (!values.summary.trim()) missing.push('summary');
  if (values.blocks.length === 0) missing.push('blocks');
  values.blocks.forEach((b, i) => {
    if (b.type === 'contact' ? !b.contactId : !b.text.trim()) missing.push(`block-${i}`);
  });
  return missing;
}

/** Moves block `index` by `delta` places. */
export function moveBlock(blocks: BlockField[], index: number, delta: number): BlockField[] {
  const target = index + delta;
  if (target < 0 || target >= blocks.length) return blocks;
  const next = [...blocks];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved!);
  return next;
}
