/** Finnish texts of the joint operations feature (source catalogue; spread into src/web/i18n/fi.ts). */
export const operationsFi = {
  'nav.operations': 'Yhteisvalvonnat',
} as const;
