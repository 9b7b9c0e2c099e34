/** Swedish texts of the joint operations feature; same keys as fi.ts. */
import type { operationsFi } from './fi.ts';

export const operationsSv: Record<keyof typeof operationsFi, string> = {
  'nav.operations': 'Gemensam tillsyn',
};
