/** Finnish texts of the home page (spread into src/web/i18n/fi.ts). */
export const homeFi = {
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
} as const;
