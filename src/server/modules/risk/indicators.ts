/**
 * The risk indicator library: versioned, dated data with its sources (FACTS.md sections). Each
 * indicator says what it means, where it comes from, which register data computes it (a column of
 * `company_risk_signals`, filled by rescore.sql.ts), how the raw value becomes a 0–1 strength
 * (`normalise`) and its default weight. A score is Σ weight × strength; the library's version is
 * stored with every computed row, and a change of meaning needs a new version and date.
 *
 * Default weights are Silta's starting point, not a finding of any source: an operation's lead sets
 * its own. Nationality is deliberately NOT a signal: dependence on an employer-tied permit is.
 */
import type { LocalizedText } from '../../../contracts/languages.ts';
import type { CompanyRiskSignals } from './risk.tables.ts';

export const LIBRARY_VERSION = '2026-11-29.1';
export const LIBRARY_DATE = '2026-11-29';

export type IndicatorGroup = 'ilo' | 'modus_operandi' | 'sector' | 'compliance';

/**
 * Where the raw value comes from: `records` = register records (by data category or kind) on the
 * company or its worksites; `findings` = earlier operations' field findings (operation_records, also
 * register records); `company` / `employment` / `subcontracting` = company and employment data,
 * shown only as aggregates.
 */
export type IndicatorBasis = 'records' | 'findings' | 'company' | 'employment' | 'subcontracting';

/** How a raw count becomes a strength between 0 and 1. */
export type Normalise =
  /** 1 when the value is at least 1. */
  | { kind: 'flag' }
  /** value / cap, at most 1. */
  | { kind: 'cap'; cap: number }
  /** value / employees, 0 below `minEmployees` employees (a share of two is noise). */
  | { kind: 'share'; minEmployees: number }
  /** 1 for a company founded today, falling linearly to 0 at `years` years; 0 when unknown. */
  | { kind: 'young'; years: number };

/** Numeric signal columns (camelCase keys of the Drizzle row). */
export type SignalKey = Exclude<keyof CompanyRiskSignals, 'companyId' | 'libraryVersion' | 'computedAt'>;

/** What records stand behind a record-based indicator (for the explanation and for rescoring). */
export type RecordSource =
  | { kind: 'categories'; categories: readonly string[]; tipsOnly?: boolean; withinDays?: number }
  | { kind: 'finding_area'; area: string }
  | { kind: 'ilo'; code: string };

export interface Indicator {
  code: string;
  group: IndicatorGroup;
  basis: IndicatorBasis;
  title: LocalizedText;
  description: LocalizedText;
  /** FACTS.md section(s) the indicator rests on. */
  source: string;
  /** True where FACTS.md marks the ground "unverified" or does not name it at all. */
  unverified: boolean;
  defaultWeight: number;
  /** Which register data computes it, in words (docs/RISK.md repeats this). */
  computation: string;
  signal: SignalKey;
  normalise: Normalise;
  records?: RecordSource;
  /** The library version the indicator was introduced or last changed in. */
  since: string;
}

const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

/** The 11 ILO indicators of forced labour (ILO SAP-FL 2012), as codes in operation_records.ilo_indicators. */
export const ILO_INDICATOR_CODES = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_and_sexual_violence',
  'intimidation_and_threats',
  'retention_of_identity_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_working_and_living_conditions',
  'excessive_overtime',
] as const;
export type IloIndicatorCode = (typeof ILO_INDICATOR_CODES)[number];

