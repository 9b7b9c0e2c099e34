/** English texts of the joint operations feature; same keys as fi.ts. */
import type { operationsFi } from './fi.ts';

export const operationsEn: Record<keyof typeof operationsFi, string> = {
  'nav.operations': 'Joint operations',
};
