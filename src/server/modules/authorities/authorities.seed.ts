/**
 * The authorities Silta ships with, from ../shared/domain/FACTS.md §1 (sources as given there).
 * Editable at run time; this is only the first state. `verified: false` where the facts file marks a
 * statement as unverified.
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { LocalizedText } from '../../../contracts/languages.ts';

export interface AuthoritySeed {
  code: AuthorityCode;
  name: LocalizedText;
  shortName: LocalizedText;
  description: LocalizedText;
  sources: string[];
  verified: boolean;
  checkedOn: string;
}

const CHECKED = '2026-01-15';

export const AUTHORITY_SEED: AuthoritySeed[] = [
  {
    code: 'police',
    name: { fi: 'Poliisi', sv: 'Polisen', en: 'Police' },
    shortName: { fi: 'Poliisi', sv: 'Polisen', en: 'Police' },
    description: {
      fi: 'Tutkii suurimman osan ihmiskauppatapauksista; kansallinen ihmiskaupan tutkintaryhmä toimii vuodesta 2021.',
      sv: 'Utreder de flesta människohandelsfallen; en nationell utredningsgrupp för människohandel sedan 2021.',
      en: 'Investigates most trafficking cases; a national trafficking investigation group has worked since 2021.',
    },
    sources: [
      'https://ihmiskauppa.fi/ihmiskauppa/ihmiskaupan-vastainen-tyo-suomessa/esitutkintaviranomaiset/',
    ],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'nbi',
    name: { fi: 'Keskusrikospoliisi', sv: 'Centralkriminalpolisen', en: 'National Bureau of Investigation' },
    shortName: { fi: 'KRP', sv: 'CKP', en: 'NBI' },
    description: {
      fi: 'Tutkii kansainvälisiä ihmiskauppatapauksia; EMPACT-yhteistyön kansallinen yhteyspiste.',
      sv: 'Utreder internationella människohandelsfall; nationell kontaktpunkt för EMPACT-samarbetet.',
      en: 'Investigates cases with an international dimension; national contact point for EMPACT.',
    },
    sources: [
      'https://ihmiskauppa.fi/ihmiskauppa/ihmiskaupan-vastainen-tyo-suomessa/esitutkintaviranomaiset/',
      'https://poliisi.fi/en/-/authorities-inspected-103-locations-during-joint-action-days-against-human-trafficking',
    ],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'border',
    name: { fi: 'Rajavartiolaitos', sv: 'Gränsbevakningsväsendet', en: 'Finnish Border Guard' },
    shortName: { fi: 'Raja', sv: 'GBV', en: 'Border Guard' },
    description: {
      fi: 'Esitutkintaviranomainen ihmiskaupassa, joka liittyy laittoman maahantulon järjestämiseen.',
      sv: 'Förundersökningsmyndighet för människohandel i samband med organiserande av olaglig inresa.',
      en: 'Pre-trial investigation authority for trafficking connected with arranging illegal immigration.',
    },
    sources: ['https://finlex.fi/en/government-proposals/2025/15'],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'customs',
    name: { fi: 'Tulli', sv: 'Tullen', en: 'Finnish Customs' },
    shortName: { fi: 'Tulli', sv: 'Tullen', en: 'Customs' },
    description: {
      fi: 'Esitutkintaviranomainen tullirikoksissa; ilmoittaa vakavista rikoksista poliisille.',
      sv: 'Förundersökningsmyndighet för tullbrott; anmäler allvarliga brott till polisen.',
      en: 'Pre-trial investigation authority for customs offences; notifies the police of serious crimes.',
    },
    sources: [
      'https://www.riksdagen.fi/valtiopaivaasiakirjat/HE+107/2023',
      'https://www.stuklex.fi/fi/he/2014/20140174',
    ],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'osh',
    name: {
      fi: 'Työsuojeluviranomainen (Lupa- ja valvontavirasto)',
      sv: 'Arbetarskyddsmyndigheten (Tillstånds- och tillsynsverket)',
      en: 'Occupational safety and health authority (Finnish Supervisory Agency)',
    },
    shortName: { fi: 'Työsuojelu', sv: 'Arbetarskyddet', en: 'OSH' },
    description: {
      fi: 'Valvoo työsuojelua, vähimmäistyöehtoja, tilaajavastuuta ja ulkomaisen työvoiman käyttöä. 1.1.2026 alkaen osa Lupa- ja valvontavirastoa (aiemmin aluehallintovirastojen työsuojelun vastuualueet).',
      sv: 'Övervakar arbetarskydd, minimivillkor, beställaransvar och användning av utländsk arbetskraft. Från 1.1.2026 en del av Tillstånds- och tillsynsverket (tidigare regionförvaltningsverken).',
      en: 'Supervises occupational safety, minimum terms of employment, contractor’s liability and the use of foreign labour. Part of the Finnish Supervisory Agency from 1 January 2026 (previously the Regional State Administrative Agencies).',
    },
    sources: [
      'https://www.sttinfo.fi/tiedote/71700931/suomen-suurimpiin-virastoihin-kuuluva-uusi-lupa-ja-valvontavirasto-aloittaa-112026?lang=fi',
      'https://tyosuojelu.fi/en/grey-economy/send-us-a-tipoff',
    ],
    // LEGAL-BASES.md §1: the wording of 44/2006 2 § after the 2026 reform is unverified.
    verified: false,
    checkedOn: CHECKED,
  },
  {
    code: 'tax',
    name: { fi: 'Verohallinto', sv: 'Skatteförvaltningen', en: 'Finnish Tax Administration' },
    shortName: { fi: 'Vero', sv: 'Skatt', en: 'Tax' },
    description: {
      fi: 'Verotus ja verovalvonta; rekisteröi ulkomaalaiset (henkilötunnus, verokortti, veronumero).',
      sv: 'Beskattning och skattekontroll; registrerar utlänningar (personbeteckning, skattekort, skattenummer).',
      en: 'Taxation and tax supervision; registers foreigners (identity code, tax card, tax number).',
    },
    sources: ['https://vero.fi/harmaa-talous-rikollisuus/torjunta/ajankohtaista/aiemmat-ajankohtaiset/'],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'geiu',
    name: {
      fi: 'Harmaan talouden selvitysyksikkö',
      sv: 'Enheten för utredning av grå ekonomi',
      en: 'Grey Economy Information Unit',
    },
    shortName: { fi: 'HTSY', sv: 'Grå ekonomi', en: 'GEIU' },
    description: {
      fi: 'Verohallinnon yksikkö (laki 1207/2010): tuottaa ilmiöselvityksiä ja viranomaisten pyynnöstä velvoitteidenhoitoselvityksiä.',
      sv: 'Enhet inom Skatteförvaltningen (lag 1207/2010): lägesrapporter och, på begäran av myndigheter, utredningar om fullgörande av förpliktelser.',
      en: 'A unit of the Tax Administration (Act 1207/2010): phenomenon reports, and compliance reports at an authority’s request.',
    },
    sources: ['https://finlex.fi/fi/lainsaadanto/2010/1207'],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'migri',
    name: { fi: 'Maahanmuuttovirasto', sv: 'Migrationsverket', en: 'Finnish Immigration Service' },
    shortName: { fi: 'Migri', sv: 'Migri', en: 'Migri' },
    description: {
      fi: 'Päättää oleskeluluvista; 1.1.2025 alkaen arvioi työperusteisen luvan kaikki edellytykset yksin (TE-toimistojen osapäätökset päättyivät).',
      sv: 'Beslutar om uppehållstillstånd; från 1.1.2025 bedömer ensam alla villkor för arbetsbaserade tillstånd (TE-byråernas delbeslut upphörde).',
      en: 'Decides residence permits; since 1 January 2025 assesses all conditions of work-based permits alone (the TE offices’ partial decisions ended).',
    },
    sources: ['https://migri.fi/-/tyoperusteisten-lupien-kasittelyssa-tauko-tammikuussa-2025'],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'nas',
    name: {
      fi: 'Ihmiskaupan uhrien auttamisjärjestelmä',
      sv: 'Hjälpsystemet för offer för människohandel',
      en: 'Assistance System for Victims of Human Trafficking',
    },
    shortName: { fi: 'Auttamisjärjestelmä', sv: 'Hjälpsystemet', en: 'Assistance system' },
    description: {
      fi: 'Auttaa ihmiskaupan uhreja (laki 746/2011, 4 luku); Joutsenon vastaanottokeskus, osa Maahanmuuttovirastoa.',
      sv: 'Hjälper offer för människohandel (lag 746/2011, kap. 4); Joutseno förläggning, en del av Migrationsverket.',
      en: 'Helps victims of trafficking (Act 746/2011, ch. 4); run by Joutseno reception centre, part of the Immigration Service.',
    },
    sources: ['https://ihmiskauppa.fi/auttamisjarjestelma/tietoa-ihmiskaupan-uhrien-auttamisjarjestelmasta/'],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'enforcement',
    name: { fi: 'Ulosottolaitos', sv: 'Utsökningsväsendet', en: 'Enforcement Authority Finland' },
    shortName: { fi: 'Ulosotto', sv: 'Utsökning', en: 'Enforcement' },
    description: {
      fi: 'Ulosotto (ulosottokaari 705/2007); voi ilmoittaa rikosepäilyistä esitutkintaviranomaisille.',
      sv: 'Utsökning (utsökningsbalken 705/2007); kan anmäla misstänkta brott till förundersökningsmyndigheter.',
      en: 'Enforcement of debts (Enforcement Code 705/2007); may report suspected crimes to pre-trial authorities.',
    },
    sources: ['https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2020/340'],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'etk',
    name: { fi: 'Eläketurvakeskus', sv: 'Pensionsskyddscentralen', en: 'Finnish Centre for Pensions' },
    shortName: { fi: 'ETK', sv: 'PSC', en: 'ETK' },
    description: {
      fi: 'Valvoo työeläkevakuuttamista; tekee yhteisvalvontaa rakennustyömailla Verohallinnon ja työsuojelun kanssa.',
      sv: 'Övervakar arbetspensionsförsäkring; gemensam tillsyn på byggplatser med Skatteförvaltningen och arbetarskyddet.',
      en: 'Supervises employment-pension insurance; joint construction-site inspections with Tax and OSH.',
    },
    sources: [
      'https://www.etk.fi/palvelut-asiantuntijoille/tyoelakevakuuttamisen-valvonta/harmaan-talouden-torjunta/',
    ],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'prosecution',
    name: { fi: 'Syyttäjälaitos', sv: 'Åklagarmyndigheten', en: 'National Prosecution Authority' },
    shortName: { fi: 'Syyttäjä', sv: 'Åklagare', en: 'Prosecution' },
    description: {
      fi: 'Syyteharkinta; ihmiskauppaan erikoistuneita syyttäjiä.',
      sv: 'Åtalsprövning; åklagare specialiserade på människohandel.',
      en: 'Decides on charges; prosecutors specialised in trafficking.',
    },
    sources: ['https://teperi-law.fi/tag/syyttaja/'],
    verified: true,
    checkedOn: CHECKED,
  },
  {
    code: 'ombudsman',
    name: {
      fi: 'Yhdenvertaisuusvaltuutettu',
      sv: 'Diskrimineringsombudsmannen',
      en: 'Non-Discrimination Ombudsman',
    },
    shortName: { fi: 'Yhdenvertaisuusvaltuutettu', sv: 'Diskrimineringsombudsmannen', en: 'Ombudsman' },
    description: {
      fi: 'Ihmiskaupan kansallinen raportoija (laki 1326/2014); seuraa ihmiskauppaa ja raportoi eduskunnalle.',
      sv: 'Nationell rapportör om människohandel (lag 1326/2014); följer upp och rapporterar till riksdagen.',
      en: 'National Rapporteur on trafficking (Act 1326/2014); monitors trafficking and reports to Parliament.',
    },
    sources: [
      'https://ihmiskauppa.fi/ihmiskauppa/ihmiskaupan-vastainen-tyo-suomessa/yhdenvertaisuusvaltuutettu/',
    ],
    verified: true,
    checkedOn: CHECKED,
  },
];
