/**
 * Competences of the shipped map: what each authority supervises, investigates, may inspect or obtain,
 * and must do, with the provision or source that says so. Used to answer "who should be at the table".
 */
import type { AuthorityCode } from '../../../contracts/authorities.ts';
import type { LocalizedText } from '../../../contracts/languages.ts';
import { B } from './competence.data.bases.ts';
import { t } from './competence.data.text.ts';
import type { Competence, IssueArea, LegalBasis } from './competence.schemas.ts';

interface CompetenceInput {
  id: string;
  authority: AuthorityCode;
  kind: Competence['kind'];
  title: LocalizedText;
  description: LocalizedText;
  issueAreas: IssueArea[];
  legalBasis?: LegalBasis[];
  sources?: string[];
  sectors?: string[];
  verified?: boolean;
}

const comp = (c: CompetenceInput): Competence => {
  const legalBasis = c.legalBasis ?? [];
  return {
    id: c.id,
    authority: c.authority,
    kind: c.kind,
    title: c.title,
    description: c.description,
    issueAreas: c.issueAreas,
    sectors: c.sectors ?? [],
    legalBasis,
    sources: c.sources ?? [],
    verified: c.verified ?? legalBasis.every((b) => b.verified),
  };
};

const THB_INVESTIGATORS =
  'https://ihmiskauppa.fi/ihmiskauppa/ihmiskaupan-vastainen-tyo-suomessa/esitutkintaviranomaiset/';

