/** Swedish UI texts. Same keys as fi.ts; TypeScript fails if one is missing or unknown. */
import type { Messages } from './messages.ts';

export const sv: Messages = {
  'app.name': 'Silta',
  'app.tagline': 'Myndighetssamarbete mot arbetsrelaterad exploatering och människohandel',
  'app.documentTitle': '{page} – Silta',
  'app.loading': 'Laddar…',
  'app.retry': 'Försök igen',

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

  'authorities.title': 'Myndigheter och behörighet',
  'authorities.intro':
    'De myndigheter som kan utbyta uppgifter via Silta och en kort beskrivning av deras behörighet. Varje uppgift har en källa och ett kontrolldatum.',
  'authorities.count': '{count} myndigheter',
  'authorities.unverified': 'Ej kontrollerad',
  'authorities.unverifiedHint':
    'Uppgiften har ännu inte kontrollerats mot källan. Kontrollera den innan du agerar utifrån den.',
  'authorities.yours': 'Din myndighet',
  'authorities.sources': 'Källor',
  'authorities.checkedOn': 'Kontrollerad {date}',

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

  'notFound.title': 'Sidan hittades inte',
  'notFound.body': 'Det finns ingen sida på adressen {path}, eller så har du inte behörighet till den.',
  'notFound.home': 'Tillbaka till startsidan',

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
};
