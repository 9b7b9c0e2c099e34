/**
 * Topic pages on permits and money matters: right to work and permits, taxes, enforcement and debts,
 * recruitment fees (FACTS.md §1.3, §1.4, §1.6, §3, §7; LEGAL-BASES.md §4 and §10).
 */
import type { TopicPages } from './topic.ts';

const UPDATED = '2026-11-28';

const MIGRI_2025 = 'https://migri.fi/-/tyoperusteisten-lupien-kasittelyssa-tauko-tammikuussa-2025';
const HE_253_2020 = 'https://www.edilex.fi/he/20200253';
const ALIENS_ACT_216_2023 = 'https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2023/216';
const OSH_FOREIGN_LABOUR =
  'https://tyosuojelu.fi/en/about-us/functions/guidelines-on-enforcement/supervision-of-the-use-of-foreign-labour';
const RIKU_EXPLOITATION = 'https://www.riku.fi/en/various-crimes/labor-exploitation';
const MIGRI_ASSISTANCE = 'https://migri.fi/en/assistance-system-for-victims-of-human-trafficking';
const VERO_FOREIGNERS =
  'https://vero.fi/harmaa-talous-rikollisuus/torjunta/ajankohtaista/aiemmat-ajankohtaiset/';
const ENFORCEMENT = 'https://vero.fi/link/f848d0573b4b4033b57cbf9a708fbf0d.aspx';
const FEE_BAN_2012 = 'https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2012/927';
const FEE_BAN_2023 = 'https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2023/423';
const THRESHOLD_MONEY = 'https://juristiuutiset.fi/oikeuskaytanto-ihmiskaupparikoksissa-puuttuu-viela/';
const NARPIO = 'https://tekijalehti.fi/?p=17883';

export const rightToWorkAndPermits: TopicPages = {
  fi: {
    slug: 'right-to-work-and-permits',
    title: 'Oikeus tehdä työtä ja oleskeluluvat',
    summary:
      'Maahanmuuttovirasto päättää työluvista. Hyväksikäytetty työntekijä voi saada vapaan oikeuden tehdä työtä.',
    blocks: [
      {
        type: 'p',
        text: 'Jos tulet Suomeen EU:n ja ETA-alueen ulkopuolelta, tarvitset yleensä oleskeluluvan työtä varten. Maahanmuuttovirasto (Migri) päättää luvista.',
      },
      {
        type: 'p',
        text: 'Vuoden 2025 alusta Migri tutkii kaikki työluvan ehdot itse. TE-toimisto ei enää tee osapäätöstä.',
      },
      {
        type: 'list',
        items: [
          'Työnantajan pitää tarkistaa, että sinulla on oikeus tehdä työtä.',
          'Työnantajan pitää ilmoittaa Migrille tietoja työstäsi, esimerkiksi palkka ja työehtosopimus.',
          'Pidä oma passi ja oleskelulupakortti itselläsi. Kukaan muu ei saa pitää niitä.',
        ],
      },
      {
        type: 'callout',
        text: 'Jos työnantaja on laiminlyönyt velvollisuutensa merkittävästi tai käyttänyt sinua hyväksi, voit hakea oikeutta tehdä työtä kenelle tahansa työnantajalle (ulkomaalaislaki 81 a §). Silloin voit vaihtaa työpaikkaa.',
      },
      {
        type: 'p',
        text: 'Työnantaja voi uhkailla, että menetät lupasi, jos valitat. Tällainen uhkailu on hyväksikäytön merkki. Apua saat myös, vaikka olisit Suomessa ilman lupaa.',
      },
      { type: 'contact', contactId: 'assistance-system' },
    ],
    updatedAt: UPDATED,
    sources: [
      MIGRI_2025,
      HE_253_2020,
      ALIENS_ACT_216_2023,
      OSH_FOREIGN_LABOUR,
      RIKU_EXPLOITATION,
      MIGRI_ASSISTANCE,
    ],
  },
  en: {
    slug: 'right-to-work-and-permits',
    title: 'Right to work and permits',
    summary:
      'The Finnish Immigration Service decides on work permits. An exploited worker may get a free right to work.',
    blocks: [
      {
        type: 'p',
        text: 'If you come to Finland from outside the EU and the EEA, you usually need a residence permit for work. The Finnish Immigration Service (Migri) decides on permits.',
      },
      {
        type: 'p',
        text: 'Since the start of 2025 Migri checks all the conditions of a work permit itself. The TE office no longer makes a part decision.',
      },
      {
        type: 'list',
        items: [
          'Your employer must check that you have the right to work.',
          'Your employer must give Migri details of your job, for example your pay and the collective agreement.',
          'Keep your own passport and residence permit card. Nobody else may keep them.',
        ],
      },
      {
        type: 'callout',
        text: 'If your employer has seriously neglected its duties or has exploited you, you can apply for the right to work for any employer (Aliens Act section 81 a). Then you can change jobs.',
      },
      {
        type: 'p',
        text: 'An employer may threaten that you will lose your permit if you complain. Such threats are a sign of exploitation. You can get help even if you are in Finland without a permit.',
      },
      { type: 'contact', contactId: 'assistance-system' },
    ],
    updatedAt: UPDATED,
    sources: [
      MIGRI_2025,
      HE_253_2020,
      ALIENS_ACT_216_2023,
      OSH_FOREIGN_LABOUR,
      RIKU_EXPLOITATION,
      MIGRI_ASSISTANCE,
    ],
  },
};

