/** Finnish texts of field (source catalogue; spread into src/web/i18n/fi.ts). */
export const fieldFi = {
  'operations.field.title': 'Kenttänäkymä',
} as const;