const ILO: [IloIndicatorCode, SignalKey, LocalizedText][] = [
  [
    'abuse_of_vulnerability',
    'iloVulnerability',
    t('Haavoittuvuuden hyväksikäyttö', 'Utnyttjande av utsatthet', 'Abuse of vulnerability'),
  ],
  ['deception', 'iloDeception', t('Harhaanjohtaminen', 'Vilseledande', 'Deception')],
  [
    'restriction_of_movement',
    'iloMovement',
    t('Liikkumisen rajoittaminen', 'Begränsad rörelsefrihet', 'Restriction of movement'),
  ],
  ['isolation', 'iloIsolation', t('Eristäminen', 'Isolering', 'Isolation')],
  [
    'physical_and_sexual_violence',
    'iloViolence',
    t('Fyysinen ja seksuaalinen väkivalta', 'Fysiskt och sexuellt våld', 'Physical and sexual violence'),
  ],
  [
    'intimidation_and_threats',
    'iloThreats',
    t('Pelottelu ja uhkailu', 'Hot och skrämsel', 'Intimidation and threats'),
  ],
  [
    'retention_of_identity_documents',
    'iloDocuments',
    t(
      'Henkilöasiakirjojen haltuunotto',
      'Kvarhållande av identitetshandlingar',
      'Retention of identity documents',
    ),
  ],
  ['withholding_of_wages', 'iloWages', t('Palkan pidättäminen', 'Innehållen lön', 'Withholding of wages')],
  ['debt_bondage', 'iloDebt', t('Velkaorjuus', 'Skuldslaveri', 'Debt bondage')],
  [
    'abusive_working_and_living_conditions',
    'iloConditions',
    t(
      'Kohtuuttomat työ- ja elinolot',
      'Otillbörliga arbets- och levnadsförhållanden',
      'Abusive working and living conditions',
    ),
  ],
  [
    'excessive_overtime',
    'iloOvertime',
    t('Kohtuuton ylityö', 'Överdrivet övertidsarbete', 'Excessive overtime'),
  ],
];

const iloIndicators: Indicator[] = ILO.map(([code, signal, title]) => ({
  code: `ilo_${code}`,
  group: 'ilo',
  basis: 'findings',
  title,
  description: t(
    `Aiemman yhteisvalvonnan kenttähavainnoissa kirjattu ILO:n pakkotyöindikaattori: ${title.fi.toLowerCase()}.`,
    `ILO:s indikator för tvångsarbete antecknad i fältiakttagelser vid en tidigare gemensam tillsyn: ${title.sv.toLowerCase()}.`,
    `ILO forced-labour indicator recorded in an earlier joint operation's field findings: ${title.en.toLowerCase()}.`,
  ),
  source: 'FACTS §4.1',
  unverified: false,
  defaultWeight: 8,
  computation: `Earlier operations' findings (operation_records) on the company, its worksites or the operation target, whose ilo_indicators contain "${code}"; counted per record.`,
  signal,
  normalise: { kind: 'flag' },
  records: { kind: 'ilo', code },
  since: LIBRARY_VERSION,
}));

const finding = (
  code: string,
  area: string,
  signal: SignalKey,
  title: LocalizedText,
  description: LocalizedText,
  source: string,
): Indicator => ({
  code,
  group: 'modus_operandi',
  basis: 'findings',
  title,
  description,
  source,
  unverified: false,
  defaultWeight: 6,
  computation: `Earlier operations' findings (operation_records) on the company or its worksites with finding_area = "${area}".`,
  signal,
  normalise: { kind: 'flag' },
  records: { kind: 'finding_area', area },
  since: LIBRARY_VERSION,
});

