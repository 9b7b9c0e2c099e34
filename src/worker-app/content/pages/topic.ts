/** One topic page in both source languages. */
import type { PageText } from '../types.ts';

export interface TopicPages {
  fi: PageText;
  en: PageText;
}
