/** English texts of plan; same keys as fi.ts. */
import type { planFi } from './fi.ts';

export const planEn: Record<keyof typeof planFi, string> = {
  'operations.plan.title': 'Supervision plan',
};
