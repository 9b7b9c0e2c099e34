/** UI words for record fields that the server sends as codes (kind, classification). */
import type { MessageKey } from '../../i18n/messages.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Classification, RecordKind } from './records.types.ts';

export const RECORD_KINDS: readonly RecordKind[] = ['observation', 'tip', 'analysis'];
export const CLASSIFICATIONS: readonly Classification[] = ['public', 'restricted', 'secret'];

const KIND_TEXT: Record<RecordKind, MessageKey> = {
  observation: 'records.kind.observation',
  tip: 'records.kind.tip',
  analysis: 'records.kind.analysis',
};

const CLASSIFICATION_TEXT: Record<Classification, MessageKey> = {
  public: 'records.classification.public',
  restricted: 'records.classification.restricted',
  secret: 'records.classification.secret',
};

/** "Vinkki"; an unknown code is shown as it is. */
export function kindLabel(t: Translate, kind: string): string {
  const key = KIND_TEXT[kind as RecordKind];
  return key ? t(key) : kind;
}

export function classificationLabel(t: Translate, classification: string): string {
  const key = CLASSIFICATION_TEXT[classification as Classification];
  return key ? t(key) : classification;
}
