/** Topic pages on occupational safety and employer-arranged housing (from FACTS.md §1.2, §4.3–4.4, §7.2). */
import type { TopicPages } from './topic.ts';

const UPDATED = '2026-11-28';

const OSH_TIPOFF = 'https://tyosuojelu.fi/en/grey-economy/send-us-a-tipoff';
const OSH_GUIDE =
  'https://www.tyosuojelu.fi/en/-/combating-labour-exploitation-employment-information-for-foreigners-in-14-different-languages-1';
const OSH_PHONE = 'https://tyosuojelu.fi/en/services-and-contact-information/telephone-service';
const SUPERVISORY_AGENCY = 'https://avi.fi/en/reform-of-regional-state-administration';
const RIKU_EXPLOITATION = 'https://www.riku.fi/en/various-crimes/labor-exploitation';
const SALVATION_ARMY =
  'https://www.pelastusarmeija.fi/mita-teemme/ihmiskaupan-vastainen-tyo/ihmiskauppa-suomessa';
const PRO_TUKIPISTE = 'https://pro-tukipiste.fi/ihmiskauppa/tunnista-ihmiskauppa/';

export const occupationalSafety: TopicPages = {
  fi: {
    slug: 'occupational-safety',
    title: 'Työturvallisuus',
    summary: 'Työnantajan pitää huolehtia, että työ on turvallista. Näin toimit, jos se ei ole.',
    blocks: [
      {
        type: 'p',
        text: 'Työnantajan pitää huolehtia työntekijöiden turvallisuudesta ja terveydestä. Tämä koskee kaikkia työntekijöitä, myös ulkomaisia ja lyhyessä työssä olevia.',
      },
      {
        type: 'list',
        items: [
          'Sinulle pitää opettaa, miten työ tehdään turvallisesti.',
          'Sinun pitää saada tarvittavat suojavälineet, esimerkiksi kypärä, kengät tai käsineet.',
          'Työnantajalla pitää olla sinulle tapaturmavakuutus.',
          'Rakennustyömaalla jokaisella pitää olla kuvallinen tunniste.',
        ],
      },
      {
        type: 'p',
        text: 'Jos joudut tapaturmaan, kerro siitä heti työnantajalle. Hakeudu hoitoon. Hätätilanteessa soita 112.',
      },
      { type: 'contact', contactId: 'emergency-112' },
      {
        type: 'p',
        text: 'Työsuojeluviranomainen valvoo työturvallisuutta. Se voi tarkastaa työpaikan ja puhua työntekijöiden kanssa kahden kesken. Voit myös kertoa epäkohdista nimettömästi. Vuoden 2026 alusta työsuojeluviranomainen on osa uutta Lupa- ja valvontavirastoa.',
      },
      { type: 'contact', contactId: 'osh-telephone' },
    ],
    updatedAt: UPDATED,
    sources: [OSH_GUIDE, OSH_TIPOFF, OSH_PHONE, SUPERVISORY_AGENCY, RIKU_EXPLOITATION],
  },
  en: {
    slug: 'occupational-safety',
    title: 'Safety at work',
    summary: 'Your employer must make sure that work is safe. What to do if it is not.',
    blocks: [
      {
        type: 'p',
        text: 'Your employer must take care of the safety and health of the workers. This applies to all workers, also foreign workers and people in short jobs.',
      },
      {
        type: 'list',
        items: [
          'You must be shown how to do the work safely.',
          'You must get the protective equipment you need, for example a helmet, shoes or gloves.',
          'Your employer must have accident insurance for you.',
          'On a construction site everyone must wear an ID card with a photo.',
        ],
      },
      {
        type: 'p',
        text: 'If you have an accident, tell your employer at once. Get medical care. In an emergency call 112.',
      },
      { type: 'contact', contactId: 'emergency-112' },
      {
        type: 'p',
        text: 'The occupational safety and health (OSH) authority checks safety at work. It can inspect a workplace and talk to workers in private. You can also report problems without giving your name. From the start of 2026 the OSH authority is part of the new Finnish Supervisory Agency.',
      },
      { type: 'contact', contactId: 'osh-telephone' },
    ],
    updatedAt: UPDATED,
    sources: [OSH_GUIDE, OSH_TIPOFF, OSH_PHONE, SUPERVISORY_AGENCY, RIKU_EXPLOITATION],
  },
};

