/** English texts of field; same keys as fi.ts. */
import type { fieldFi } from './fi.ts';

export const fieldEn: Record<keyof typeof fieldFi, string> = {
  'operations.field.title': 'Field view',
};
