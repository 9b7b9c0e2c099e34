/**
 * Topic pages on the terms of work: employment contract, pay, working hours, holidays. Plain language
 * (short sentences, about B1), written from FACTS.md; general labour-law rules that FACTS.md does not
 * list are kept at the level of "usually" and point to the collective agreement and the advice services.
 */
import type { TopicPages } from './topic.ts';

const UPDATED = '2026-11-28';

const CHECKLIST = 'https://tyoelamanpelisaannot.fi/en/checklist-for-workers-entering-finland/';
const OSH_GUIDE =
  'https://www.tyosuojelu.fi/en/-/combating-labour-exploitation-employment-information-for-foreigners-in-14-different-languages-1';
const OSH_MINIMUM_TERMS = 'https://tyosuojelu.fi/en/grey-economy/minimum-terms-and-conditions';
const RIKU_EXPLOITATION = 'https://www.riku.fi/en/various-crimes/labor-exploitation';
const SAK_IMMIGRANTS = 'https://www.sak.fi/en/working-life/immigrants';
const OSH_BOGUS_SELF_EMPLOYMENT =
  'https://www.sttinfo.fi/tiedote/71147256/supervision-of-the-use-of-foreign-labour-bogus-self-employment-and-obstacles-to-information-exchange-between-authorities?publisherId=69818103&lang=en';
const OSH_PAY_FINDINGS =
  'https://sttinfo.fi/tiedote/70137158/enforcement-of-the-use-of-foreign-labour-brings-shortcomings-in-pay-and-working-hours-to-light?lang=en&publisherId=69818103';

export const employmentContract: TopicPages = {
  fi: {
    slug: 'employment-contract',
    title: 'Työsopimus',
    summary: 'Mitä työsopimuksessa pitää lukea ja miksi kirjallinen sopimus suojaa sinua.',
    blocks: [
      {
        type: 'p',
        text: 'Työsopimus on sopimus sinun ja työnantajan välillä. Siinä sovitaan työstä, palkasta ja työajasta.',
      },
      {
        type: 'p',
        text: 'Pyydä työsopimus kirjallisena. Jos sinulla ei ole kirjallista sopimusta, työnantajan pitää antaa sinulle kirjallinen selvitys tärkeimmistä ehdoista. Selvitys pitää antaa kuukauden kuluessa.',
      },
      { type: 'p', text: 'Tarkista, että sopimuksessa lukee ainakin nämä asiat:' },
      {
        type: 'list',
        items: [
          'työnantajan nimi ja yhteystiedot',
          'milloin työ alkaa ja onko se määräaikainen',
          'koeaika, jos sellainen on',
          'työpaikka ja työtehtävät',
          'palkka ja milloin se maksetaan',
          'työaika',
          'mitä työehtosopimusta noudatetaan',
        ],
      },
      {
        type: 'p',
        text: 'Älä allekirjoita paperia, jota et ymmärrä. Pyydä sopimus kielellä, jota ymmärrät. Pidä itselläsi kopio tai valokuva sopimuksesta.',
      },
      {
        type: 'callout',
        text: 'Jos työnantaja päättää työajoistasi ja tehtävistäsi, olet yleensä työntekijä, vaikka sinua kutsuttaisiin yrittäjäksi tai "kevytyrittäjäksi". Työntekijällä on oikeus palkkaan, lomiin ja vakuutuksiin.',
      },
      { type: 'p', text: 'Voit kysyä neuvoa maksutta:' },
      { type: 'contact', contactId: 'sak-advice' },
    ],
    updatedAt: UPDATED,
    sources: [CHECKLIST, OSH_BOGUS_SELF_EMPLOYMENT, RIKU_EXPLOITATION, SAK_IMMIGRANTS],
  },
  en: {
    slug: 'employment-contract',
    title: 'Employment contract',
    summary: 'What your employment contract should say, and why a written contract protects you.',
    blocks: [
      {
        type: 'p',
        text: 'An employment contract is an agreement between you and your employer. It says what work you do, what you are paid and when you work.',
      },
      {
        type: 'p',
        text: 'Ask for the contract in writing. If you have no written contract, your employer must give you a written account of the main terms. This must happen within one month.',
      },
      { type: 'p', text: 'Check that the contract says at least:' },
      {
        type: 'list',
        items: [
          'the name and contact details of the employer',
          'when the work starts, and whether it is for a fixed period',
          'the trial period, if there is one',
          'where you work and what you do',
          'your pay and when it is paid',
          'your working hours',
          'which collective agreement applies',
        ],
      },
      {
        type: 'p',
        text: 'Do not sign a paper you do not understand. Ask for the contract in a language you understand. Keep a copy or a photo of it.',
      },
      {
        type: 'callout',
        text: 'If the employer decides your working hours and your tasks, you are usually an employee, even if you are called an entrepreneur or a "light entrepreneur". An employee has a right to pay, holidays and insurance.',
      },
      { type: 'p', text: 'You can ask for advice for free:' },
      { type: 'contact', contactId: 'sak-advice' },
    ],
    updatedAt: UPDATED,
    sources: [CHECKLIST, OSH_BOGUS_SELF_EMPLOYMENT, RIKU_EXPLOITATION, SAK_IMMIGRANTS],
  },
};

