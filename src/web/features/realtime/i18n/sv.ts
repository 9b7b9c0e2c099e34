/** Swedish texts of realtime; same keys as fi.ts. */
import type { realtimeFi } from './fi.ts';

export const realtimeSv: Record<keyof typeof realtimeFi, string> = {
  'realtime.savedSearches.title': 'Sparade sökningar',
};
