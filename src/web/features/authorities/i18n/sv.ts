/** Swedish texts of the authorities directory; same keys as fi.ts. */
import type { authoritiesFi } from './fi.ts';

export const authoritiesSv: Record<keyof typeof authoritiesFi, string> = {
  'authorities.title': 'Myndigheter och behörighet',
  'authorities.intro':
    'De myndigheter som kan utbyta uppgifter via Silta och en kort beskrivning av deras behörighet. Varje uppgift har en källa och ett kontrolldatum.',
  'authorities.count': '{count} myndigheter',
  'authorities.unverified': 'Ej kontrollerad',
  'authorities.unverifiedHint':
    'Uppgiften har ännu inte kontrollerats mot källan. Kontrollera den innan du agerar utifrån den.',
  'authorities.yours': 'Din myndighet',
  'authorities.sources': 'Källor',
  'authorities.checkedOn': 'Kontrollerad {date}',
};