export const taxes: TopicPages = {
  fi: {
    slug: 'taxes',
    title: 'Verot, verokortti ja henkilötunnus',
    summary: 'Tarvitset verokortin. Rakennusalalla tarvitset myös veronumeron.',
    blocks: [
      {
        type: 'p',
        text: 'Palkasta maksetaan veroa Suomeen. Verohallinto (Vero) rekisteröi ulkomaiset työntekijät. Sieltä saat verokortin.',
      },
      {
        type: 'list',
        items: [
          'Verokortti: anna se työnantajalle. Ilman verokorttia palkastasi pidätetään paljon veroa, 60 prosenttia.',
          'Henkilötunnus: suomalainen tunnus, jota tarvitset monissa asioissa, esimerkiksi pankissa.',
          'Veronumero: tarvitset sen, jos teet töitä rakennustyömaalla tai telakalla. Veronumero on kuvallisessa tunnisteessa.',
        ],
      },
      {
        type: 'p',
        text: 'Palkkalaskelmasta näet, paljonko veroa on pidätetty. Työnantaja ilmoittaa palkat tulorekisteriin.',
      },
      {
        type: 'callout',
        text: 'Älä anna kenenkään muun käyttää henkilötunnustasi, pankkitunnuksiasi tai pankkikorttiasi. Joskus hyväksikäyttäjä ottaa lainoja työntekijän nimiin.',
      },
    ],
    updatedAt: UPDATED,
    sources: [VERO_FOREIGNERS, RIKU_EXPLOITATION, OSH_FOREIGN_LABOUR],
  },
  en: {
    slug: 'taxes',
    title: 'Taxes, tax card and identity code',
    summary: 'You need a tax card. In construction you also need a tax number.',
    blocks: [
      {
        type: 'p',
        text: 'You pay tax to Finland on your pay. The Finnish Tax Administration (Vero) registers foreign workers. You get your tax card from there.',
      },
      {
        type: 'list',
        items: [
          'Tax card: give it to your employer. Without a tax card, a lot of tax is taken from your pay: 60 per cent.',
          'Personal identity code: a Finnish code that you need for many things, for example in a bank.',
          'Tax number: you need it if you work on a construction site or in a shipyard. The tax number is on your photo ID card.',
        ],
      },
      {
        type: 'p',
        text: 'Your payslip shows how much tax was taken. Your employer reports your pay to the Incomes Register.',
      },
      {
        type: 'callout',
        text: "Do not let anyone else use your identity code, your online bank codes or your bank card. Sometimes exploiters take loans in the worker's name.",
      },
    ],
    updatedAt: UPDATED,
    sources: [VERO_FOREIGNERS, RIKU_EXPLOITATION, OSH_FOREIGN_LABOUR],
  },
};

