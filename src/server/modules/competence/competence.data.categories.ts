/**
 * Shipped data categories, purposes and circumstances of the Finnish competence map. A category is
 * what is disclosed, a purpose is what the recipient uses it for, a circumstance is a fact an official
 * confirms to open an exceptional rule. Codes are stable: rules and audit rows refer to them.
 */
import { B } from './competence.data.bases.ts';
import { t } from './competence.data.text.ts';
import type { DataCategory } from './competence.schemas.ts';

const secret = B.openness_24;

export const SHIPPED_CATEGORIES: DataCategory[] = [
  {
    code: 'tax_information',
    name: t('Verotustiedot', 'Beskattningsuppgifter', 'Tax information'),
    description: t(
      'Verovelvollisen taloudellista asemaa koskevat ja muut tunnistettavat verotustiedot.',
      'Beskattningsuppgifter om en skattskyldigs ekonomiska ställning och andra identifierbara uppgifter.',
      'Tax documents on a taxpayer’s finances and other identifiable tax data.',
    ),
    secrecyBasis: [B.tax_4],
    holder: ['tax'],
  },
  {
    code: 'targeting_dataset',
    name: t('Kohdentamisen tietojoukko', 'Datamängd för inriktning', 'Targeting dataset'),
    description: t(
      'Tietojoukko (esim. maksujärjestelyttömät verovelat, laiminlyöty eläkevakuuttaminen) valvonnan kohdentamiseen.',
      'Datamängd (t.ex. skatteskulder utan betalningsarrangemang, försummad pensionsförsäkring) för att rikta tillsynen.',
      'Bulk dataset (e.g. tax debts without a payment plan, neglected pension insurance) for targeting supervision.',
    ),
    secrecyBasis: [B.tax_4, secret],
    holder: ['tax', 'etk'],
  },
  {
    code: 'osh_inspection_findings',
    name: t(
      'Työsuojelutarkastuksen havainnot',
      'Iakttagelser vid arbetarskyddsinspektion',
      'OSH inspection findings',
    ),
    description: t(
      'Työsuojelutarkastuksilla ja valvonnassa kertyneet tiedot työnantajista ja työntekijöistä.',
      'Uppgifter om arbetsgivare och arbetstagare som samlats vid arbetarskyddsinspektioner och tillsyn.',
      'Information on employers and workers gathered in OSH inspections and supervision.',
    ),
    secrecyBasis: [secret],
    holder: ['osh'],
  },
  {
    code: 'contractor_liability_findings',
    name: t(
      'Tilaajavastuuvalvonnan havainnot',
      'Iakttagelser i beställaransvarstillsynen',
      'Contractor-liability findings',
    ),
    description: t(
      'Tilaajavastuulain (1233/2006) valvonnassa havaitut laiminlyönnit.',
      'Försummelser som upptäckts i tillsynen över lagen om beställarens utredningsskyldighet (1233/2006).',
      'Neglect found in supervising the Contractor’s Liability Act (1233/2006).',
    ),
    secrecyBasis: [secret],
    holder: ['osh'],
  },
  {
    code: 'public_tips',
    name: t('Yleisön vihjeet', 'Tips från allmänheten', 'Tips from the public'),
    description: t(
      'Yleisöltä saadut vihjeet ja ilmoittajan henkilöllisyys.',
      'Tips från allmänheten och uppgiftslämnarens identitet.',
      'Tips from the public, including the informant’s identity.',
    ),
    secrecyBasis: [B.osh_10, secret],
    holder: ['osh'],
  },
  {
    code: 'police_information',
    name: t('Poliisin tiedot', 'Polisens uppgifter', 'Police information'),
    description: t(
      'Poliisin henkilörekisterien tiedot, kuten rikosilmoitus- ja esitutkintatiedot.',
      'Uppgifter i polisens personregister, t.ex. brottsanmälnings- och förundersökningsuppgifter.',
      'Data in police registers, such as crime-report and pre-trial investigation data.',
    ),
    secrecyBasis: [secret],
    holder: ['police'],
  },
  {
    code: 'police_security_information',
    name: t('Poliisin turvallisuustieto', 'Polisens säkerhetsinformation', 'Police security information'),
    description: t(
      'Yhteisvalvonnan kohteeseen liittyvät turvallisuusriskit (esim. väkivaltaisuus, aseet) virkamiesten työturvallisuutta varten.',
      'Säkerhetsrisker vid ett gemensamt tillsynsobjekt (t.ex. våldsbenägenhet, vapen) för tjänstemännens arbetarskydd.',
      'Safety risks at a joint-inspection target (e.g. violence, weapons) for the officials’ own safety.',
    ),
    secrecyBasis: [secret],
    holder: ['police'],
  },
  {
    code: 'residence_permit_data',
    name: t('Oleskelulupatiedot', 'Uppgifter om uppehållstillstånd', 'Residence permit data'),
    description: t(
      'Ulkomaalaisen oleskelu- ja työlupia sekä työnteko-oikeutta koskevat tiedot.',
      'Uppgifter om en utlännings uppehålls- och arbetstillstånd och rätt att arbeta.',
      'Data on a foreign national’s residence and work permits and right to work.',
    ),
    secrecyBasis: [secret],
    holder: ['migri'],
  },
  {
    code: 'employer_data',
    name: t('Työnantajatiedot (Migri)', 'Arbetsgivaruppgifter (Migri)', 'Employer data (Migri)'),
    description: t(
      'Työnantajan ulkomaalaislain 82 §:n mukaiset ilmoitukset ja Migrin työnantajia koskevat tiedot.',
      'Arbetsgivarens anmälningar enligt 82 § i utlänningslagen och Migris uppgifter om arbetsgivare.',
      'Employer notifications under Aliens Act 82 § and Migri’s data on employers.',
    ),
    secrecyBasis: [secret],
    holder: ['migri'],
  },
  {
    code: 'compliance_report',
    name: t('Velvoitteidenhoitoselvitys', 'Utredning om skötseln av förpliktelser', 'Compliance report'),
    description: t(
      'Harmaan talouden selvitysyksikön selvitys organisaation verojen, maksujen ja vakuutusten hoitamisesta.',
      'Enhetens utredning om hur en organisation skött skatter, avgifter och försäkringar.',
      'GEIU report on whether an organisation has met its tax, contribution and insurance obligations.',
    ),
    secrecyBasis: [B.geiu_13],
    holder: ['geiu'],
  },
  {
    code: 'grey_economy_phenomenon_report',
    name: t('Ilmiöselvitys', 'Fenomenutredning', 'Phenomenon report'),
    description: t(
      'Harmaan talouden ilmiöitä kuvaava selvitys, josta ei voi tunnistaa organisaatioita tai henkilöitä.',
      'Utredning som beskriver fenomen inom grå ekonomi utan att organisationer eller personer kan identifieras.',
      'Report describing grey-economy phenomena without identifying organisations or persons.',
    ),
    secrecyBasis: [B.geiu_13],
    holder: ['geiu'],
    publicity: {
      basis: [B.geiu_3, B.geiu_3_bill],
      condition: t(
        'Selvitys on valmis (keskeneräinen selvitys on salassa pidettävä).',
        'Utredningen är färdig (en oavslutad utredning är sekretessbelagd).',
        'The report is finished (a draft is secret).',
      ),
    },
  },
  {
    code: 'victim_assistance_client_data',
    name: t(
      'Auttamisjärjestelmän asiakastiedot',
      'Hjälpsystemets klientuppgifter',
      'Assistance-system client data',
    ),
    description: t(
      'Ihmiskaupan uhrien auttamisjärjestelmän asiakkaita koskevat tiedot.',
      'Uppgifter om klienter i hjälpsystemet för offer för människohandel.',
      'Data on clients of the assistance system for victims of trafficking.',
    ),
    secrecyBasis: [secret],
    holder: ['nas'],
  },
  {
    code: 'enforcement_data',
    name: t('Ulosottotiedot', 'Utsökningsuppgifter', 'Enforcement data'),
    description: t(
      'Velallisen tunniste-, yhteys- ja taloudelliset tiedot ulosottoasioista.',
      'Gäldärens identifierings-, kontakt- och ekonomiska uppgifter i utsökningsärenden.',
      'Debtor identification, contact and financial data from enforcement cases.',
    ),
    secrecyBasis: [secret],
    holder: ['enforcement'],
  },
  {
    code: 'pension_insurance_data',
    name: t(
      'Työeläkevakuuttamisen tiedot',
      'Uppgifter om arbetspensionsförsäkring',
      'Pension insurance data',
    ),
    description: t(
      'Tiedot työnantajien työeläkevakuuttamisesta ja sen laiminlyönneistä.',
      'Uppgifter om arbetsgivares arbetspensionsförsäkring och försummelser.',
      'Data on employers’ employment-pension insurance and its neglect.',
    ),
    secrecyBasis: [secret],
    holder: ['etk'],
  },
  {
    code: 'incomes_register_data',
    name: t('Tulorekisterin tiedot', 'Uppgifter i inkomstregistret', 'Incomes Register data'),
    description: t(
      'Palkka- ja etuustiedot, joita tulorekisteriyksikkö (Verohallinto) välittää käyttäjille.',
      'Löne- och förmånsuppgifter som inkomstregisterenheten (Skatteförvaltningen) förmedlar till användare.',
      'Wage and benefit data transmitted to users by the Incomes Register Unit (Tax Administration).',
    ),
    secrecyBasis: [secret],
    holder: ['tax'],
  },
  {
    code: 'customs_information',
    name: t('Tullin tiedot', 'Tullens uppgifter', 'Customs information'),
    description: t(
      'Tullin valvonta-, verotus- ja rikostorjuntatiedot.',
      'Tullens uppgifter om tillsyn, beskattning och brottsbekämpning.',
      'Customs supervision, taxation and crime-prevention data.',
    ),
    secrecyBasis: [secret],
    holder: ['customs'],
  },
  {
    code: 'border_guard_information',
    name: t('Rajavartiolaitoksen tiedot', 'Gränsbevakningsväsendets uppgifter', 'Border Guard information'),
    description: t(
      'Rajavartiolaitoksen rajavalvonta- ja rikostorjuntatiedot.',
      'Gränsbevakningsväsendets uppgifter om gränsövervakning och brottsbekämpning.',
      'Border Guard border-control and crime-prevention data.',
    ),
    secrecyBasis: [secret],
    holder: ['border'],
  },
];
