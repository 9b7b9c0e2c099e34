/**
 * Help organisations shown in the app, with the contact details exactly as in FACTS.md §6.2 (and §1.2 for
 * the OSH telephone service). `checkedOn` is the date the facts were recorded in FACTS.md; an editor who
 * re-checks a contact against its source updates it.
 */
import type { Contact } from './types.ts';

const FACTS_DATE = '2026-11-28';

export const CONTACTS: readonly Contact[] = [
  {
    id: 'emergency-112',
    name: { fi: 'Hätänumero 112', en: 'Emergency number 112' },
    description: {
      fi: 'Soita, jos sinä tai joku muu on vaarassa nyt: väkivalta, uhkaus, tapaturma tai sairauskohtaus. Puhelu on maksuton.',
      en: 'Call if you or someone else is in danger now: violence, threats, an accident or a sudden illness. The call is free.',
    },
    phone: '112',
    phoneDisplay: '112',
    hours: { fi: 'Aina auki, 24 h', en: 'Always open, 24 h' },
    languages: [],
    interpreters: false,
    tags: ['urgent', 'victim', 'police', 'safety', 'free'],
    source: 'https://migri.fi/en/assistance-system-for-victims-of-human-trafficking',
    checkedOn: FACTS_DATE,
  },
  {
    id: 'assistance-system',
    name: {
      fi: 'Ihmiskaupan uhrien auttamisjärjestelmä',
      en: 'Assistance system for victims of human trafficking',
    },
    description: {
      fi: 'Viranomainen, joka auttaa ihmiskaupan ja vakavan työperäisen hyväksikäytön uhreja: turvallinen asunto, neuvonta, oikeudellinen apu, terveydenhoito, tulkki ja tukihenkilö. Auttaa myös ihmisiä, joilla ei ole lupaa olla Suomessa.',
      en: 'An authority that helps victims of human trafficking and serious labour exploitation: safe housing, advice, legal help, health care, an interpreter and a support person. It also helps people who have no permit to be in Finland.',
    },
    phone: '+358295463177',
    phoneDisplay: '+358 2954 63177',
    email: 'ihmiskauppa.auttamisjarjestelma@migri.fi',
    url: 'https://migri.fi/en/assistance-system-for-victims-of-human-trafficking',
    hours: { fi: 'Ympäri vuorokauden, 24 h', en: '24 hours a day' },
    languages: [],
    interpreters: true,
    tags: ['urgent', 'victim', 'housing', 'free'],
    source: 'https://migri.fi/en/assistance-system-for-victims-of-human-trafficking',
    checkedOn: FACTS_DATE,
  },
  {
    id: 'victim-support',
    name: { fi: 'Rikosuhripäivystys (RIKU)', en: 'Victim Support Finland (RIKU)' },
    description: {
      fi: 'Maksuton neuvonta ja tuki rikoksen uhreille, myös tukihenkilö. Kesäisin RIKU:lla on neuvontapalvelu kausityöntekijöille venäjäksi, englanniksi, suomeksi ja ruotsiksi puhelimessa ja viesteillä; muille kielille tulkki.',
      en: 'Free advice and support for victims of crime, including a support person. In summer RIKU runs an advice service for seasonal workers in Russian, English, Finnish and Swedish by phone and by message, with interpreters for other languages.',
    },
    phone: '116006',
    phoneDisplay: '116 006',
    url: 'https://www.riku.fi/en/victim-support-finland/',
    hours: {
      fi: 'Auttava puhelin: ma–pe klo 9–20 suomeksi, klo 12–14 ruotsiksi (tiedot vuodelta 2020)',
      en: 'Helpline: Mon–Fri 9–20 in Finnish, 12–14 in Swedish (as stated in 2020)',
    },
    languages: ['fi', 'sv'],
    interpreters: true,
    tags: ['victim', 'free'],
    source: 'https://www.riku.fi/en/victim-support-finland/',
    checkedOn: FACTS_DATE,
  },
  {
    id: 'osh-telephone',
    name: { fi: 'Työsuojelun puhelinpalvelu', en: 'Occupational safety and health telephone service' },
    description: {
      fi: 'Viranomaisen neuvonta palkasta, työajoista, lomista, työturvallisuudesta ja ulkomaisen työvoiman oikeuksista. Työsuojeluviranomainen voi tarkastaa työpaikan.',
      en: 'Advice from the authority on pay, working hours, holidays, safety at work and the rights of foreign workers. The OSH authority can inspect a workplace.',
    },
    phone: '+358295016620',
    phoneDisplay: '0295 016 620',
    url: 'https://tyosuojelu.fi/en/services-and-contact-information/telephone-service',
    hours: {
      fi: 'Suomeksi ma–pe klo 9–15; englanniksi ma, ke ja pe klo 9–12',
      en: 'In English Mon, Wed and Fri 9–12; in Finnish Mon–Fri 9–15',
    },
    languages: ['fi', 'en'],
    interpreters: false,
    tags: ['wages', 'hours', 'safety', 'housing'],
    source: 'https://tyosuojelu.fi/en/services-and-contact-information/telephone-service',
    checkedOn: FACTS_DATE,
  },
  {
    id: 'sak-advice',
    name: {
      fi: 'SAK:n työsuhdeneuvonta maahanmuuttajille',
      en: 'SAK employee rights advice for immigrants',
    },
    description: {
      fi: 'Maksuton neuvonta työsuhteen asioissa. Ammattiliiton jäsenyyttä ei tarvita.',
      en: 'Free advice on your rights at work. You do not need to be a trade union member.',
    },
    phone: '0800414004',
    phoneDisplay: '0800 414 004',
    url: 'https://www.sak.fi/en/working-life/immigrants',
    hours: {
      fi: 'Ma klo 14–17, ti–ke klo 9–11 ja 12–15',
      en: 'Mon 14–17, Tue–Wed 9–11 and 12–15',
    },
    languages: ['fi', 'en'],
    interpreters: false,
    tags: ['wages', 'hours', 'free'],
    source: 'https://www.sak.fi/en/working-life/immigrants',
    checkedOn: FACTS_DATE,
  },
  {
    id: 'police-thb-tips',
    name: {
      fi: 'Poliisin ihmiskaupparyhmä: vinkit',
      en: 'Police human trafficking team: tips',
    },
    description: {
      fi: 'Poliisin valtakunnallinen ryhmä, joka tutkii ihmiskauppaa ja työperäistä hyväksikäyttöä. Voit lähettää vinkin sähköpostilla. Hätätilanteessa soita 112.',
      en: 'The national police team that investigates human trafficking and labour exploitation. You can send a tip by email. In an emergency call 112.',
    },
    email: 'ihmiskauppa@poliisi.fi',
    hours: { fi: 'Sähköposti', en: 'Email' },
    languages: [],
    interpreters: false,
    tags: ['police', 'victim'],
    source: 'https://ihmiskauppa.fi/ihmiskauppa/ihmiskaupan-vastainen-tyo-suomessa/esitutkintaviranomaiset/',
    checkedOn: FACTS_DATE,
  },
];