const modusOperandi: Indicator[] = [
  finding(
    'mo_underpayment',
    'wages',
    'findingWages',
    t('Alipalkkaus', 'Underbetalning', 'Underpayment'),
    t(
      'Aiempi havainto palkkapuutteista (työehtosopimusta pienempi palkka, lisät, lomarahat).',
      'Tidigare iakttagelse av brister i lönen (lägre än kollektivavtalet, tillägg, semesterpenning).',
      'Earlier finding of pay deficiencies (below the collective agreement, supplements, holiday pay).',
    ),
    'FACTS §7.2',
  ),
  finding(
    'mo_long_hours',
    'working_hours',
    'findingHours',
    t(
      'Pitkät työajat ilman ylityökorvausta',
      'Långa arbetstider utan övertidsersättning',
      'Long hours without overtime pay',
    ),
    t(
      'Aiempi havainto työaikapuutteista (ei vapaapäiviä, pitkät päivät ilman korvausta).',
      'Tidigare iakttagelse av brister i arbetstiden (inga lediga dagar, långa dagar utan ersättning).',
      'Earlier finding on working hours (no days off, long days without pay for overtime).',
    ),
    'FACTS §7.2',
  ),
  finding(
    'mo_employer_housing',
    'housing',
    'findingHousing',
    t('Työnantajan järjestämä asuminen', 'Bostad ordnad av arbetsgivaren', 'Employer-arranged housing'),
    t(
      'Aiempi havainto epäinhimillisestä asumisesta tai kohtuuttomista asumis- ja välinemaksuista.',
      'Tidigare iakttagelse av omänskligt boende eller oskäliga avgifter för boende och utrustning.',
      'Earlier finding of inhumane housing or excessive fees for housing or equipment.',
    ),
    'FACTS §7.2, §4.4',
  ),
  finding(
    'mo_permit_abuse',
    'permits',
    'findingPermits',
    t(
      'Oleskelulupiin liittyvät puutteet',
      'Brister i anslutning till uppehållstillstånd',
      'Residence permit issues',
    ),
    t(
      'Aiempi havainto lupapuutteista (työnteko-oikeus, luvasta perityt maksut, tulojen liioittelu Migrille).',
      'Tidigare iakttagelse av brister i tillstånd (rätt att arbeta, avgifter för tillstånd, uppblåsta inkomster till Migri).',
      'Earlier finding on permits (right to work, fees charged for a permit, income overstated to Migri).',
    ),
    'FACTS §7.2',
  ),
  {
    code: 'mo_employer_tied_permits',
    group: 'modus_operandi',
    basis: 'employment',
    title: t('Työnantajaan sidotut luvat', 'Arbetsgivarbundna tillstånd', 'Employer-tied permits'),
    description: t(
      'Suuri osa työntekijöistä on työnantajaan sidotulla oleskeluluvalla: uhkailu luvalla on tunnettu kontrollikeino.',
      'En stor andel av de anställda har ett arbetsgivarbundet uppehållstillstånd: hot om tillståndet är ett känt kontrollmedel.',
      'A large share of the employees hold an employer-tied residence permit: threats about the permit are a known means of control.',
    ),
    source: 'FACTS §7.2',
    unverified: false,
    defaultWeight: 6,
    computation:
      'employments.permit_type = employer_tied, as a share of the company’s employees (role employee), from 3 employees up.',
    signal: 'employerTied',
    normalise: { kind: 'share', minEmployees: 3 },
    since: LIBRARY_VERSION,
  },
  {
    code: 'mo_bogus_self_employment',
    group: 'modus_operandi',
    basis: 'subcontracting',
    title: t('Näennäisyrittäjyys', 'Skenbart företagande', 'Bogus self-employment'),
    description: t(
      'Toiminimi (Tmi) toimii aliurakoitsijana: pakotettu "kevytyrittäjyys" on tunnettu keino.',
      'En enskild näringsidkare (Tmi) arbetar som underentreprenör: påtvingat "lätt företagande" är ett känt sätt.',
      'A sole trader (Tmi) works as a subcontractor: forced "light entrepreneurship" is a known method.',
    ),
    source: 'FACTS §7.2, §7.1',
    unverified: false,
    defaultWeight: 4,
    computation: 'companies.legal_form = Tmi and the company is a sub_company in subcontracts.',
    signal: 'soleTraderSub',
    normalise: { kind: 'flag' },
    since: LIBRARY_VERSION,
  },
  {
    code: 'mo_subcontracting_depth',
    group: 'modus_operandi',
    basis: 'subcontracting',
    title: t('Syvä alihankintaketju', 'Lång underleverantörskedja', 'Deep subcontracting chain'),
    description: t(
      'Yritys on monen portaan alihankintaketjussa: hyväksikäyttö piiloutuu monimutkaisiin ketjuihin.',
      'Företaget ingår i en kedja med många led: utnyttjande döljs i komplexa kedjor.',
      'The company sits several levels down a subcontracting chain: exploitation hides in complex chains.',
    ),
    source: 'FACTS §7.2',
    unverified: false,
    defaultWeight: 4,
    computation: 'Levels below the top main contractor in subcontracts (recursive; capped at 4).',
    signal: 'subcontractDepth',
    normalise: { kind: 'cap', cap: 4 },
    since: LIBRARY_VERSION,
  },
  {
    code: 'mo_young_company',
    group: 'modus_operandi',
    basis: 'company',
    title: t('Nuori yritys', 'Ungt företag', 'Young company'),
    description: t(
      'Lyhytikäisiä yrityksiä käytetään bulvaaneina; vahvin vasta perustetulla, nolla viiden vuoden iässä.',
      'Kortlivade företag används som bulvaner; starkast för ett nystartat företag, noll vid fem års ålder.',
      'Short-lived companies are used as shells; strongest for a newly founded company, zero at five years.',
    ),
    source: 'FACTS §7.2',
    unverified: false,
    defaultWeight: 3,
    computation: 'companies.founded_on: age in days at computation.',
    signal: 'ageDays',
    normalise: { kind: 'young', years: 5 },
    since: LIBRARY_VERSION,
  },
  {
    code: 'mo_minor_workers',
    group: 'modus_operandi',
    basis: 'employment',
    title: t('Alaikäisiä työntekijöitä', 'Minderåriga arbetstagare', 'Minors employed'),
    description: t(
      'Alle 18-vuotias on ihmiskaupan uhri ilman keinojen käyttöäkin: alaikäiset työntekijät tarkistetaan.',
      'En person under 18 är offer för människohandel även utan medel: minderåriga arbetstagare kontrolleras.',
      'A person under 18 is a trafficking victim without any means used: minors at work are checked.',
    ),
    source: 'FACTS §4.4',
    unverified: false,
    defaultWeight: 3,
    computation: 'employments of persons with under_18 = true.',
    signal: 'minors',
    normalise: { kind: 'flag' },
    since: LIBRARY_VERSION,
  },
  {
    code: 'mo_shared_address',
    group: 'modus_operandi',
    basis: 'company',
    title: t(
      'Monta yritystä samassa osoitteessa',
      'Många företag på samma adress',
      'Many companies at one address',
    ),
    description: t(
      'Samaan katuosoitteeseen on rekisteröity useita muita yrityksiä (bulvaaniyhtiöiden merkki; lähteissä ei suoraan mainittu).',
      'Flera andra företag är registrerade på samma gatuadress (tecken på bulvanbolag; nämns inte direkt i källorna).',
      'Several other companies are registered at the same street address (a shell-company sign; not named as such in the sources).',
    ),
    source: 'FACTS §7.2 (shell companies); the address sign itself unverified',
    unverified: true,
    defaultWeight: 2,
    computation: 'Other companies with the same lower(street_address) and postal_code; capped at 5.',
    signal: 'sameAddress',
    normalise: { kind: 'cap', cap: 5 },
    since: LIBRARY_VERSION,
  },
];

