/** Swedish texts of the worker app's tips inbox; same keys as fi.ts. */
import type { workerTipsFi } from './fi.ts';

export const workerTipsSv: Record<keyof typeof workerTipsFi, string> = {
  'workerTips.title': 'Tips från arbetstagarappen',
  'workerTips.intro':
    'Anonyma meddelanden från arbetstagare. Avsändaren läser ditt svar med sin referenskod, så skriv inga sekretessbelagda uppgifter i svaret. Att öppna tipsen registreras i händelseloggen.',
  'workerTips.empty':
    'Inga tips som din myndighet kan se. Tipsen går till den myndighet som har ställts in att ta emot dem.',
  'workerTips.caption': 'Tips, nyaste först',
  'workerTips.col.received': 'Mottaget',
  'workerTips.col.message': 'Meddelande',
  'workerTips.col.language': 'Appens språk',
  'workerTips.col.sector': 'Bransch',
  'workerTips.col.place': 'Ort',
  'workerTips.col.replies': 'Svar',
  'workerTips.contactGiven': 'Kontaktuppgift angiven',
  'workerTips.detail.title': 'Tips',
  'workerTips.detail.message': 'Meddelande',
  'workerTips.detail.contact': 'Kontaktuppgift',
  'workerTips.detail.anonymous': 'Inte angiven (anonym)',
  'workerTips.detail.classification': 'Klassificering',
  'workerTips.detail.retention': 'Bevaras till',
  'workerTips.detail.replies': 'Svar',
  'workerTips.detail.noReplies': 'Inga svar ännu.',
  'workerTips.detail.replyMeta': '{date} · {by}',
  'workerTips.detail.replyLabel': 'Svar till avsändaren',
  'workerTips.detail.replyHint':
    'Avsändaren läser svaret med sin referenskod. Skriv tydligt, helst på meddelandets språk, och lämna inga sekretessbelagda uppgifter.',
  'workerTips.detail.replyEmpty': 'Skriv ett svar.',
  'workerTips.detail.replySent': 'Svaret sparades. Avsändaren ser det med sin referenskod.',
  'workerTips.classification.public': 'Offentlig',
  'workerTips.classification.restricted': 'Inte offentlig',
  'workerTips.classification.secret': 'Hemlig',
  'workerTips.detail.send': 'Skicka svar',
};
