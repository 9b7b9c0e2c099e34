/** English texts of realtime; same keys as fi.ts. */
import type { realtimeFi } from './fi.ts';

export const realtimeEn: Record<keyof typeof realtimeFi, string> = {
  'realtime.savedSearches.title': 'Saved searches',
};
