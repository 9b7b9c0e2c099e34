/** Swedish texts of the home page; same keys as fi.ts. */
import type { homeFi } from './fi.ts';

export const homeSv: Record<keyof typeof homeFi, string> = {
  'home.title': 'Välkommen, {name}',
  'home.intro':
    'I Silta samarbetar myndigheterna mot arbetsrelaterad exploatering och människohandel: vem som är behörig, vilka uppgifter som får lämnas ut och hur gemensam tillsyn planeras.',
  'home.yourAuthority': 'Din myndighet',
  'home.unit': 'Enhet',
  'home.noUnit': 'Ingen enhet',
  'home.yourRoles': 'Dina roller och vad de innebär',
  'home.quickLinks': 'Snabblänkar',
  'home.linkAuthorities': 'Myndigheterna och deras behörighet',
  'home.linkAudit': 'Händelselogg',
  'home.linkWorkerInfo': 'Den offentliga informationstjänsten för arbetstagare',
};
