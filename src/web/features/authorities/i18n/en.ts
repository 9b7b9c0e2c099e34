/** English texts of the authorities directory; same keys as fi.ts. */
import type { authoritiesFi } from './fi.ts';

export const authoritiesEn: Record<keyof typeof authoritiesFi, string> = {
  'authorities.title': 'Authorities and their competence',
  'authorities.intro':
    'The authorities that can exchange information through Silta, with a short note on their competence. Every item has a source and the date it was checked.',
  'authorities.count': '{count} authorities',
  'authorities.unverified': 'Unverified',
  'authorities.unverifiedHint':
    'This has not yet been verified against its source. Check it before you rely on it.',
  'authorities.yours': 'Your authority',
  'authorities.sources': 'Sources',
  'authorities.checkedOn': 'Checked on {date}',
};