const sector: Indicator[] = [
  {
    code: 'sector_high_risk',
    group: 'sector',
    basis: 'company',
    title: t('Riskitoimiala', 'Riskbransch', 'High-risk sector'),
    description: t(
      'Toimiala, jolla työperäistä hyväksikäyttöä tavataan usein (ravintolat, siivous, rakentaminen, maatalous, kauneudenhoito, …).',
      'Bransch där arbetskraftsexploatering ofta påträffas (restauranger, städning, byggande, jordbruk, skönhetsvård, …).',
      'A sector where labour exploitation is often found (restaurants, cleaning, construction, agriculture, beauty, …).',
    ),
    source: 'FACTS §7.1',
    unverified: false,
    defaultWeight: 5,
    computation: 'companies.tol_code starts with one of HIGH_RISK_SECTORS (sectors.ts).',
    signal: 'riskSector',
    normalise: { kind: 'flag' },
    since: LIBRARY_VERSION,
  },
  {
    code: 'sector_seasonal_workforce',
    group: 'sector',
    basis: 'employment',
    title: t('Kausityövoima', 'Säsongsarbetskraft', 'Seasonal workforce'),
    description: t(
      'Suuri osa työntekijöistä on kausityöluvalla (marjanpoiminta, kasvihuoneet, rakennuskausi).',
      'En stor andel av de anställda har säsongsarbetstillstånd (bärplockning, växthus, byggsäsong).',
      'A large share of the employees hold seasonal-work permits (berry picking, greenhouses, construction season).',
    ),
    source: 'FACTS §7.1',
    unverified: false,
    defaultWeight: 3,
    computation: 'employments.permit_type = seasonal, as a share of employees, from 3 employees up.',
    signal: 'seasonal',
    normalise: { kind: 'share', minEmployees: 3 },
    since: LIBRARY_VERSION,
  },
];

