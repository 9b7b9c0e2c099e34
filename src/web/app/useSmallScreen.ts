/** True on phone-sized screens (below Suomi.fi's "m" breakpoint, 768 px), where layouts collapse. */
import { useMediaQuery } from './useMediaQuery.ts';

export const SMALL_SCREEN_QUERY = '(max-width: 767px)';

export function useSmallScreen(): boolean {
  return useMediaQuery(SMALL_SCREEN_QUERY);
}
