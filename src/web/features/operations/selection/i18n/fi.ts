/** Finnish texts of selection (source catalogue; spread into src/web/i18n/fi.ts). */
export const selectionFi = {
  'operations.selection.title': 'Kohteiden valinta',
} as const;
