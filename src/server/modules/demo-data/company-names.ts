/**
 * Invented company names and legal forms. Names combine Finnish trade words ("Rakennus", "Siivous")
 * with made-up, Finnish-sounding stems built from syllables, so a name looks ordinary but belongs to no
 * real company (an accidental match is possible, as with any generated text, and means nothing).
 */
import type { Sector } from './industries.ts';
import type { NationalityProfile } from './names.ts';
import { type Random, weightedTable } from './random.ts';

export interface LegalForm {
  readonly code: string;
  readonly weight: number;
  /** Foreign company form, e.g. an Estonian OÜ working as a subcontractor in Finland. */
  readonly foreign: boolean;
  /** Nationality profile of a typical owner of a foreign form. */
  readonly ownerProfile?: string;
  /** SIA and UAB are written before the name, the rest after it. */
  readonly prefix?: boolean;
}

/** Legal forms with sampling weights: Oy about 70 %, foreign forms about 8 %. */
export const LEGAL_FORMS: readonly LegalForm[] = [
  { code: 'Oy', weight: 70, foreign: false },
  { code: 'Tmi', weight: 14, foreign: false },
  { code: 'Ky', weight: 5, foreign: false },
  { code: 'Ay', weight: 2.5, foreign: false },
  { code: 'Oyj', weight: 0.3, foreign: false },
  { code: 'OÜ', weight: 3, foreign: true, ownerProfile: 'EE' },
  { code: 'SIA', weight: 1.2, foreign: true, ownerProfile: 'LV', prefix: true },
  { code: 'UAB', weight: 1.2, foreign: true, ownerProfile: 'LT', prefix: true },
  { code: 'Sp. z o.o.', weight: 1.5, foreign: true, ownerProfile: 'PL' },
  { code: 'SRL', weight: 1, foreign: true, ownerProfile: 'RO' },
];

export const LEGAL_FORM_TABLE = weightedTable(LEGAL_FORMS, (form) => form.weight);
export const DOMESTIC_LEGAL_FORM_TABLE = weightedTable(
  LEGAL_FORMS.filter((form) => !form.foreign),
  (form) => form.weight,
);

const w = (text: string): readonly string[] => text.split(', ');

/** Finnish trade words per sector (the first is the plainest). */
const SECTOR_WORDS: Record<Sector, readonly string[]> = {
  agriculture: w('Maatila, Vihannestila, Tila, Puutarha'),
  greenhouse: w('Kasvihuone, Puutarha, Tomaatti, Kurkku, Vihannes'),
  berry_farm: w('Marjatila, Mansikka, Marja, Puutarha'),
  wild_berries: w('Luonnonmarja, Metsämarja, Mustikka, Puolukka, Marja'),
  forestry: w('Metsäpalvelu, Metsä, Puunkorjuu, Taimikko'),
  meat_processing: w('Liha, Lihajaloste, Teurastamo'),
  food_industry: w('Leipomo, Leipä, Kahvileipä'),
  manufacturing: w('Konepaja, Metalli, Teräs, Hitsaus'),
  construction: w('Rakennus, Rakennuspalvelu, Saneeraus, Remontti, Elementti, Betoni, Laatoitus'),
  car_service: w('Autohuolto, Autokorjaamo, Autopesu, Rengas'),
  retail: w('Rautakauppa, Tarvike, Kauppa'),
  transport: w('Kuljetus, Logistiikka, Rahti'),
  warehousing: w('Varasto, Logistiikka, Terminaali'),
  delivery: w('Kuriiri, Jakelu, Lähetti'),
  accommodation: w('Hotelli, Majoitus, Matkailu'),
  restaurant: w('Ravintola, Bistro, Grilli, Pizzeria, Kebab'),
  office: w('Konsultointi, Data, Tieto'),
  staffing: w('Henkilöstöpalvelu, Työvoima, Rekry, Resurssi'),
  security: w('Vartiointi, Turva'),
  property_services: w('Kiinteistöpalvelu, Kiinteistöhuolto, Huolto'),
  cleaning: w('Siivous, Siivouspalvelu, Puhdistus, Clean'),
  care: w('Hoiva, Palvelukoti'),
  beauty: w('Parturi, Kampaamo, Kauneushoitola, Hiusstudio, Nails'),
  wellness: w('Hieronta, Spa, Sauna'),
};

/** Industry-specific words where the sector's are wrong (a taxi firm is not a "Rahti"). */
const CODE_WORDS: Readonly<Record<string, readonly string[]>> = {
  '49320': w('Taksi, Taksipalvelu'),
  '55209': w('Lomakylä, Mökit'),
  '56102': w('Kahvila, Kahvila-ravintola'),
  '56103': w('Grilli, Kebab, Pizzeria'),
  '56301': w('Baari, Pub'),
  '43110': w('Purku, Purkutyö'),
  '43210': w('Sähkö, Sähköasennus'),
  '43220': w('LVI, Putkityö'),
  '43341': w('Maalaus, Maalaamo'),
  '43910': w('Katto, Kattotyö'),
  '81300': w('Viherpalvelu, Piha'),
};

