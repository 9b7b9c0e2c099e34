/**
 * Authority profiles of the shipped competence map (FACTS.md §1, LEGAL-BASES.md), including the
 * 2025–2026 changes: TE offices abolished and Migri deciding work permits alone from 1.1.2025, and the
 * OSH authority being the Finnish Supervisory Agency (Lupa- ja valvontavirasto) from 1.1.2026.
 */
import { t } from './competence.data.text.ts';
import type { AuthorityProfile } from './competence.schemas.ts';

const THB_INVESTIGATORS =
  'https://ihmiskauppa.fi/ihmiskauppa/ihmiskaupan-vastainen-tyo-suomessa/esitutkintaviranomaiset/';

export const SHIPPED_AUTHORITIES: AuthorityProfile[] = [
  {
    code: 'police',
    name: t('Poliisi', 'Polisen', 'Police'),
    shortName: t('Poliisi', 'Polisen', 'Police'),
    description: t(
      'Tutkii suurimman osan ihmiskauppa- ja työperäisen hyväksikäytön rikoksista; kansallinen ihmiskaupan tutkintaryhmä on toiminut vuodesta 2021.',
      'Utreder de flesta brott som gäller människohandel och arbetsrelaterat utnyttjande; en nationell utredningsgrupp för människohandel har funnits sedan 2021.',
      'Investigates most trafficking and labour-exploitation crimes; a national trafficking investigation group has worked since 2021.',
    ),
    supervises: ['crime_investigation', 'recruitment_fees'],
    sources: [
      THB_INVESTIGATORS,
      'https://www.kho.fi/fi/index/paatokset/vuosikirjapaatokset/1611048835723.html',
    ],
    verified: true,
    sharesRulesWithParent: false,
  },
  {
    code: 'nbi',
    name: t('Keskusrikospoliisi', 'Centralkriminalpolisen', 'National Bureau of Investigation'),
    shortName: t('KRP', 'CKP', 'NBI'),
    description: t(
      'Poliisin valtakunnallinen yksikkö; tutkii kansainvälisiä ihmiskauppatapauksia ja on EMPACT-yhteistyön kansallinen yhteyspiste.',
      'Polisens riksomfattande enhet; utreder internationella människohandelsfall och är nationell kontaktpunkt för EMPACT.',
      'National police unit; investigates cases with an international dimension and is the national EMPACT contact point.',
    ),
    supervises: ['crime_investigation'],
    sources: [
      THB_INVESTIGATORS,
      'https://poliisi.fi/en/-/authorities-inspected-103-locations-during-joint-action-days-against-human-trafficking',
    ],
    verified: true,
    partOf: 'police',
    sharesRulesWithParent: true,
    notes: t(
      'KRP on poliisin yksikkö: poliisia koskevat luovutussäännöt koskevat myös sitä, ja tiedot liikkuvat poliisin sisällä.',
      'CKP är en enhet inom polisen: reglerna för polisen gäller också den, och uppgifter rör sig inom polisen.',
      'The NBI is a police unit: rules naming the police cover it, and data moves within the police.',
    ),
  },
  {
    code: 'border',
    name: t('Rajavartiolaitos', 'Gränsbevakningsväsendet', 'Finnish Border Guard'),
    shortName: t('Raja', 'GBV', 'Border Guard'),
    description: t(
      'Esitutkintaviranomainen; tutkii nykyisin vain laittoman maahantulon järjestämiseen liittyvää ihmiskauppaa (HE 15/2025 laajentaisi).',
      'Förundersökningsmyndighet; utreder i dag endast människohandel med koppling till organiserande av olaglig inresa (RP 15/2025 skulle utvidga).',
      'Pre-trial investigation authority; currently investigates only trafficking linked to arranging illegal immigration (HE 15/2025 would widen this).',
    ),
    supervises: ['crime_investigation'],
    sources: [
      THB_INVESTIGATORS,
      'https://finlex.fi/en/government-proposals/2025/15',
      'https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2018/108',
    ],
    verified: true,
    sharesRulesWithParent: false,
  },
  {
    code: 'customs',
    name: t('Tulli', 'Tullen', 'Finnish Customs'),
    shortName: t('Tulli', 'Tullen', 'Customs'),
    description: t(
      'Esitutkintaviranomainen tullirikoksissa; rikostorjunnasta säädetään laissa 623/2015.',
      'Förundersökningsmyndighet för tullbrott; brottsbekämpningen regleras i lag 623/2015.',
      'Pre-trial investigation authority for customs offences; crime prevention is governed by Act 623/2015.',
    ),
    supervises: ['taxes', 'crime_investigation'],
    sources: [
      'https://www.riksdagen.fi/valtiopaivaasiakirjat/HE+107/2023',
      'https://finlex.fi/fi/lainsaadanto/saadoskokoelma/2015/623',
    ],
    verified: true,
    sharesRulesWithParent: false,
  },
  {
    code: 'osh',
    name: t(
      'Työsuojeluviranomainen (Lupa- ja valvontavirasto)',
      'Arbetarskyddsmyndigheten (Tillstånds- och tillsynsverket)',
      'Occupational safety and health authority (Finnish Supervisory Agency)',
    ),
    shortName: t('Työsuojelu', 'Arbetarskyddet', 'OSH authority'),
    description: t(
      'Valvoo työturvallisuutta, vähimmäistyöehtoja, työaikoja, ulkomaisen työvoiman käyttöä ja tilaajavastuuta. 1.1.2026 alkaen tehtävät hoitaa Lupa- ja valvontavirasto (aiemmin aluehallintovirastojen työsuojelun vastuualueet).',
      'Övervakar arbetarskydd, minimivillkor, arbetstider, användningen av utländsk arbetskraft och beställaransvar. Från 1.1.2026 sköts uppgifterna av Tillstånds- och tillsynsverket (tidigare regionförvaltningsverkens ansvarsområden för arbetarskyddet).',
      'Supervises occupational safety, minimum terms, working hours, the use of foreign labour and contractor liability. From 1.1.2026 the tasks belong to the Finnish Supervisory Agency (formerly the OSH divisions of the Regional State Administrative Agencies).',
    ),
    supervises: [
      'occupational_safety',
      'wages',
      'working_hours',
      'permits',
      'contractor_liability',
      'discrimination',
    ],
    sources: [
      'https://tyosuojelu.fi/en/about-us/organisation',
      'https://www.sttinfo.fi/tiedote/71700931/suomen-suurimpiin-virastoihin-kuuluva-uusi-lupa-ja-valvontavirasto-aloittaa-112026?lang=fi',
      'https://avi.fi/en/reform-of-regional-state-administration',
      'https://tyosuojelu.fi/en/grey-economy/send-us-a-tipoff',
    ],
    verified: false,
    sharesRulesWithParent: false,
    notes: t(
      'Lain 44/2006 2 §:n sanamuoto 1.1.2026 uudistuksen jälkeen on tarkistamatta; uudistus ei muuttanut virastojen aineellisia tehtäviä (HE 13/2025).',
      'Ordalydelsen i 2 § i lag 44/2006 efter reformen 1.1.2026 är inte kontrollerad; reformen ändrade inte myndigheternas materiella uppgifter (RP 13/2025).',
      'The wording of 44/2006 2 § after the 1.1.2026 reform is unverified; the reform did not change the agencies’ material tasks (HE 13/2025).',
    ),
  },
  {
    code: 'tax',
    name: t('Verohallinto', 'Skatteförvaltningen', 'Finnish Tax Administration'),
    shortName: t('Vero', 'Skatt', 'Tax'),
    description: t(
      'Verottaa ja valvoo verotusta; rekisteröi ulkomaiset työntekijät ja ylläpitää rakennusalan veronumerorekisteriä. Tulorekisteriyksikkö toimii Verohallinnossa.',
      'Beskattar och övervakar beskattningen; registrerar utländska arbetstagare och för skattenummerregistret för byggbranschen. Inkomstregisterenheten verkar inom Skatteförvaltningen.',
      'Taxes and supervises taxation; registers foreign workers and keeps the construction tax-number register. The Incomes Register Unit is part of the Tax Administration.',
    ),
    supervises: ['taxes', 'contractor_liability'],
    sources: ['https://vero.fi/harmaa-talous-rikollisuus/torjunta/ajankohtaista/aiemmat-ajankohtaiset/'],
    verified: true,
    sharesRulesWithParent: false,
  },
  {
    code: 'geiu',
    name: t(
      'Harmaan talouden selvitysyksikkö',
      'Enheten för utredning av grå ekonomi',
      'Grey Economy Information Unit',
    ),
    shortName: t('HTSY', 'Grå ekonomi', 'GEIU'),
    description: t(
      'Verohallinnon yksikkö, joka laatii viranomaisille velvoitteidenhoitoselvityksiä ja julkisia ilmiöselvityksiä.',
      'Enhet inom Skatteförvaltningen som gör utredningar om skötseln av förpliktelser för myndigheter och offentliga fenomenutredningar.',
      'Tax Administration unit producing compliance reports for authorities and public phenomenon reports.',
    ),
    supervises: ['taxes', 'pensions', 'insurance'],
    sources: [
      'https://finlex.fi/fi/lainsaadanto/2010/1207',
      'http://www.edilex.fi/virallistieto/he/20100163',
    ],
    verified: true,
    partOf: 'tax',
    sharesRulesWithParent: false,
    notes: t(
      'Laki käsittelee yksikköä erikseen: sen pyynnöt, selvitykset ja tiedot ovat salassa pidettäviä (1207/2010 13 §), joten Verohallinnon säännöt eivät koske sitä.',
      'Lagen behandlar enheten separat: dess begäranden, utredningar och uppgifter är sekretessbelagda (1207/2010 13 §), så Skatteförvaltningens regler gäller inte den.',
      'The law treats the unit separately: its requests, reports and data are secret (1207/2010 13 §), so Tax Administration rules do not cover it.',
    ),
  },
  {
    code: 'migri',
    name: t('Maahanmuuttovirasto', 'Migrationsverket', 'Finnish Immigration Service'),
    shortName: t('Migri', 'Migri', 'Migri'),
    description: t(
      'Ratkaisee oleskelu- ja työluvat; 1.1.2025 alkaen Migri arvioi työperusteisen oleskeluluvan kaikki edellytykset yksin, kun TE-toimistojen osapäätökset päättyivät.',
      'Avgör uppehålls- och arbetstillstånd; från 1.1.2025 bedömer Migri ensam alla villkor för arbetsbaserat uppehållstillstånd när arbets- och näringsbyråernas delbeslut upphörde.',
      'Decides residence and work permits; from 1.1.2025 Migri assesses all conditions of work-based permits alone, as the TE offices’ partial decisions ended.',
    ),
    supervises: ['permits'],
    sources: [
      'https://migri.fi/-/tyoperusteisten-lupien-kasittelyssa-tauko-tammikuussa-2025',
      'https://www.kuntaliitto.fi/tietotuotteet-ja-palvelut/verkkojulkaisut/TE-palvelut2024-uudistuksen-kasikirja/3-1-kuntiin-siirtyvat-palvelut',
    ],
    verified: true,
    sharesRulesWithParent: false,
    notes: t(
      'TE-toimistot lakkautettiin 1.1.2025; julkiset työvoimapalvelut siirtyivät kunnille (laki 380/2023).',
      'Arbets- och näringsbyråerna lades ned 1.1.2025; de offentliga arbetskraftstjänsterna överfördes till kommunerna (lag 380/2023).',
      'TE offices were abolished on 1.1.2025; public employment services moved to municipalities (Act 380/2023).',
    ),
  },
  {
    code: 'nas',
    name: t(
      'Ihmiskaupan uhrien auttamisjärjestelmä',
      'Hjälpsystemet för offer för människohandel',
      'National Assistance System for Victims of Human Trafficking',
    ),
    shortName: t('Auttamisjärjestelmä', 'Hjälpsystemet', 'Assistance system'),
    description: t(
      'Tunnistaa ja auttaa ihmiskaupan uhreja (majoitus, neuvonta, sosiaali- ja terveyspalvelut); toimii Joutsenon vastaanottokeskuksessa osana Migrin hallinnonalaa.',
      'Identifierar och hjälper offer för människohandel (boende, rådgivning, social- och hälsovård); verkar vid Joutseno förläggning inom Migris förvaltningsområde.',
      'Identifies and assists trafficking victims (housing, advice, social and health services); run by Joutseno reception centre under Migri.',
    ),
    supervises: ['victims'],
    sources: [
      'https://ihmiskauppa.fi/auttamisjarjestelma/tietoa-ihmiskaupan-uhrien-auttamisjarjestelmasta/',
      'https://migri.fi/en/assistance-system-for-victims-of-human-trafficking',
    ],
    verified: true,
    partOf: 'migri',
    sharesRulesWithParent: false,
  },
  {
    code: 'enforcement',
    name: t('Ulosottolaitos', 'Utsökningsverket', 'National Enforcement Authority Finland'),
    shortName: t('Ulosotto', 'Utsökning', 'Enforcement'),
    description: t(
      'Perii velkoja ulosottokaaren (705/2007) nojalla ja voi ilmoittaa epäillyistä rikoksista esitutkintaviranomaisille.',
      'Driver in skulder enligt utsökningsbalken (705/2007) och kan anmäla misstänkta brott till förundersökningsmyndigheter.',
      'Collects debts under the Enforcement Code (705/2007) and may report suspected crimes to pre-trial authorities.',
    ),
    supervises: ['enforcement_debts'],
    sources: ['https://vero.fi/link/f848d0573b4b4033b57cbf9a708fbf0d.aspx'],
    verified: true,
    sharesRulesWithParent: false,
  },
  {
    code: 'etk',
    name: t('Eläketurvakeskus', 'Pensionsskyddscentralen', 'Finnish Centre for Pensions'),
    shortName: t('ETK', 'PSC', 'ETK'),
    description: t(
      'Valvoo työeläkevakuuttamista; saa vihjeitä Verohallinnolta ja työsuojelulta ja tekee niiden kanssa yhteistarkastuksia.',
      'Övervakar arbetspensionsförsäkringen; får tips från Skatteförvaltningen och arbetarskyddet och gör gemensamma inspektioner med dem.',
      'Supervises employment-pension insurance; receives tips from the Tax Administration and OSH and joins their inspections.',
    ),
    supervises: ['pensions', 'insurance'],
    sources: [
      'https://www.etk.fi/palvelut-asiantuntijoille/tyoelakevakuuttamisen-valvonta/harmaan-talouden-torjunta/',
    ],
    verified: true,
    sharesRulesWithParent: false,
  },
  {
    code: 'prosecution',
    name: t('Syyttäjälaitos', 'Åklagarmyndigheten', 'National Prosecution Authority'),
    shortName: t('Syyttäjä', 'Åklagare', 'Prosecution'),
    description: t(
      'Tekee syyteharkinnan; ihmiskauppaan erikoistuneita syyttäjiä on Etelä-Suomen syyttäjäalueella.',
      'Gör åtalsprövning; åklagare specialiserade på människohandel finns i Södra Finlands åklagardistrikt.',
      'Decides on charges; prosecutors specialised in trafficking work in the Southern Finland district.',
    ),
    supervises: ['crime_investigation'],
    sources: [THB_INVESTIGATORS, 'https://teperi-law.fi/tag/syyttaja/'],
    verified: true,
    sharesRulesWithParent: false,
  },
  {
    code: 'ombudsman',
    name: t('Yhdenvertaisuusvaltuutettu', 'Diskrimineringsombudsmannen', 'Non-Discrimination Ombudsman'),
    shortName: t('Yhdenvertaisuusvaltuutettu', 'Diskrimineringsombudsmannen', 'Ombudsman'),
    description: t(
      'Kansallinen ihmiskaupparaportoija (laki 1326/2014): seuraa ihmiskauppaa ja voi poikkeuksellisesti avustaa uhreja oikeudessa.',
      'Nationell rapportör om människohandel (lag 1326/2014): följer människohandeln och kan i undantagsfall biträda offer i domstol.',
      'National Rapporteur on trafficking (Act 1326/2014): monitors trafficking and may exceptionally assist victims in court.',
    ),
    supervises: ['discrimination', 'victims'],
    sources: [
      'https://ihmiskauppa.fi/ihmiskauppa/ihmiskaupan-vastainen-tyo-suomessa/yhdenvertaisuusvaltuutettu/',
    ],
    verified: true,
    sharesRulesWithParent: false,
  },
];
