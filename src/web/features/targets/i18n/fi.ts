/** Finnish texts of the register's targets, search and requests pages (spread into src/web/i18n/fi.ts). */
export const targetsFi = {
  'nav.targets': 'Kohteet',
} as const;
