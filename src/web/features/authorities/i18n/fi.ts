/** Finnish texts of the authorities directory (spread into src/web/i18n/fi.ts). */
export const authoritiesFi = {
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
} as const;
