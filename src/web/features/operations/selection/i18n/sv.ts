/** Swedish texts of selection; same keys as fi.ts. */
import type { selectionFi } from './fi.ts';

export const selectionSv: Record<keyof typeof selectionFi, string> = {
  'operations.selection.title': 'Val av objekt',
};