const recordsIndicator = (
  code: string,
  signal: SignalKey,
  records: RecordSource & { kind: 'categories' },
  defaultWeight: number,
  normalise: Normalise,
  title: LocalizedText,
  description: LocalizedText,
  source: string,
): Indicator => ({
  code,
  group: 'compliance',
  basis: 'records',
  title,
  description,
  source,
  unverified: false,
  defaultWeight,
  computation: `Register records on the company or its worksites${records.tipsOnly ? ' of kind tip' : ''}${records.categories.length ? ` with a data category in [${records.categories.join(', ')}]` : ''}${records.withinDays ? ` created in the last ${records.withinDays} days` : ''}.`,
  signal,
  normalise,
  records,
  since: LIBRARY_VERSION,
});

const compliance: Indicator[] = [
  recordsIndicator(
    'tax_debt',
    'taxDebt',
    { kind: 'categories', categories: ['targeting_dataset', 'tax_information'] },
    5,
    { kind: 'flag' },
    t('Verovelka', 'Skatteskuld', 'Tax debt'),
    t(
      'Verohallinnon tieto verovelasta tai laiminlyönneistä (esim. maksujärjestelyttömät verovelat).',
      'Skatteförvaltningens uppgift om skatteskuld eller försummelser (t.ex. skatteskulder utan betalningsarrangemang).',
      'Tax Administration data on tax debt or neglect (e.g. tax debts without a payment plan).',
    ),
    'FACTS §1.3',
  ),
  recordsIndicator(
    'enforcement_debt',
    'enforcementDebt',
    { kind: 'categories', categories: ['enforcement_data'] },
    4,
    { kind: 'flag' },
    t('Ulosottovelka', 'Utsökningsskuld', 'Enforcement debt'),
    t(
      'Ulosottolaitoksen tieto yrityksen perinnässä olevista veloista.',
      'Utsökningsverkets uppgift om skulder som indrivs hos företaget.',
      'Enforcement Authority data on debts in enforcement.',
    ),
    'FACTS §1.6',
  ),
  recordsIndicator(
    'pension_neglect',
    'pensionNeglect',
    { kind: 'categories', categories: ['pension_insurance_data'] },
    4,
    { kind: 'flag' },
    t('Laiminlyöty eläkevakuuttaminen', 'Försummad pensionsförsäkring', 'Neglected pension insurance'),
    t(
      'Eläketurvakeskuksen tieto eläkevakuutusten laiminlyönnistä.',
      'Pensionsskyddscentralens uppgift om försummad pensionsförsäkring.',
      'Finnish Centre for Pensions data on neglected pension insurance.',
    ),
    'FACTS §1.8',
  ),
  recordsIndicator(
    'compliance_report_findings',
    'complianceFindings',
    { kind: 'categories', categories: ['compliance_report'] },
    6,
    { kind: 'flag' },
    t(
      'Velvoitteidenhoitoselvityksen havainnot',
      'Iakttagelser i utredning om skötsel av förpliktelser',
      'Compliance report findings',
    ),
    t(
      'Harmaan talouden selvitysyksikön velvoitteidenhoitoselvitys yrityksestä.',
      'Utredningsenhetens för grå ekonomi utredning om skötsel av förpliktelser.',
      'A Grey Economy Information Unit compliance report on the company.',
    ),
    'FACTS §1.3',
  ),
  recordsIndicator(
    'earlier_osh_findings',
    'oshFindings',
    { kind: 'categories', categories: ['osh_inspection_findings', 'contractor_liability_findings'] },
    5,
    { kind: 'cap', cap: 3 },
    t('Aiemmat työsuojeluhavainnot', 'Tidigare arbetarskyddsiakttagelser', 'Earlier OSH findings'),
    t(
      'Työsuojeluviranomaisen aiemmat tarkastushavainnot tai tilaajavastuuhavainnot (vahvin kolmesta ylöspäin).',
      'Arbetarskyddsmyndighetens tidigare inspektions- eller beställaransvarsiakttagelser (starkast från tre).',
      'Earlier OSH inspection or contractor-liability findings (strongest from three up).',
    ),
    'FACTS §1.2',
  ),
  recordsIndicator(
    'tips_total',
    'tipsTotal',
    { kind: 'categories', categories: [], tipsOnly: true },
    4,
    { kind: 'cap', cap: 5 },
    t('Vihjeet', 'Tips', 'Tips'),
    t(
      'Yrityksestä saatujen vihjeiden määrä (vahvin viidestä ylöspäin).',
      'Antal tips om företaget (starkast från fem).',
      'Number of tips about the company (strongest from five up).',
    ),
    'FACTS §1.2',
  ),
  recordsIndicator(
    'tips_recent',
    'tipsRecent',
    { kind: 'categories', categories: [], tipsOnly: true, withinDays: 180 },
    6,
    { kind: 'cap', cap: 3 },
    t('Tuoreet vihjeet', 'Färska tips', 'Recent tips'),
    t(
      'Viimeisen 180 päivän vihjeet (vahvin kolmesta ylöspäin).',
      'Tips från de senaste 180 dagarna (starkast från tre).',
      'Tips from the last 180 days (strongest from three up).',
    ),
    'FACTS §1.2',
  ),
];

