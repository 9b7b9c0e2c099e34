/**
 * Finnish UI texts: the source catalogue. Every key here must exist in sv.ts and en.ts (TypeScript
 * enforces it). This file keeps the app-wide keys (app, login, shell, navigation, roles, errors); each
 * feature keeps its own in features/<feature>/i18n/ and is spread in here. `{name}` placeholders are
 * filled in by `t(key, params)`.
 */

import { auditFi } from '../features/audit/i18n/fi.ts';
import { authoritiesFi } from '../features/authorities/i18n/fi.ts';
import { competenceFi } from '../features/competence/i18n/fi.ts';
import { homeFi } from '../features/home/i18n/fi.ts';
import { notFoundFi } from '../features/not-found/i18n/fi.ts';
import { notificationsFi } from '../features/notifications/i18n/fi.ts';
import { fieldFi } from '../features/operations/field/i18n/fi.ts';
import { operationsFi } from '../features/operations/i18n/fi.ts';
import { planFi } from '../features/operations/plan/i18n/fi.ts';
import { selectionFi } from '../features/operations/selection/i18n/fi.ts';
import { realtimeFi } from '../features/realtime/i18n/fi.ts';
import { recordsFi } from '../features/records/i18n/fi.ts';
import { targetsFi } from '../features/targets/i18n/fi.ts';
import { workerContentFi } from '../features/worker-content/i18n/fi.ts';
import { workerTipsFi } from '../features/worker-tips/i18n/fi.ts';

export const fi = {
  ...operationsFi,
  ...selectionFi,
  ...planFi,
  ...fieldFi,
  ...realtimeFi,
  ...targetsFi,
  ...competenceFi,
  ...recordsFi,
  ...notificationsFi,
  ...auditFi,
  ...authoritiesFi,
  ...workerContentFi,
  ...workerTipsFi,
  ...homeFi,
  ...notFoundFi,
  'app.name': 'Silta',
  'app.tagline': 'Viranomaisten yhteistyö työperäisen hyväksikäytön ja ihmiskaupan torjunnassa',
  'app.documentTitle': '{page} – Silta',
  'app.loading': 'Ladataan…',
  'app.retry': 'Yritä uudelleen',
  'app.pageLoadFailed': 'Sivua ei voitu ladata. Tarkista verkkoyhteys ja lataa sivu uudelleen.',
  'app.reload': 'Lataa sivu uudelleen',

  'lang.label': 'Kieli',

  'login.title': 'Kirjaudu sisään',
  'login.username': 'Käyttäjätunnus',
  'login.password': 'Salasana',
  'login.submit': 'Kirjaudu sisään',
  'login.submitting': 'Kirjaudutaan…',
  'login.usernameRequired': 'Kirjoita käyttäjätunnus.',
  'login.passwordRequired': 'Kirjoita salasana.',
  'login.sessionExpired': 'Istuntosi päättyi – kirjaudu uudelleen.',
  'login.signedOut': 'Olet kirjautunut ulos.',
  'login.notice': 'Palvelu on tarkoitettu vain virkatehtäviin. Kaikki toimet kirjataan tapahtumalokiin.',
  'login.workerHeading': 'Oletko työntekijä?',
  'login.workerLink': 'Työntekijälle: tietoa omalla kielelläsi',

  'shell.skipLink': 'Siirry pääsisältöön',
  'shell.navLabel': 'Päävalikko',
  'shell.menu': 'Valikko',
  'shell.signOut': 'Kirjaudu ulos',
  'shell.user': 'Kirjautunut käyttäjä',
  'shell.footer': 'Silta on viranomaisten sisäinen palvelu. Käyttö kirjataan tapahtumalokiin.',
  'shell.workerInfo': 'Tietoa työntekijöille',

  'nav.home': 'Etusivu',
  'nav.authorities': 'Viranomaiset',
  'nav.audit': 'Tapahtumaloki',

  'role.officer': 'Virkailija',
  'role.officer.explain':
    'Käsittelet oman viranomaisesi asioita ja näet sen ei-julkiset tiedot. Voit kirjata havaintoja ja vinkkejä.',
  'role.analyst': 'Analyytikko',
  'role.analyst.explain':
    'Analysoit oman viranomaisesi tietoja ja kokoat tilannekuvaa valvonnan ja esitutkinnan tueksi.',
  'role.operation_lead': 'Operaation johtaja',
  'role.operation_lead.explain':
    'Suunnittelet ja johdat yhteisvalvontaa: laadit valvontasuunnitelmat ja kohdekortit yhdessä muiden viranomaisten kanssa.',
  'role.authority_admin': 'Viranomaisen pääkäyttäjä',
  'role.authority_admin.explain':
    'Hallinnoit oman viranomaisesi käyttäjiä ja seuraat viranomaisesi tapahtumalokia.',
  'role.platform_admin': 'Järjestelmän pääkäyttäjä',
  'role.platform_admin.explain':
    'Ylläpidät Siltaa ja valvot tapahtumalokin eheyttä. Rooli ei anna oikeutta lukea viranomaisten asiatietoja.',
  'role.content_editor': 'Sisällön toimittaja',
  'role.content_editor.explain': 'Ylläpidät työntekijöille tarkoitettua monikielistä tietoa.',

  'error.title': 'Virhe',
  'error.invalid_credentials': 'Väärä käyttäjätunnus tai salasana.',
  'error.too_many_requests': 'Liian monta yritystä. Odota hetki ja yritä sitten uudelleen.',
  'error.validation_failed': 'Tarkista seuraavat tiedot: {fields}.',
  'error.unauthenticated': 'Istuntosi päättyi – kirjaudu uudelleen.',
  'error.forbidden': 'Sinulla ei ole oikeutta tähän toimintoon.',
  'error.csrf_failed': 'Pyyntö hylättiin turvallisuussyistä. Lataa sivu uudelleen ja yritä uudestaan.',
  'error.not_found': 'Tietoa ei löytynyt.',
  'error.conflict': 'Tieto on muuttunut sillä välin. Lataa sivu uudelleen.',
  'error.payload_too_large': 'Lähetetty tieto on liian suuri.',
  'error.unsupported_media_type': 'Palvelu ei tue lähetetyn tiedon muotoa.',
  'error.bad_request': 'Pyyntö oli virheellinen.',
  'error.internal': 'Palvelussa tapahtui virhe. Jos virhe toistuu, kerro tukeen tunnus {requestId}.',
  'error.unavailable': 'Palvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.',
  'error.network': 'Yhteys palvelimeen ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.',

  'field.username': 'käyttäjätunnus',
  'field.password': 'salasana',
  'field.locale': 'kieli',

  // Kirjaukset ja luovutukset (records and sharing): src/web/features/records
  'nav.records': 'Kirjaukset',

  // Ilmoitukset (notification centre): src/web/features/notifications
  'nav.notifications': 'Ilmoitukset',

  // Toimivaltakartta (competence map): src/web/features/competence
  'nav.competence': 'Toimivaltakartta',

  // Worker app: content management (CMS) and the tips inbox.
  'nav.workerContent': 'Työntekijäsovellus',
  'nav.workerTips': 'Vihjeet työntekijöiltä',
} as const;
