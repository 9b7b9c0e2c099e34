/**
 * The shape every catalogue must have: exactly the keys of the Finnish source catalogue. Writing
 * `export const sv: Messages = {...}` makes TypeScript fail on a missing key and on an unknown one.
 */
import type { fi } from './fi.ts';

export type MessageKey = keyof typeof fi;
export type Messages = Record<MessageKey, string>;
/** Values for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;