export const enforcementAndDebts: TopicPages = {
  fi: {
    slug: 'enforcement-and-debts',
    title: 'Ulosotto ja velat',
    summary: 'Mitä ulosotto on, ja miksi velka työnantajalle voi olla hyväksikäytön merkki.',
    blocks: [
      {
        type: 'p',
        text: 'Ulosottolaitos perii maksamattomia velkoja, esimerkiksi laskuja, sakkoja ja veroja. Se voi ottaa osan palkastasi. Silloin saat siitä kirjeen. Osa palkasta jää aina sinulle.',
      },
      {
        type: 'p',
        text: 'Jos saat kirjeen velasta, jota et tunne, kysy neuvoa heti. Joku on voinut ottaa lainan sinun nimissäsi.',
      },
      {
        type: 'list',
        items: [
          'Velka työnantajalle tai välittäjälle ei tarkoita, että sinun pitää tehdä työtä ilman palkkaa.',
          'Erittäin suuri velka matkasta, asunnosta tai työpaikasta on hyväksikäytön merkki.',
          'Älä allekirjoita velkapaperia, jota et ymmärrä.',
        ],
      },
      {
        type: 'callout',
        text: 'Jos sinua pidetään työssä velan takia tai sinua uhataan velan takia, ota yhteyttä auttamisjärjestelmään. Apu on maksutonta.',
      },
      { type: 'contact', contactId: 'assistance-system' },
      { type: 'contact', contactId: 'victim-support' },
    ],
    updatedAt: UPDATED,
    sources: [ENFORCEMENT, RIKU_EXPLOITATION, MIGRI_ASSISTANCE],
  },
  en: {
    slug: 'enforcement-and-debts',
    title: 'Enforcement and debts',
    summary:
      'What enforcement (debt collection) is, and why a debt to your employer can be a sign of exploitation.',
    blocks: [
      {
        type: 'p',
        text: 'The Enforcement Authority (Ulosottolaitos) collects unpaid debts, for example bills, fines and taxes. It can take part of your pay. You then get a letter about it. Part of your pay is always left to you.',
      },
      {
        type: 'p',
        text: 'If you get a letter about a debt you do not know, ask for advice at once. Someone may have taken a loan in your name.',
      },
      {
        type: 'list',
        items: [
          'A debt to your employer or recruiter does not mean that you must work without pay.',
          'A very high debt for travel, housing or the job is a sign of exploitation.',
          'Do not sign a debt paper you do not understand.',
        ],
      },
      {
        type: 'callout',
        text: 'If you are kept at work because of a debt, or threatened because of a debt, contact the assistance system. Help is free.',
      },
      { type: 'contact', contactId: 'assistance-system' },
      { type: 'contact', contactId: 'victim-support' },
    ],
    updatedAt: UPDATED,
    sources: [ENFORCEMENT, RIKU_EXPLOITATION, MIGRI_ASSISTANCE],
  },
};

export const recruitmentFees: TopicPages = {
  fi: {
    slug: 'recruitment-fees',
    title: 'Maksu työpaikasta on kielletty',
    summary: 'Kenenkään ei tarvitse maksaa työpaikasta. Maksun periminen työnvälityksestä on rikos.',
    blocks: [
      {
        type: 'p',
        text: 'Työnvälityksestä ei saa periä maksua työnhakijalta. Maksun periminen on Suomessa rikos (rikoslaki 47 luku 6 §).',
      },
      {
        type: 'p',
        text: 'Tällaista maksua kutsutaan joskus "kynnysrahaksi" tai välityspalkkioksi. Poliisi on tutkinut tapauksia, joissa työntekijät maksoivat työstä. Eräässä tapauksessa työntekijöiden kerrottiin maksaneen noin 10 000 euroa työpaikasta.',
      },
      {
        type: 'list',
        items: [
          'Älä maksa työpaikasta, työsopimuksesta tai luvasta välittäjälle tai työnantajalle.',
          'Jos olet jo maksanut, säilytä kuitit, viestit ja tilitiedot.',
          'Sinun ei tarvitse palauttaa osaa palkastasi kenellekään.',
        ],
      },
      {
        type: 'callout',
        text: 'Maksettu työpaikka tai velka välittäjälle on yksi yleisimmistä hyväksikäytön merkeistä. Voit kertoa asiasta poliisille tai ottaa yhteyttä auttamisjärjestelmään.',
      },
      { type: 'contact', contactId: 'police-thb-tips' },
      { type: 'contact', contactId: 'assistance-system' },
    ],
    updatedAt: UPDATED,
    sources: [FEE_BAN_2012, FEE_BAN_2023, THRESHOLD_MONEY, NARPIO, RIKU_EXPLOITATION],
  },
  en: {
    slug: 'recruitment-fees',
    title: 'Paying for a job is not allowed',
    summary: 'Nobody has to pay for a job. Charging a fee for finding someone a job is a crime.',
    blocks: [
      {
        type: 'p',
        text: 'A job seeker may not be charged for employment services. Charging such a fee is a crime in Finland (Criminal Code chapter 47 section 6).',
      },
      {
        type: 'p',
        text: 'This fee is sometimes called "threshold money" or a recruitment fee. The police have investigated cases where workers paid for their jobs. In one case workers reportedly paid about 10,000 euros each for a job.',
      },
      {
        type: 'list',
        items: [
          'Do not pay a recruiter or an employer for a job, a contract or a permit.',
          'If you have already paid, keep the receipts, messages and bank details.',
          'You do not have to give part of your pay back to anyone.',
        ],
      },
      {
        type: 'callout',
        text: 'A paid job or a debt to a recruiter is one of the most common signs of exploitation. You can tell the police, or contact the assistance system.',
      },
      { type: 'contact', contactId: 'police-thb-tips' },
      { type: 'contact', contactId: 'assistance-system' },
    ],
    updatedAt: UPDATED,
    sources: [FEE_BAN_2012, FEE_BAN_2023, THRESHOLD_MONEY, NARPIO, RIKU_EXPLOITATION],
  },
};
