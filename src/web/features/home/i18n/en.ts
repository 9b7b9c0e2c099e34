/** English texts of the home page; same keys as fi.ts. */
import type { homeFi } from './fi.ts';

export const homeEn: Record<keyof typeof homeFi, string> = {
  'home.title': 'Welcome, {name}',
  'home.intro':
    'Silta is where authorities work together against labour exploitation and human trafficking: who is competent, what information may be disclosed, and how joint inspections are planned.',
  'home.yourAuthority': 'Your authority',
  'home.unit': 'Unit',
  'home.noUnit': 'No unit',
  'home.yourRoles': 'Your roles and what they mean',
  'home.quickLinks': 'Quick links',
  'home.linkAuthorities': 'Authorities and their competence',
  'home.linkAudit': 'Audit log',
  'home.linkWorkerInfo': 'Public information service for workers',
};