/** The library, in display order. */
export const INDICATORS: readonly Indicator[] = [
  ...iloIndicators,
  ...modusOperandi,
  ...sector,
  ...compliance,
];

export const INDICATOR_CODES: readonly string[] = INDICATORS.map((i) => i.code);

export const DEFAULT_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(
  INDICATORS.map((i) => [i.code, i.defaultWeight]),
);

/** A weight an operation may set: 0 (off) to 100. */
export const MAX_WEIGHT = 100;

/** The operation's weights over the defaults (unknown codes are ignored: they were validated on save). */
export function effectiveWeights(custom: Readonly<Record<string, number>>): Record<string, number> {
  const weights: Record<string, number> = { ...DEFAULT_WEIGHTS };
  for (const [code, weight] of Object.entries(custom)) if (code in weights) weights[code] = weight;
  return weights;
}

/** The strength 0–1 of a raw value, exactly as the SQL in score.sql.ts computes it. */
export function strength(indicator: Indicator, raw: number | null, employees: number): number {
  const n = indicator.normalise;
  const value = raw ?? 0;
  switch (n.kind) {
    case 'flag':
      return value >= 1 ? 1 : 0;
    case 'cap':
      return Math.min(value, n.cap) / n.cap;
    case 'share':
      return employees >= n.minEmployees ? Math.min(value / employees, 1) : 0;
    case 'young':
      return raw === null ? 0 : Math.max(0, 1 - raw / (n.years * 365));
  }
}
