/** Finnish texts of the not-found page (spread into src/web/i18n/fi.ts). */
export const notFoundFi = {
  'notFound.title': 'Sivua ei löytynyt',
  'notFound.body': 'Osoitteessa {path} ei ole sivua, tai sinulla ei ole siihen käyttöoikeutta.',
  'notFound.home': 'Palaa etusivulle',
} as const;
