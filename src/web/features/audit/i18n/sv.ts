/** Swedish texts of the audit log; same keys as fi.ts. */
import type { auditFi } from './fi.ts';

export const auditSv: Record<keyof typeof auditFi, string> = {
  'audit.title': 'Händelselogg',
  'audit.intro':
    'Varje åtgärd i tjänsten registreras i en logg vars rader är länkade med kontrollsummor. Även läsning av loggen registreras.',
  'audit.scopeAll': 'Du ser hela tjänstens loggdata.',
  'audit.scopeOwn': 'Du ser din egen myndighets loggdata.',
  'audit.caption': 'Loggdata, nyaste först',
  'audit.col.seq': 'Nr',
  'audit.col.at': 'Tid',
  'audit.col.actor': 'Användare',
  'audit.col.authority': 'Myndighet',
  'audit.col.action': 'Händelse',
  'audit.col.target': 'Objekt',
  'audit.col.outcome': 'Resultat',
  'audit.outcome.success': 'Lyckades',
  'audit.outcome.failure': 'Misslyckades',
  'audit.outcome.denied': 'Nekad',
  'audit.system': 'Systemet',
  'audit.loadMore': 'Visa fler',
  'audit.shown': '{count} rader visas.',
  'audit.end': 'Alla rader visas.',
  'audit.empty': 'Loggen har inga rader.',
  'audit.verify.heading': 'Loggens integritet',
  'audit.verify.intro':
    'Kontrollen räknar om kontrollsummorna för hela kedjan och visar den första rad som har ändrats.',
  'audit.verify.button': 'Kontrollera kedjan',
  'audit.verify.running': 'Kontrollerar…',
  'audit.verify.ok': 'Kedjan är intakt: {rows} rader kontrollerade, senaste rad nr {head}.',
  'audit.verify.broken': 'Kedjan är bruten vid rad nr {seq}: {reason}',
};