export const payAndMinimumPay: TopicPages = {
  fi: {
    slug: 'pay-and-minimum-pay',
    title: 'Palkka ja vähimmäispalkka',
    summary: 'Vähimmäispalkka tulee työehtosopimuksesta. Näin tarkistat, saatko oikean palkan.',
    blocks: [
      {
        type: 'p',
        text: 'Suomessa ei ole yhtä lakiin kirjoitettua vähimmäispalkkaa. Vähimmäispalkka on alan työehtosopimuksessa.',
      },
      {
        type: 'p',
        text: 'Monet työehtosopimukset ovat yleissitovia. Silloin kaikkien alan työnantajien pitää noudattaa niitä. Ne koskevat myös ulkomaisia työntekijöitä ja ulkomaisia yrityksiä.',
      },
      {
        type: 'p',
        text: 'Työehtosopimuksessa on usein myös lisiä, esimerkiksi ilta-, yö- ja viikonloppulisä. Ylityöstä ja lomasta maksetaan myös.',
      },
      {
        type: 'list',
        items: [
          'Palkka maksetaan omalle pankkitilillesi.',
          'Saat palkkalaskelman. Siinä näkyy palkka, tunnit ja verot.',
          'Sinun ei tarvitse maksaa palkkaa takaisin työnantajalle.',
          'Työnantaja ei saa ottaa palkastasi rahaa asumisesta tai välineistä ilman sopimusta.',
        ],
      },
      {
        type: 'callout',
        text: 'Kirjoita muistiin, milloin teet töitä ja paljonko saat palkkaa. Säilytä palkkalaskelmat. Niistä on apua, jos palkka on liian pieni.',
      },
      {
        type: 'p',
        text: 'Työsuojeluviranomainen valvoo vähimmäispalkkaa. Vuonna 2023 palkassa oli puutteita lähes puolessa tarkastuksista, joissa palkkaa tutkittiin.',
      },
      { type: 'contact', contactId: 'osh-telephone' },
      { type: 'contact', contactId: 'sak-advice' },
    ],
    updatedAt: UPDATED,
    sources: [OSH_MINIMUM_TERMS, OSH_GUIDE, OSH_PAY_FINDINGS, RIKU_EXPLOITATION, SAK_IMMIGRANTS],
  },
  en: {
    slug: 'pay-and-minimum-pay',
    title: 'Pay and minimum pay',
    summary: 'Minimum pay comes from the collective agreement. How to check that you get the right pay.',
    blocks: [
      {
        type: 'p',
        text: 'Finland has no single minimum wage written in law. The minimum pay is in the collective agreement of your sector.',
      },
      {
        type: 'p',
        text: 'Many collective agreements are universally binding. This means that every employer in the sector must follow them. They also apply to foreign workers and foreign companies.',
      },
      {
        type: 'p',
        text: 'Collective agreements often have extra pay too, for example for evenings, nights and weekends. Overtime and holidays are paid as well.',
      },
      {
        type: 'list',
        items: [
          'Your pay goes to a bank account in your own name.',
          'You get a payslip. It shows your pay, your hours and your taxes.',
          'You never have to pay your wages back to the employer.',
          'The employer may not take money from your pay for housing or tools unless you have agreed to it.',
        ],
      },
      {
        type: 'callout',
        text: 'Write down when you work and how much you are paid. Keep your payslips. They help you if your pay is too low.',
      },
      {
        type: 'p',
        text: 'The occupational safety and health authority checks minimum pay. In 2023 it found problems in almost half of the inspections where pay was checked.',
      },
      { type: 'contact', contactId: 'osh-telephone' },
      { type: 'contact', contactId: 'sak-advice' },
    ],
    updatedAt: UPDATED,
    sources: [OSH_MINIMUM_TERMS, OSH_GUIDE, OSH_PAY_FINDINGS, RIKU_EXPLOITATION, SAK_IMMIGRANTS],
  },
};

