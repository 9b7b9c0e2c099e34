/** English texts of the not-found page; same keys as fi.ts. */
import type { notFoundFi } from './fi.ts';

export const notFoundEn: Record<keyof typeof notFoundFi, string> = {
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at {path}, or you are not allowed to see it.',
  'notFound.home': 'Back to the home page',
};