export const employerHousing: TopicPages = {
  fi: {
    slug: 'employer-housing',
    title: 'Työnantajan järjestämä asunto',
    summary: 'Jos asut työnantajan järjestämässä asunnossa, sinulla on silti oikeutesi.',
    blocks: [
      {
        type: 'p',
        text: 'Joskus työnantaja järjestää asunnon, esimerkiksi kausityössä. Sovi vuokrasta kirjallisesti. Pyydä kuitti jokaisesta maksusta.',
      },
      {
        type: 'list',
        items: [
          'Vuokran pitää olla kohtuullinen. Hinta ei saa olla niin suuri, että palkasta jää hyvin vähän.',
          'Asunnon pitää olla turvallinen ja puhdas. Siellä pitää olla oma paikka nukkua.',
          'Sinun pitää voida lukita ovi sisältäpäin ja lähteä, kun haluat.',
          'Työnantaja ei saa lukita sinua sisään.',
          'Saat tavata ystäviä ja liikkua vapaasti vapaa-ajalla.',
        ],
      },
      {
        type: 'callout',
        text: 'Jos asunto on täynnä ihmisiä, likainen tai vaarallinen, tai ovi lukitaan ulkopuolelta, se on hyväksikäytön merkki. Jos olet vaarassa, soita 112.',
      },
      {
        type: 'p',
        text: 'Jos asunto on sidottu työhön ja työ loppuu, kysy neuvoa ajoissa. Ihmiskaupan uhrien auttamisjärjestelmä voi järjestää uhrille turvallisen asunnon.',
      },
      { type: 'contact', contactId: 'assistance-system' },
      { type: 'contact', contactId: 'osh-telephone' },
    ],
    updatedAt: UPDATED,
    sources: [
      RIKU_EXPLOITATION,
      SALVATION_ARMY,
      PRO_TUKIPISTE,
      'https://migri.fi/en/assistance-system-for-victims-of-human-trafficking',
    ],
  },
  en: {
    slug: 'employer-housing',
    title: 'Housing from your employer',
    summary: 'If you live in housing arranged by your employer, you still have your rights.',
    blocks: [
      {
        type: 'p',
        text: 'Sometimes the employer arranges housing, for example in seasonal work. Agree on the rent in writing. Ask for a receipt for every payment.',
      },
      {
        type: 'list',
        items: [
          'The rent must be reasonable. It must not be so high that very little of your pay is left.',
          'The housing must be safe and clean. You must have your own place to sleep.',
          'You must be able to lock the door from the inside and to leave when you want.',
          'The employer may not lock you in.',
          'You may meet friends and move freely in your free time.',
        ],
      },
      {
        type: 'callout',
        text: 'If the housing is overcrowded, dirty or dangerous, or the door is locked from the outside, that is a sign of exploitation. If you are in danger, call 112.',
      },
      {
        type: 'p',
        text: 'If your housing depends on your job and the job ends, ask for advice early. The assistance system for victims of human trafficking can arrange safe housing for victims.',
      },
      { type: 'contact', contactId: 'assistance-system' },
      { type: 'contact', contactId: 'osh-telephone' },
    ],
    updatedAt: UPDATED,
    sources: [
      RIKU_EXPLOITATION,
      SALVATION_ARMY,
      PRO_TUKIPISTE,
      'https://migri.fi/en/assistance-system-for-victims-of-human-trafficking',
    ],
  },
};
