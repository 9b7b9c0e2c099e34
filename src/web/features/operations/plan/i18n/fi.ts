/** Finnish texts of plan (source catalogue; spread into src/web/i18n/fi.ts). */
export const planFi = {
  'operations.plan.title': 'Valvontasuunnitelma',
} as const;