export const SHIPPED_COMPETENCES: Competence[] = [
  comp({
    id: 'police-investigates-thb',
    authority: 'police',
    kind: 'investigates',
    title: t(
      'Ihmiskaupan ja työrikosten esitutkinta',
      'Förundersökning av människohandel och arbetsbrott',
      'Investigates trafficking and work offences',
    ),
    description: t(
      'Tutkii ihmiskaupan, kiskonnantapaisen työsyrjinnän, kiskonnan ja muut työperäisen hyväksikäytön rikokset sekä työnvälityksen maksukiellon rikkomisen.',
      'Utreder människohandel, ockerliknande diskriminering i arbetslivet, ocker och andra brott som gäller arbetsrelaterat utnyttjande samt brott mot förbudet att ta ut avgift för arbetsförmedling.',
      'Investigates trafficking, extortionate work discrimination, usury and other labour-exploitation crimes, and breaches of the ban on charging recruitment fees.',
    ),
    issueAreas: ['crime_investigation', 'victims', 'recruitment_fees'],
    legalBasis: [B.rl_47_6],
    sources: [THB_INVESTIGATORS, 'https://www.is.fi/kotimaa/art-2000007636774.html'],
  }),
  comp({
    id: 'police-right-to-obtain-4-2',
    authority: 'police',
    kind: 'right_to_obtain',
    title: t(
      'Tiedonsaantioikeus viranomaisilta',
      'Rätt att få uppgifter av myndigheter',
      'Right to obtain data from authorities',
    ),
    description: t(
      'Päällystöön kuuluvan poliisimiehen pyynnöstä poliisi saa viranomaisilta salassapitosäännösten estämättä poliisin tehtävän hoitamiseksi tarpeelliset tiedot, ellei tietojen antamista ole nimenomaisesti kielletty tai rajoitettu.',
      'På begäran av en polisman i befälsställning får polisen av myndigheter utan hinder av sekretess de uppgifter som behövs för en polisuppgift, om inte utlämnandet uttryckligen förbjudits eller begränsats.',
      'On a senior officer’s request the police obtain from authorities, notwithstanding secrecy, data needed for a police task unless expressly prohibited or restricted.',
    ),
    issueAreas: ['crime_investigation'],
    legalBasis: [B.police_4_2],
  }),
  comp({
    id: 'police-business-secrecy-4-3',
    authority: 'police',
    kind: 'right_to_obtain',
    title: t(
      'Tiedot liike-, pankki- ja vakuutussalaisuuden estämättä',
      'Uppgifter utan hinder av affärs-, bank- och försäkringshemlighet',
      'Data despite business, bank and insurance secrecy',
    ),
    description: t(
      'Rikoksen estämiseksi tai selvittämiseksi poliisi saa tietoja liike-, pankki- ja vakuutussalaisuuden estämättä.',
      'För att förhindra eller utreda brott får polisen uppgifter utan hinder av affärs-, bank- och försäkringshemlighet.',
      'To prevent or investigate a crime the police obtain data notwithstanding business, bank or insurance secrecy.',
    ),
    issueAreas: ['crime_investigation'],
    legalBasis: [B.police_4_3],
  }),
  comp({
    id: 'nbi-international-thb',
    authority: 'nbi',
    kind: 'investigates',
    title: t(
      'Kansainväliset ihmiskauppatapaukset',
      'Internationella människohandelsfall',
      'International trafficking cases',
    ),
    description: t(
      'Tutkii ihmiskauppatapaukset, joilla on kansainvälinen ulottuvuus; EMPACT-yhteistyön kansallinen yhteyspiste.',
      'Utreder människohandelsfall med internationell dimension; nationell kontaktpunkt för EMPACT.',
      'Investigates trafficking with an international dimension; national EMPACT contact point.',
    ),
    issueAreas: ['crime_investigation', 'victims'],
    sources: [THB_INVESTIGATORS],
  }),
  comp({
    id: 'border-investigates-thb',
    authority: 'border',
    kind: 'investigates',
    title: t(
      'Laittomaan maahantuloon liittyvä ihmiskauppa',
      'Människohandel med koppling till olaglig inresa',
      'Trafficking linked to illegal immigration',
    ),
    description: t(
      'Esitutkintaviranomainen ihmiskaupassa, joka liittyy laittoman maahantulon järjestämiseen.',
      'Förundersökningsmyndighet för människohandel i samband med organiserande av olaglig inresa.',
      'Pre-trial authority for trafficking connected with arranging illegal immigration.',
    ),
    issueAreas: ['crime_investigation', 'victims'],
    legalBasis: [B.border_crime],
    sources: [THB_INVESTIGATORS, 'https://finlex.fi/en/government-proposals/2025/15'],
  }),
  comp({
    id: 'customs-investigates',
    authority: 'customs',
    kind: 'investigates',
    title: t('Tullirikosten esitutkinta', 'Förundersökning av tullbrott', 'Investigates customs offences'),
    description: t(
      'Estää, paljastaa ja tutkii tullirikoksia; hoitaa tullin verotusta.',
      'Förhindrar, avslöjar och utreder tullbrott; sköter tullbeskattningen.',
      'Prevents, detects and investigates customs offences; handles customs taxation.',
    ),
    issueAreas: ['crime_investigation', 'taxes'],
    legalBasis: [B.customs_crime],
    sources: ['https://www.riksdagen.fi/valtiopaivaasiakirjat/HE+107/2023'],
  }),
  comp({
    id: 'osh-inspection-4',
    authority: 'osh',
    kind: 'inspection_power',
    title: t(
      'Tarkastusoikeus ja tiedonsaanti työnantajalta',
      'Inspektionsrätt och uppgifter från arbetsgivaren',
      'Inspection and access to employer data',
    ),
    description: t(
      'Pääsy työpaikoille, työnantajan asiakirjoihin ja keskustelut työntekijöiden kanssa kahden kesken.',
      'Tillträde till arbetsplatser och arbetsgivarens handlingar samt enskilda samtal med arbetstagare.',
      'Access to workplaces and employer documents, and private talks with workers.',
    ),
    issueAreas: ['occupational_safety', 'wages', 'working_hours'],
    legalBasis: [B.osh_4],
  }),
  comp({
    id: 'osh-minimum-terms',
    authority: 'osh',
    kind: 'supervises',
    title: t(
      'Vähimmäistyöehtojen ja työsyrjinnän valvonta',
      'Tillsyn över minimivillkor och diskriminering',
      'Supervises minimum terms and work discrimination',
    ),
    description: t(
      'Valvoo vähimmäispalkkoja, työaikoja ja syrjintää; voi antaa kehotuksen tai sitovan päätöksen yksiselitteisesti liian pienestä palkasta.',
      'Övervakar minimilöner, arbetstider och diskriminering; kan ge uppmaning eller bindande beslut om entydigt för låg lön.',
      'Supervises minimum pay, working hours and discrimination; may issue an order or binding decision on unambiguously too low pay.',
    ),
    issueAreas: ['wages', 'working_hours', 'discrimination'],
    legalBasis: [B.osh_13],
    sources: ['https://tyosuojelu.fi/en/grey-economy/minimum-terms-and-conditions'],
  }),
  comp({
    id: 'osh-foreign-labour',
    authority: 'osh',
    kind: 'supervises',
    title: t(
      'Ulkomaisen työvoiman käytön valvonta',
      'Tillsyn över användningen av utländsk arbetskraft',
      'Supervises the use of foreign labour',
    ),
    description: t(
      'Valvoo työnantajan ja tilaajan ulkomaalaislain 82 §:n velvollisuuksia (työnteko-oikeuden tarkistus, ilmoitukset, tiedot työpaikalla).',
      'Övervakar arbetsgivarens och beställarens skyldigheter enligt 82 § i utlänningslagen (kontroll av rätt att arbeta, anmälningar, uppgifter på arbetsplatsen).',
      'Supervises employers’ and contractors’ duties under Aliens Act 82 § (checking the right to work, notifications, records at the workplace).',
    ),
    issueAreas: ['permits', 'wages'],
    legalBasis: [B.aliens_85_4, B.aliens_82],
  }),
  comp({
    id: 'osh-contractor-liability',
    authority: 'osh',
    kind: 'supervises',
    title: t('Tilaajavastuun valvonta', 'Tillsyn över beställaransvaret', 'Supervises contractor liability'),
    description: t(
      'Valvoo tilaajavastuulain (1233/2006) selvitysvelvollisuuksia ja saa tätä varten tietoja ja tietojoukkoja muilta viranomaisilta.',
      'Övervakar utredningsskyldigheterna enligt lagen om beställarens utredningsskyldighet (1233/2006) och får uppgifter och datamängder av andra myndigheter.',
      'Supervises duties under the Contractor’s Liability Act (1233/2006) and obtains data and datasets from other authorities for it.',
    ),
    issueAreas: ['contractor_liability'],
    legalBasis: [B.osh_4b, B.osh_4c],
  }),
  comp({
    id: 'osh-driving-times',
    authority: 'osh',
    kind: 'supervises',
    title: t(
      'Ajo- ja lepoaikojen valvonta',
      'Tillsyn över kör- och vilotider',
      'Supervises driving and rest times',
    ),
    description: t(
      'Valvoo kuljettajien ajo- ja lepoaikoja; saa tähän poliisin tietoja.',
      'Övervakar förares kör- och vilotider; får polisens uppgifter för detta.',
      'Supervises drivers’ driving and rest times; obtains police data for this.',
    ),
    issueAreas: ['working_hours'],
    sectors: ['road_transport'],
    legalBasis: [B.pdata_22_15],
    sources: ['https://tyosuojelu.fi/en/grey-economy/send-us-a-tipoff'],
  }),
  comp({
    id: 'osh-duty-to-report-50',
    authority: 'osh',
    kind: 'duty',
    title: t(
      'Ilmoitusvelvollisuus poliisille',
      'Anmälningsskyldighet till polisen',
      'Duty to report to the police',
    ),
    description: t(
      'Ilmoittaa poliisille esitutkintaa varten epäillyistä työrikoksista, ihmiskaupasta, petoksista ja kiskonnasta sekä luvattomasta ulkomaisen työvoiman käytöstä.',
      'Anmäler till polisen för förundersökning misstänkta arbetsbrott, människohandel, bedrägerier och ocker samt olovlig användning av utländsk arbetskraft.',
      'Reports to the police for investigation suspected work offences, trafficking, fraud and usury, and unauthorised use of foreign labour.',
    ),
    issueAreas: ['crime_investigation', 'permits'],
    legalBasis: [B.osh_50, B.aliens_85_2],
  }),
  comp({
    id: 'tax-supervises',
    authority: 'tax',
    kind: 'supervises',
    title: t(
      'Verovalvonta ja veronumerorekisteri',
      'Skattekontroll och skattenummerregister',
      'Tax supervision and tax-number register',
    ),
    description: t(
      'Valvoo verotusta, rekisteröi ulkomaiset työntekijät ja ylläpitää rakennusalan veronumerorekisteriä.',
      'Övervakar beskattningen, registrerar utländska arbetstagare och för byggbranschens skattenummerregister.',
      'Supervises taxation, registers foreign workers and keeps the construction tax-number register.',
    ),
    issueAreas: ['taxes', 'contractor_liability'],
    sources: ['https://vero.fi/harmaa-talous-rikollisuus/torjunta/ajankohtaista/aiemmat-ajankohtaiset/'],
  }),
  comp({
    id: 'geiu-compliance-reports',
    authority: 'geiu',
    kind: 'assists',
    title: t(
      'Velvoitteidenhoitoselvitykset',
      'Utredningar om skötseln av förpliktelser',
      'Compliance reports',
    ),
    description: t(
      'Laatii pyynnöstä selvityksen siitä, onko organisaatio hoitanut verot, eläke-, tapaturma- ja työttömyysvakuutusmaksut ja tullimaksut.',
      'Utreder på begäran om en organisation har skött skatter, pensions-, olycksfalls- och arbetslöshetsförsäkringsavgifter samt tullavgifter.',
      'On request reports whether an organisation has paid taxes, pension, accident and unemployment insurance contributions and customs duties.',
    ),
    issueAreas: ['taxes', 'pensions', 'insurance', 'contractor_liability'],
    legalBasis: [B.geiu_1, B.geiu_5],
  }),
  comp({
    id: 'migri-permits',
    authority: 'migri',
    kind: 'supervises',
    title: t('Oleskelu- ja työluvat', 'Uppehålls- och arbetstillstånd', 'Residence and work permits'),
    description: t(
      'Ratkaisee työperusteiset oleskeluluvat yksin 1.1.2025 alkaen, valvoo työnantajan velvollisuuksia ja voi evätä luvat työnantajalta, joka antoi vääriä tietoja.',
      'Avgör ensam arbetsbaserade uppehållstillstånd från 1.1.2025, övervakar arbetsgivarens skyldigheter och kan vägra tillstånd för en arbetsgivare som lämnat oriktiga uppgifter.',
      'Decides work-based permits alone from 1.1.2025, supervises employers’ duties and may refuse permits to an employer who gave false data.',
    ),
    issueAreas: ['permits'],
    legalBasis: [B.aliens_83, B.aliens_82_2],
    sources: ['https://migri.fi/-/tyoperusteisten-lupien-kasittelyssa-tauko-tammikuussa-2025'],
  }),
  comp({
    id: 'migri-exploited-worker-permit',
    authority: 'migri',
    kind: 'assists',
    title: t(
      'Hyväksikäytetyn työntekijän työnteko-oikeus',
      'Arbetsrätt för en utnyttjad arbetstagare',
      'Right to work for an exploited worker',
    ),
    description: t(
      'Voi myöntää rajoittamattoman työnteko-oikeuden, jos työnantaja on olennaisesti laiminlyönyt velvollisuutensa tai käyttänyt työntekijää hyväksi.',
      'Kan bevilja obegränsad rätt att arbeta om arbetsgivaren väsentligt försummat sina skyldigheter eller utnyttjat arbetstagaren.',
      'May grant an unrestricted right to work if the employer significantly neglected its duties or exploited the worker.',
    ),
    issueAreas: ['permits', 'victims'],
    legalBasis: [B.aliens_81a],
  }),
  comp({
    id: 'migri-right-to-obtain',
    authority: 'migri',
    kind: 'right_to_obtain',
    title: t('Tiedonsaantioikeus', 'Rätt att få uppgifter', 'Right to obtain data'),
    description: t(
      'Saa salassapitosäännösten estämättä ulkomaalais- ja kansalaisuusasioissa tarvittavat tiedot poliisilta, Rajavartiolaitokselta, vastaanottokeskuksilta ja muilta viranomaisilta.',
      'Får utan hinder av sekretess uppgifter som behövs i utlännings- och medborgarskapsärenden av polisen, Gränsbevakningsväsendet, förläggningar och andra myndigheter.',
      'Obtains, notwithstanding secrecy, data needed in aliens and nationality matters from the police, Border Guard, reception centres and other authorities.',
    ),
    issueAreas: ['permits'],
    legalBasis: [B.migri_11, B.migri_13_1],
  }),
  comp({
    id: 'nas-assists-victims',
    authority: 'nas',
    kind: 'assists',
    title: t(
      'Ihmiskaupan uhrien tunnistaminen ja auttaminen',
      'Identifiering av och hjälp till offer för människohandel',
      'Identifies and assists trafficking victims',
    ),
    description: t(
      'Ottaa asiakkaaksi ja auttaa ihmiskaupan uhreja: majoitus, neuvonta, sosiaali- ja terveyspalvelut, tulkkaus. Apua ei anneta vastoin henkilön tahtoa.',
      'Tar emot och hjälper offer för människohandel: boende, rådgivning, social- och hälsovård, tolkning. Hjälp ges inte mot personens vilja.',
      'Admits and assists trafficking victims: housing, advice, social and health services, interpretation. No assistance against the person’s will.',
    ),
    issueAreas: ['victims', 'housing'],
    legalBasis: [B.victims_33, B.victims_35, B.victims_38a],
  }),
  comp({
    id: 'nas-threat-notification-37',
    authority: 'nas',
    kind: 'assists',
    title: t(
      'Ilmoitus poliisille vakavasta uhasta',
      'Anmälan till polisen om allvarligt hot',
      'Notifying the police of a serious threat',
    ),
    description: t(
      'Voi ilmoittaa poliisille salassapitosäännösten estämättä tiedot, jotka tarvitaan henkeen, terveyteen tai vapauteen kohdistuvan vakavan uhan torjumiseksi.',
      'Kan utan hinder av sekretess anmäla till polisen uppgifter som behövs för att avvärja ett allvarligt hot mot liv, hälsa eller frihet.',
      'May tell the police, notwithstanding secrecy, what is needed to prevent a serious threat to life, health or liberty.',
    ),
    issueAreas: ['victims'],
    legalBasis: [B.victims_37, B.victims_38d],
  }),
  comp({
    id: 'enforcement-collects',
    authority: 'enforcement',
    kind: 'supervises',
    title: t(
      'Ulosotto ja rikosilmoitukset',
      'Utsökning och brottsanmälningar',
      'Enforcement and crime reports',
    ),
    description: t(
      'Perii velat ja voi ilmoittaa oma-aloitteisesti rikoksista, joiden vähimmäisrangaistus on vähintään neljä kuukautta vankeutta.',
      'Driver in skulder och kan på eget initiativ anmäla brott med ett minimistraff på minst fyra månaders fängelse.',
      'Collects debts and may report on its own initiative crimes with a minimum penalty of at least four months’ imprisonment.',
    ),
    issueAreas: ['enforcement_debts'],
    legalBasis: [B.enf_3_72_1],
  }),
  comp({
    id: 'etk-pension-supervision',
    authority: 'etk',
    kind: 'supervises',
    title: t(
      'Työeläkevakuuttamisen valvonta',
      'Tillsyn över arbetspensionsförsäkringen',
      'Supervises pension insurance',
    ),
    description: t(
      'Valvoo työnantajien työeläkevakuuttamista ja osallistuu yhteistarkastuksiin Verohallinnon ja työsuojelun kanssa.',
      'Övervakar arbetsgivarnas arbetspensionsförsäkring och deltar i gemensamma inspektioner med Skatteförvaltningen och arbetarskyddet.',
      'Supervises employers’ pension insurance and joins inspections with the Tax Administration and OSH.',
    ),
    issueAreas: ['pensions', 'insurance', 'contractor_liability'],
    legalBasis: [B.tyel_206],
    sources: [
      'https://www.etk.fi/palvelut-asiantuntijoille/tyoelakevakuuttamisen-valvonta/harmaan-talouden-torjunta/',
    ],
  }),
  comp({
    id: 'prosecution-charges',
    authority: 'prosecution',
    kind: 'investigates',
    title: t('Syyteharkinta', 'Åtalsprövning', 'Decides on charges'),
    description: t(
      'Tekee syyteharkinnan; pyytää työsuojeluviranomaisen lausunnon työrikosasioissa ennen syyteratkaisua.',
      'Gör åtalsprövning; begär arbetarskyddsmyndighetens utlåtande i arbetsbrottsärenden före åtalsbeslut.',
      'Decides on charges; asks for the OSH authority’s statement in work-offence cases before deciding.',
    ),
    issueAreas: ['crime_investigation'],
    sources: [THB_INVESTIGATORS],
  }),
  comp({
    id: 'ombudsman-rapporteur',
    authority: 'ombudsman',
    kind: 'assists',
    title: t(
      'Kansallinen ihmiskaupparaportoija',
      'Nationell rapportör om människohandel',
      'National Rapporteur on trafficking',
    ),
    description: t(
      'Seuraa ihmiskauppaa ja syrjintää, antaa oikeudellista neuvontaa ja voi poikkeuksellisesti avustaa uhria oikeudessa.',
      'Följer människohandel och diskriminering, ger juridisk rådgivning och kan i undantagsfall biträda ett offer i domstol.',
      'Monitors trafficking and discrimination, gives legal advice and may exceptionally assist a victim in court.',
    ),
    issueAreas: ['discrimination', 'victims'],
    sources: [
      'https://ihmiskauppa.fi/ihmiskauppa/ihmiskaupan-vastainen-tyo-suomessa/yhdenvertaisuusvaltuutettu/',
    ],
  }),
];
