/** Swedish texts of plan; same keys as fi.ts. */
import type { planFi } from './fi.ts';

export const planSv: Record<keyof typeof planFi, string> = {
  'operations.plan.title': 'Tillsynsplan',
};
