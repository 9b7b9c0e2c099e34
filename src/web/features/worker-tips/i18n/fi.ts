/** Finnish texts of the worker app's tips inbox (spread into src/web/i18n/fi.ts). */
export const workerTipsFi = {
  'workerTips.title': 'Vihjeet työntekijäsovelluksesta',
  'workerTips.intro':
    'Työntekijöiden nimettömät viestit. Lähettäjä lukee vastauksesi viitekoodillaan, joten älä kirjoita vastaukseen salassa pidettäviä tietoja. Vihjeiden avaaminen kirjataan tapahtumalokiin.',
  'workerTips.empty':
    'Ei vihjeitä, jotka viranomaisesi voi nähdä. Vihjeet ohjautuvat niiden vastaanottajaksi määritetylle viranomaiselle.',
  'workerTips.caption': 'Vihjeet, uusin ensin',
  'workerTips.col.received': 'Saapunut',
  'workerTips.col.message': 'Viesti',
  'workerTips.col.language': 'Sovelluksen kieli',
  'workerTips.col.sector': 'Ala',
  'workerTips.col.place': 'Paikkakunta',
  'workerTips.col.replies': 'Vastauksia',
  'workerTips.contactGiven': 'Yhteystieto annettu',
  'workerTips.detail.title': 'Vihje',
  'workerTips.detail.message': 'Viesti',
  'workerTips.detail.contact': 'Yhteystieto',
  'workerTips.detail.anonymous': 'Ei annettu (nimetön)',
  'workerTips.detail.classification': 'Luokitus',
  'workerTips.detail.retention': 'Säilytetään asti',
  'workerTips.detail.replies': 'Vastaukset',
  'workerTips.detail.noReplies': 'Ei vielä vastauksia.',
  'workerTips.detail.replyMeta': '{date} · {by}',
  'workerTips.detail.replyLabel': 'Vastaus lähettäjälle',
  'workerTips.detail.replyHint':
    'Lähettäjä lukee vastauksen viitekoodillaan. Kirjoita selkeästi, mieluiten viestin kielellä, äläkä kerro salassa pidettäviä tietoja.',
  'workerTips.detail.replyEmpty': 'Kirjoita vastaus.',
  'workerTips.detail.replySent': 'Vastaus tallennettiin. Lähettäjä näkee sen viitekoodillaan.',
  'workerTips.classification.public': 'Julkinen',
  'workerTips.classification.restricted': 'Ei julkinen',
  'workerTips.classification.secret': 'Salainen',
  'workerTips.detail.send': 'Lähetä vastaus',
} as const;
