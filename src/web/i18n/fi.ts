/**
 * Finnish UI texts: the source catalogue. Every key here must exist in sv.ts and en.ts (TypeScript
 * enforces it). Keys are grouped by feature; `{name}` placeholders are filled in by `t(key, params)`.
 */
export const fi = {
  'app.name': 'Silta',
  'app.tagline': 'Viranomaisten yhteistyö työperäisen hyväksikäytön ja ihmiskaupan torjunnassa',
  'app.documentTitle': '{page} – Silta',
  'app.loading': 'Ladataan…',
  'app.retry': 'Yritä uudelleen',

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

  'home.title': 'Tervetuloa, {name}',
  'home.intro':
    'Sillan avulla viranomaiset tekevät yhteistyötä työperäisen hyväksikäytön ja ihmiskaupan torjunnassa: kuka on toimivaltainen, mitä tietoja saa luovuttaa ja miten yhteisvalvonta suunnitellaan.',
  'home.yourAuthority': 'Oma viranomaisesi',
  'home.unit': 'Yksikkö',
  'home.noUnit': 'Ei yksikköä',
  'home.yourRoles': 'Roolisi ja mitä ne tarkoittavat',
  'home.quickLinks': 'Pikalinkit',
  'home.linkAuthorities': 'Viranomaiset ja niiden toimivalta',
  'home.linkAudit': 'Tapahtumaloki',
  'home.linkWorkerInfo': 'Työntekijöiden julkinen tietopalvelu',

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

  'authorities.title': 'Viranomaiset ja toimivalta',
  'authorities.intro':
    'Viranomaiset, joiden kanssa tietoja voidaan vaihtaa Sillan kautta, ja niiden toimivalta lyhyesti. Jokaisella tiedolla on lähde ja tarkistuspäivä.',
  'authorities.count': '{count} viranomaista',
  'authorities.unverified': 'Tarkistamaton',
  'authorities.unverifiedHint':
    'Tätä tietoa ei ole vielä varmistettu lähteestä. Tarkista ennen kuin toimit sen varassa.',
  'authorities.yours': 'Oma viranomaisesi',
  'authorities.sources': 'Lähteet',
  'authorities.checkedOn': 'Tarkistettu {date}',

  'audit.title': 'Tapahtumaloki',
  'audit.intro':
    'Jokainen palvelussa tehty toimi kirjataan lokiin, jonka rivit on ketjutettu tiivisteillä. Myös lokin lukeminen kirjataan.',
  'audit.scopeAll': 'Näet koko palvelun lokitiedot.',
  'audit.scopeOwn': 'Näet oman viranomaisesi lokitiedot.',
  'audit.caption': 'Lokitiedot, uusimmat ensin',
  'audit.col.seq': 'Nro',
  'audit.col.at': 'Aika',
  'audit.col.actor': 'Käyttäjä',
  'audit.col.authority': 'Viranomainen',
  'audit.col.action': 'Tapahtuma',
  'audit.col.target': 'Kohde',
  'audit.col.outcome': 'Tulos',
  'audit.outcome.success': 'Onnistui',
  'audit.outcome.failure': 'Epäonnistui',
  'audit.outcome.denied': 'Estetty',
  'audit.system': 'Järjestelmä',
  'audit.loadMore': 'Näytä lisää',
  'audit.shown': 'Näytetään {count} riviä.',
  'audit.end': 'Kaikki rivit näytetty.',
  'audit.empty': 'Lokissa ei ole rivejä.',
  'audit.verify.heading': 'Lokin eheys',
  'audit.verify.intro':
    'Tarkistus laskee koko ketjun tiivisteet uudelleen ja kertoo ensimmäisen muuttuneen rivin.',
  'audit.verify.button': 'Tarkista ketju',
  'audit.verify.running': 'Tarkistetaan…',
  'audit.verify.ok': 'Ketju on ehjä: {rows} riviä tarkistettu, viimeisin rivi nro {head}.',
  'audit.verify.broken': 'Ketju on katkennut rivillä nro {seq}: {reason}',

  'notFound.title': 'Sivua ei löytynyt',
  'notFound.body': 'Osoitteessa {path} ei ole sivua, tai sinulla ei ole siihen käyttöoikeutta.',
  'notFound.home': 'Palaa etusivulle',

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
} as const;
