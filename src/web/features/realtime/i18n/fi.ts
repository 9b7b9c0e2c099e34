/** Finnish texts of realtime (source catalogue; spread into src/web/i18n/fi.ts). */
export const realtimeFi = {
  'realtime.savedSearches.title': 'Tallennetut haut',
} as const;
