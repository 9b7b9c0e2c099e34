/** Swedish texts of the not-found page; same keys as fi.ts. */
import type { notFoundFi } from './fi.ts';

export const notFoundSv: Record<keyof typeof notFoundFi, string> = {
  'notFound.title': 'Sidan hittades inte',
  'notFound.body': 'Det finns ingen sida på adressen {path}, eller så har du inte behörighet till den.',
  'notFound.home': 'Tillbaka till startsidan',
};
