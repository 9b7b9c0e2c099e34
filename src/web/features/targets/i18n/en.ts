/** English texts of the targets feature; same keys as fi.ts. */
import type { targetsFi } from './fi.ts';

export const targetsEn: Record<keyof typeof targetsFi, string> = {
  'nav.targets': 'Targets',
};
