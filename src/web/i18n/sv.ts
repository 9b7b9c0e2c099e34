/** Swedish UI texts. Same keys as fi.ts; TypeScript fails if one is missing or unknown. */

import { auditSv } from '../features/audit/i18n/sv.ts';
import { authoritiesSv } from '../features/authorities/i18n/sv.ts';
import { competenceSv } from '../features/competence/i18n/sv.ts';
import { homeSv } from '../features/home/i18n/sv.ts';
import { notFoundSv } from '../features/not-found/i18n/sv.ts';
import { notificationsSv } from '../features/notifications/i18n/sv.ts';
import { fieldSv } from '../features/operations/field/i18n/sv.ts';
import { operationsSv } from '../features/operations/i18n/sv.ts';
import { planSv } from '../features/operations/plan/i18n/sv.ts';
import { selectionSv } from '../features/operations/selection/i18n/sv.ts';
import { realtimeSv } from '../features/realtime/i18n/sv.ts';
import { recordsSv } from '../features/records/i18n/sv.ts';
import { targetsSv } from '../features/targets/i18n/sv.ts';
import { workerContentSv } from '../features/worker-content/i18n/sv.ts';
import { workerTipsSv } from '../features/worker-tips/i18n/sv.ts';
import type { Messages } from './messages.ts';

export const sv: Messages = {
  ...operationsSv,
  ...selectionSv,
  ...planSv,
  ...fieldSv,
  ...realtimeSv,
  ...targetsSv,
  ...competenceSv,
  ...recordsSv,
  ...notificationsSv,
  ...auditSv,
  ...authoritiesSv,
  ...workerContentSv,
  ...workerTipsSv,
  ...homeSv,
  ...notFoundSv,
  'app.name': 'Silta',
  'app.tagline': 'Myndighetssamarbete mot arbetsrelaterad exploatering och människohandel',
  'app.documentTitle': '{page} – Silta',
  'app.loading': 'Laddar…',
  'app.retry': 'Försök igen',
  'app.pageLoadFailed': 'Sidan kunde inte laddas. Kontrollera nätverksanslutningen och ladda om sidan.',
  'app.reload': 'Ladda om sidan',

  'lang.label': 'Språk',

  'login.title': 'Logga in',
  'login.username': 'Användarnamn',
  'login.password': 'Lösenord',
  'login.submit': 'Logga in',
  'login.submitting': 'Loggar in…',
  'login.usernameRequired': 'Skriv ditt användarnamn.',
  'login.passwordRequired': 'Skriv ditt lösenord.',
  'login.sessionExpired': 'Din session har gått ut – logga in igen.',
  'login.signedOut': 'Du har loggat ut.',
  'login.notice':
    'Tjänsten får endast användas i tjänsteuppdrag. Alla åtgärder registreras i händelseloggen.',
  'login.workerHeading': 'Är du arbetstagare?',
  'login.workerLink': 'För arbetstagare: information på ditt eget språk',

  'shell.skipLink': 'Hoppa till huvudinnehållet',
  'shell.navLabel': 'Huvudmeny',
  'shell.menu': 'Meny',
  'shell.signOut': 'Logga ut',
  'shell.user': 'Inloggad användare',
  'shell.footer': 'Silta är en intern tjänst för myndigheter. Användningen registreras i händelseloggen.',
  'shell.workerInfo': 'Information för arbetstagare',

  'nav.home': 'Startsida',
  'nav.authorities': 'Myndigheter',
  'nav.audit': 'Händelselogg',

  'role.officer': 'Handläggare',
  'role.officer.explain':
    'Du handlägger din myndighets ärenden och ser dess icke-offentliga uppgifter. Du kan registrera iakttagelser och tips.',
  'role.analyst': 'Analytiker',
  'role.analyst.explain':
    'Du analyserar din myndighets uppgifter och sammanställer lägesbilder som stöd för tillsyn och förundersökning.',
  'role.operation_lead': 'Operationsledare',
  'role.operation_lead.explain':
    'Du planerar och leder gemensam tillsyn: du gör tillsynsplaner och objektkort tillsammans med andra myndigheter.',
  'role.authority_admin': 'Myndighetens huvudanvändare',
  'role.authority_admin.explain': 'Du administrerar din myndighets användare och följer dess händelselogg.',
  'role.platform_admin': 'Systemets huvudanvändare',
  'role.platform_admin.explain':
    'Du sköter Silta och övervakar att händelseloggen är intakt. Rollen ger ingen rätt att läsa myndigheternas ärendeuppgifter.',
  'role.content_editor': 'Innehållsredaktör',
  'role.content_editor.explain': 'Du uppdaterar den flerspråkiga informationen för arbetstagare.',

  'error.title': 'Fel',
  'error.invalid_credentials': 'Fel användarnamn eller lösenord.',
  'error.too_many_requests': 'För många försök. Vänta en stund och försök sedan igen.',
  'error.validation_failed': 'Kontrollera följande uppgifter: {fields}.',
  'error.unauthenticated': 'Din session har gått ut – logga in igen.',
  'error.forbidden': 'Du har inte behörighet till den här åtgärden.',
  'error.csrf_failed': 'Begäran avvisades av säkerhetsskäl. Ladda om sidan och försök igen.',
  'error.not_found': 'Uppgiften hittades inte.',
  'error.conflict': 'Uppgiften har ändrats under tiden. Ladda om sidan.',
  'error.payload_too_large': 'De skickade uppgifterna är för stora.',
  'error.unsupported_media_type': 'Tjänsten stöder inte formatet på de skickade uppgifterna.',
  'error.bad_request': 'Begäran var felaktig.',
  'error.internal': 'Ett fel uppstod i tjänsten. Om felet upprepas, uppge koden {requestId} till supporten.',
  'error.unavailable': 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
  'error.network': 'Det gick inte att nå servern. Kontrollera nätverksanslutningen och försök igen.',

  'field.username': 'användarnamn',
  'field.password': 'lösenord',
  'field.locale': 'språk',

  // Anteckningar och utlämnanden (records and sharing): src/web/features/records
  'nav.records': 'Anteckningar',

  // Meddelanden (notification centre): src/web/features/notifications
  'nav.notifications': 'Meddelanden',

  // Behörighetskarta (competence map): src/web/features/competence
  'nav.competence': 'Behörighetskarta',

  // Worker app: content management (CMS) and the tips inbox.
  'nav.workerContent': 'Arbetstagarappen',
  'nav.workerTips': 'Tips från arbetstagare',
};