const FOREIGN_WORDS: Partial<Record<Sector, readonly string[]>> = {
  construction: w('Build, Construction, Bau, Statyba, Budowa'),
  staffing: w('Staff, Workforce, Personnel, Labour'),
  cleaning: w('Cleaning, Clean Service'),
  transport: w('Logistics, Transport, Cargo'),
  warehousing: w('Logistics, Cargo'),
  forestry: w('Forest, Timber'),
  agriculture: w('Agro, Harvest'),
  greenhouse: w('Agro, Harvest'),
  berry_farm: w('Agro, Harvest, Berry'),
  wild_berries: w('Berry, Harvest'),
};
const FOREIGN_DEFAULT_WORDS = w('Service, Group, Solutions, Partners');
const FOREIGN_PREFIXES = w('Baltic, Nordic, Euro, North, Prime, Global, Smart, Solid, Star, Union');

const ONSETS = w(
  'Ka, Ki, Ko, La, Le, Lu, Ma, Mi, Mu, Na, Ne, Pa, Pe, Pi, Ra, Ri, Ro, Sa, Se, Si, ' +
    'Ta, Te, Ti, Va, Ve, Vi, Ha, He, Hi, Jo, Ju, Ky, Ty, Ai, Ee, Ou',
);
const MIDDLES = w(
  'ka, ko, la, li, lo, ma, mi, na, ni, ra, ri, ro, sa, si, ta, ti, va, vi, ja, ke, ' +
    'le, ne, pe, se, te, ve, hu, ku, lu, ru, tu, vu, rk, lk, nt',
);
const ENDINGS = w(
  'la, nen, mäki, järvi, koski, lahti, niemi, salo, vaara, harju, joki, saari, ' +
    'ranta, vuori, aho, oja, pelto, nummi, lampi',
);

/** A made-up, Finnish-sounding stem such as "Kavila", "Ritanen" or "Lokoski" (vowel harmony respected). */
export function inventedStem(random: Random): string {
  let stem = random.pick(ONSETS) + (random.chance(0.6) ? random.pick(MIDDLES) : '');
  if (/[klt]$/.test(stem)) stem += random.pick(['a', 'i', 'o']);
  let ending = random.pick(ENDINGS);
  if (ending === 'la' && !/[aou]/.test(stem)) ending = 'lä';
  return stem + ending;
}

/** Finnish genitive of a stem where it is regular ("Kavila" → "Kavilan", "Ritanen" → "Ritasen"). */
export function genitive(stem: string): string | null {
  if (stem.endsWith('nen')) return `${stem.slice(0, -3)}sen`;
  if (/[aäo]$/.test(stem)) return `${stem}n`;
  return null;
}

export interface CompanyNameInput {
  readonly sector: Sector;
  readonly tolCode: string;
  readonly legalForm: LegalForm;
  readonly owner: {
    readonly givenName: string;
    readonly familyName: string;
    readonly profile: NationalityProfile;
  };
}

/** The trade words for an industry. */
export function tradeWords(sector: Sector, tolCode: string): readonly string[] {
  return CODE_WORDS[tolCode] ?? SECTOR_WORDS[sector];
}

function withForm(base: string, form: LegalForm): string {
  if (form.code === 'Tmi') return base;
  return form.prefix ? `${form.code} ${base}` : `${base} ${form.code}`;
}

/** One invented company name, legal form included ("Kavila Rakennus Oy", "SIA Baltic Ritasalo Build"). */
export function companyName(random: Random, input: CompanyNameInput): string {
  const { legalForm: form, owner } = input;
  const words = tradeWords(input.sector, input.tolCode);
  const word = random.pick(words);
  const stem = inventedStem(random);
  if (form.foreign) {
    const foreignWord = random.pick(FOREIGN_WORDS[input.sector] ?? FOREIGN_DEFAULT_WORDS);
    return withForm(`${random.pick(FOREIGN_PREFIXES)} ${stem} ${foreignWord}`, form);
  }
  if (form.code === 'Tmi') {
    return random.chance(0.5)
      ? `Tmi ${owner.givenName} ${owner.familyName}`
      : `${word} ${owner.givenName.charAt(0)}. ${owner.familyName}`;
  }
  const roll = random.next();
  if ((form.code === 'Ky' || form.code === 'Ay') && roll < 0.3) {
    return withForm(`${stem} & ${inventedStem(random)}`, form);
  }
  if (roll < 0.5) return withForm(`${stem} ${word}`, form);
  if (roll < 0.65) return withForm(`${word}-${stem}`, form);
  const owned = genitive(stem);
  return withForm(owned ? `${owned} ${word}` : `${stem} ${word}`, form);
}

/** Sectors where an owner's own brand word ("Himalaya", "Siam") is a natural business name. */
const BRAND_SECTORS: ReadonlySet<Sector> = new Set<Sector>([
  'restaurant',
  'beauty',
  'wellness',
  'retail',
  'food_industry',
  'accommodation',
]);

/** An auxiliary name (aputoiminimi): a trade word with the owner's brand word or an invented stem. */
export function auxiliaryName(random: Random, input: CompanyNameInput): string {
  const words = tradeWords(input.sector, input.tolCode);
  const { profile } = input.owner;
  const useBrand = BRAND_SECTORS.has(input.sector) && profile.nationality !== 'FI' && random.chance(0.7);
  const brand = useBrand ? random.pick(profile.businessWords) : inventedStem(random);
  return `${random.pick(words)} ${brand}`;
}
