/** English texts of selection; same keys as fi.ts. */
import type { selectionFi } from './fi.ts';

export const selectionEn: Record<keyof typeof selectionFi, string> = {
  'operations.selection.title': 'Target selection',
};
