/** Languages of the officials' user interface. Finnish is the default. */
export const UI_LOCALES = ['fi', 'sv', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** A text in the three UI languages; used for domain data shown to officials. */
export type LocalizedText = Record<UiLocale, string>;
