/** Names in the tips inbox: the app language a tip was sent from, and the record's classification. */
import { LANGUAGES } from '../../../worker-app/content/languages.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/translate.ts';

/** "Tiếng Việt (Vietnamese)" for 'vi'; the code itself for an unknown one. */
export function languageName(code: string): string {
  const language = LANGUAGES.find((l) => l.code === code);
  if (!language) return code;
  return language.nativeName === language.englishName
    ? language.nativeName
    : `${language.nativeName} (${language.englishName})`;
}

const CLASSIFICATION_KEY: Record<string, MessageKey> = {
  public: 'workerTips.classification.public',
  restricted: 'workerTips.classification.restricted',
  secret: 'workerTips.classification.secret',
};

export function classificationLabel(t: Translate, classification: string): string {
  const key = CLASSIFICATION_KEY[classification];
  return key ? t(key) : classification;
}
