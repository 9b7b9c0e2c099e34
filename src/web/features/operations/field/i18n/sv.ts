/** Swedish texts of field; same keys as fi.ts. */
import type { fieldFi } from './fi.ts';

export const fieldSv: Record<keyof typeof fieldFi, string> = {
  'operations.field.title': 'Fältvy',
};
