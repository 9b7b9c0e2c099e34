/** How the follow-up tab names a target and a crime title in the UI language. */
import type { Translate } from '../../../i18n/translate.ts';
import { crimeLabelKey } from '../followUp.ts';
import type { OperationTargetRef } from '../operations.types.ts';

/** A target the reader may not see is shown by a short reference, never by its name. */
export function targetName(target: Pick<OperationTargetRef, 'name' | 'businessId' | 'id'>): string {
  return target.name ?? target.businessId ?? `#${target.id.slice(0, 8)}`;
}

/** A crime title the UI knows is translated; an unknown code is shown as it is. */
export function crimeLabel(t: Translate, code: string): string {
  const key = crimeLabelKey(code);
  return key ? t(key) : code;
}