export const workingHoursAndOvertime: TopicPages = {
  fi: {
    slug: 'working-hours-and-overtime',
    title: 'Työaika ja ylityö',
    summary: 'Kuinka paljon saa tehdä töitä, mitä ylityö on ja miksi tunnit kannattaa kirjoittaa muistiin.',
    blocks: [
      {
        type: 'p',
        text: 'Säännöllinen työaika on yleensä enintään 8 tuntia päivässä ja 40 tuntia viikossa. Työehtosopimuksessa voi olla tarkempia sääntöjä.',
      },
      {
        type: 'p',
        text: 'Työ, joka menee yli sovitun työajan, on lisätyötä tai ylityötä. Ylityöstä maksetaan enemmän palkkaa. Ylityö tarvitsee sinun suostumuksesi.',
      },
      {
        type: 'list',
        items: [
          'Sinulla on oikeus lepoon työvuorojen välillä.',
          'Sinulla on oikeus viikoittaiseen vapaapäivään.',
          'Pitkä työpäivä ilman taukoja ja ilman ylityökorvausta ei ole sallittua.',
        ],
      },
      {
        type: 'callout',
        text: 'Pidä omaa kirjaa työtunneistasi: päivä, alkamis- ja loppumisaika ja tauot. Ota kuva työvuorolistasta. Tämä auttaa, jos palkkaa puuttuu.',
      },
      {
        type: 'p',
        text: 'Liian pitkät päivät, ei yhtään vapaapäivää ja maksamaton ylityö ovat hyväksikäytön merkkejä. Työsuojeluviranomainen valvoo työaikoja.',
      },
      { type: 'contact', contactId: 'osh-telephone' },
    ],
    updatedAt: UPDATED,
    sources: [OSH_GUIDE, OSH_PAY_FINDINGS, RIKU_EXPLOITATION],
  },
  en: {
    slug: 'working-hours-and-overtime',
    title: 'Working hours and overtime',
    summary: 'How much you may work, what overtime is, and why you should write down your hours.',
    blocks: [
      {
        type: 'p',
        text: 'Regular working time is usually at most 8 hours a day and 40 hours a week. Your collective agreement can have more exact rules.',
      },
      {
        type: 'p',
        text: 'Work beyond the agreed hours is additional work or overtime. Overtime is paid more. Overtime needs your consent.',
      },
      {
        type: 'list',
        items: [
          'You have a right to rest between shifts.',
          'You have a right to a day off every week.',
          'Long days without breaks and without overtime pay are not allowed.',
        ],
      },
      {
        type: 'callout',
        text: 'Keep your own record of your hours: the day, when you started and stopped, and your breaks. Take a photo of the shift list. This helps if pay is missing.',
      },
      {
        type: 'p',
        text: 'Very long days, no days off and unpaid overtime are signs of exploitation. The occupational safety and health authority checks working hours.',
      },
      { type: 'contact', contactId: 'osh-telephone' },
    ],
    updatedAt: UPDATED,
    sources: [OSH_GUIDE, OSH_PAY_FINDINGS, RIKU_EXPLOITATION],
  },
};

export const holidays: TopicPages = {
  fi: {
    slug: 'holidays',
    title: 'Lomat ja vapaapäivät',
    summary: 'Työntekijä ansaitsee lomaa. Lomasta maksetaan palkkaa tai lomakorvausta.',
    blocks: [
      {
        type: 'p',
        text: 'Kun teet töitä, ansaitset vuosilomaa. Lomaa kertyy yleensä 2 päivää jokaista täyttä työkuukautta kohden. Kun työsuhde on kestänyt vuoden, lomaa kertyy yleensä 2,5 päivää kuukaudessa.',
      },
      {
        type: 'p',
        text: 'Loman ajalta saat lomapalkkaa. Jos työ loppuu ennen kuin olet pitänyt lomasi, saat lomakorvauksen rahana.',
      },
      {
        type: 'list',
        items: [
          'Lyhyessäkin työssä, esimerkiksi kausityössä, kertyy lomaa tai lomakorvausta.',
          'Työehtosopimuksessa voi olla lisää vapaapäiviä ja lomarahaa.',
          'Sunnuntaina ja pyhäpäivänä tehdystä työstä maksetaan usein enemmän.',
        ],
      },
      {
        type: 'p',
        text: 'Jos olet sairas, kerro siitä työnantajalle heti. Sinulla voi olla oikeus sairausajan palkkaan. Työnantajan pitää järjestää työterveyshuolto.',
      },
      {
        type: 'callout',
        text: 'Jos lomapalkkaa tai lomakorvausta ei makseta, tai et saa koskaan vapaapäivää, kysy neuvoa.',
      },
      { type: 'contact', contactId: 'sak-advice' },
    ],
    updatedAt: UPDATED,
    sources: [OSH_GUIDE, RIKU_EXPLOITATION, SAK_IMMIGRANTS],
  },
  en: {
    slug: 'holidays',
    title: 'Holidays and days off',
    summary: 'Workers earn holiday. Holidays are paid, or you get holiday compensation in money.',
    blocks: [
      {
        type: 'p',
        text: 'When you work, you earn annual holiday. You usually earn 2 days for each full month of work. When you have worked for the same employer for a year, you usually earn 2.5 days a month.',
      },
      {
        type: 'p',
        text: 'You get holiday pay for your holiday. If the job ends before you have taken your holiday, you get holiday compensation in money.',
      },
      {
        type: 'list',
        items: [
          'Short jobs, such as seasonal work, also give holiday or holiday compensation.',
          'Your collective agreement can give more days off and a holiday bonus.',
          'Work on Sundays and public holidays is often paid more.',
        ],
      },
      {
        type: 'p',
        text: 'If you are ill, tell your employer at once. You may have a right to sick pay. Your employer must arrange occupational health care.',
      },
      {
        type: 'callout',
        text: 'If holiday pay or holiday compensation is not paid, or you never get a day off, ask for advice.',
      },
      { type: 'contact', contactId: 'sak-advice' },
    ],
    updatedAt: UPDATED,
    sources: [OSH_GUIDE, RIKU_EXPLOITATION, SAK_IMMIGRANTS],
  },
};
