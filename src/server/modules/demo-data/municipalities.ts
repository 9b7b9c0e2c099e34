/**
 * Real Finnish municipalities for placing synthetic companies and worksites. Names and regions are real;
 * the rest is deliberately approximate and only good enough for demo data:
 * - lat/lon: rounded centre of the town, not of the municipality's area;
 * - populationWeight: population in thousands, rounded (roughly 2023), used only as a sampling weight;
 * - postalPrefix: the leading digits of the town's postal codes, NOT a postal-code lookup — generated
 *   codes are plausible, not necessarily real;
 * - tags: where the generator prefers to place greenhouses, berry farms, wild-berry picking and forestry.
 */

/** Reasons to prefer a municipality for a sector's worksites. */
export type MunicipalityTag = 'greenhouse' | 'berry_farm' | 'wild_berries' | 'forest';

export interface Municipality {
  /** Finnish name (the official Finnish-language name also where Swedish is the majority language). */
  readonly name: string;
  /** Swedish name, where the municipality has one. */
  readonly nameSv?: string;
  /** Region (maakunta), Finnish name. */
  readonly region: string;
  readonly lat: number;
  readonly lon: number;
  readonly populationWeight: number;
  readonly postalPrefix: string;
  readonly tags: readonly MunicipalityTag[];
  /** Swedish-speaking majority: street names and some residents are Swedish-speaking. */
  readonly swedishMajority: boolean;
}

type Extra = MunicipalityTag | 'sv';

function m(
  name: string,
  nameSv: string | null,
  region: string,
  lat: number,
  lon: number,
  populationWeight: number,
  postalPrefix: string,
  ...extra: Extra[]
): Municipality {
  const tags = extra.filter((e): e is MunicipalityTag => e !== 'sv');
  const base = { name, region, lat, lon, populationWeight, postalPrefix, tags };
  return { ...base, ...(nameSv ? { nameSv } : {}), swedishMajority: extra.includes('sv') };
}

const UUSIMAA = 'Uusimaa';
const VARSINAIS_SUOMI = 'Varsinais-Suomi';
const SATAKUNTA = 'Satakunta';
const KANTA_HAME = 'Kanta-Häme';
const PIRKANMAA = 'Pirkanmaa';
const PAIJAT_HAME = 'Päijät-Häme';
const KYMENLAAKSO = 'Kymenlaakso';
const ETELA_KARJALA = 'Etelä-Karjala';
const ETELA_SAVO = 'Etelä-Savo';
const POHJOIS_SAVO = 'Pohjois-Savo';
const POHJOIS_KARJALA = 'Pohjois-Karjala';
const KESKI_SUOMI = 'Keski-Suomi';
const ETELA_POHJANMAA = 'Etelä-Pohjanmaa';
const POHJANMAA = 'Pohjanmaa';
const KESKI_POHJANMAA = 'Keski-Pohjanmaa';
const POHJOIS_POHJANMAA = 'Pohjois-Pohjanmaa';
const KAINUU = 'Kainuu';
const LAPPI = 'Lappi';
const AHVENANMAA = 'Ahvenanmaa';

/** Municipalities the generator places records in (a sample, not the full list of ~300). */
export const MUNICIPALITIES: readonly Municipality[] = [
  m('Helsinki', 'Helsingfors', UUSIMAA, 60.17, 24.94, 674, '00'),
  m('Espoo', 'Esbo', UUSIMAA, 60.21, 24.66, 310, '02'),
  m('Vantaa', 'Vanda', UUSIMAA, 60.29, 25.04, 247, '01'),
  m('Porvoo', 'Borgå', UUSIMAA, 60.39, 25.66, 51, '06'),
  m('Hyvinkää', 'Hyvinge', UUSIMAA, 60.63, 24.86, 47, '05'),
  m('Järvenpää', 'Träskända', UUSIMAA, 60.47, 25.09, 46, '04'),
  m('Nurmijärvi', null, UUSIMAA, 60.46, 24.81, 44, '019'),
  m('Kirkkonummi', 'Kyrkslätt', UUSIMAA, 60.12, 24.44, 41, '024'),
  m('Kerava', 'Kervo', UUSIMAA, 60.4, 25.1, 38, '042'),
  m('Lohja', 'Lojo', UUSIMAA, 60.25, 24.07, 46, '08'),
  m('Tuusula', 'Tusby', UUSIMAA, 60.4, 25.03, 39, '043'),
  m('Sipoo', 'Sibbo', UUSIMAA, 60.38, 25.27, 22, '041'),
  m('Mäntsälä', null, UUSIMAA, 60.64, 25.32, 21, '046'),
  m('Vihti', 'Vichtis', UUSIMAA, 60.42, 24.32, 29, '034'),
  m('Loviisa', 'Lovisa', UUSIMAA, 60.46, 26.23, 14, '079'),
  m('Raasepori', 'Raseborg', UUSIMAA, 59.97, 23.43, 27, '10', 'sv'),
  m('Turku', 'Åbo', VARSINAIS_SUOMI, 60.45, 22.27, 200, '20'),
  m('Salo', null, VARSINAIS_SUOMI, 60.38, 23.13, 51, '24'),
  m('Kaarina', 'S:t Karins', VARSINAIS_SUOMI, 60.41, 22.37, 36, '207'),
  m('Raisio', 'Reso', VARSINAIS_SUOMI, 60.49, 22.17, 25, '212'),
  m('Naantali', 'Nådendal', VARSINAIS_SUOMI, 60.47, 22.03, 19, '211'),
  m('Uusikaupunki', 'Nystad', VARSINAIS_SUOMI, 60.8, 21.41, 15, '235'),
  m('Loimaa', null, VARSINAIS_SUOMI, 60.85, 23.06, 15, '322'),
  m('Parainen', 'Pargas', VARSINAIS_SUOMI, 60.3, 22.3, 15, '216', 'sv'),
  m('Kemiönsaari', 'Kimitoön', VARSINAIS_SUOMI, 60.16, 22.73, 6.5, '257', 'sv'),
  m('Laitila', 'Letala', VARSINAIS_SUOMI, 60.88, 21.69, 8.3, '238'),
  m('Mynämäki', 'Virmo', VARSINAIS_SUOMI, 60.68, 21.99, 7.8, '231'),
  m('Somero', null, VARSINAIS_SUOMI, 60.63, 23.51, 8.5, '314'),
  m('Pori', 'Björneborg', SATAKUNTA, 61.49, 21.8, 83, '28'),
  m('Rauma', 'Raumo', SATAKUNTA, 61.13, 21.51, 38, '26'),
  m('Huittinen', 'Vittis', SATAKUNTA, 61.18, 22.7, 10, '327'),
  m('Kankaanpää', null, SATAKUNTA, 61.8, 22.39, 11, '387'),
  m('Ulvila', 'Ulvsby', SATAKUNTA, 61.43, 21.87, 13, '284'),
  m('Eura', null, SATAKUNTA, 61.13, 22.13, 11, '275'),
  m('Hämeenlinna', 'Tavastehus', KANTA_HAME, 60.99, 24.46, 68, '13'),
  m('Riihimäki', null, KANTA_HAME, 60.74, 24.77, 28, '11'),
  m('Forssa', null, KANTA_HAME, 60.81, 23.62, 17, '301'),
  m('Tampere', 'Tammerfors', PIRKANMAA, 61.5, 23.76, 250, '33'),
  m('Nokia', null, PIRKANMAA, 61.48, 23.51, 35, '371'),
  m('Ylöjärvi', null, PIRKANMAA, 61.55, 23.6, 34, '334'),
  m('Kangasala', null, PIRKANMAA, 61.46, 24.07, 33, '362'),
  m('Lempäälä', null, PIRKANMAA, 61.31, 23.75, 24, '375'),
  m('Pirkkala', 'Birkala', PIRKANMAA, 61.46, 23.65, 20, '339'),
  m('Valkeakoski', null, PIRKANMAA, 61.26, 24.03, 21, '376'),
  m('Sastamala', null, PIRKANMAA, 61.34, 22.91, 24, '382'),
  m('Lahti', 'Lahtis', PAIJAT_HAME, 60.98, 25.66, 121, '15'),
  m('Heinola', null, PAIJAT_HAME, 61.2, 26.03, 18, '181'),
  m('Orimattila', null, PAIJAT_HAME, 60.8, 25.73, 16, '163'),
  m('Hollola', null, PAIJAT_HAME, 60.99, 25.51, 23, '158'),
  m('Kotka', null, KYMENLAAKSO, 60.47, 26.95, 51, '48'),
  m('Kouvola', null, KYMENLAAKSO, 60.87, 26.7, 79, '45'),
  m('Hamina', 'Fredrikshamn', KYMENLAAKSO, 60.57, 27.2, 19, '494'),
  m('Lappeenranta', 'Villmanstrand', ETELA_KARJALA, 61.06, 28.19, 73, '53'),
  m('Imatra', null, ETELA_KARJALA, 61.17, 28.77, 25, '55'),
  m('Mikkeli', 'S:t Michel', ETELA_SAVO, 61.69, 27.27, 51, '50', 'berry_farm'),
  m('Savonlinna', 'Nyslott', ETELA_SAVO, 61.87, 28.88, 32, '57', 'forest'),
  m('Pieksämäki', null, ETELA_SAVO, 62.3, 27.16, 17, '761', 'forest'),
  m('Juva', null, ETELA_SAVO, 61.9, 27.86, 6, '519', 'berry_farm', 'forest'),
  m('Kangasniemi', null, ETELA_SAVO, 61.99, 26.64, 5, '512', 'berry_farm'),
  m('Kuopio', null, POHJOIS_SAVO, 62.89, 27.68, 124, '70'),
  m('Iisalmi', 'Idensalmi', POHJOIS_SAVO, 63.56, 27.19, 21, '741'),
  m('Varkaus', null, POHJOIS_SAVO, 62.31, 27.87, 20, '78'),
  m('Suonenjoki', null, POHJOIS_SAVO, 62.62, 27.13, 7, '776', 'berry_farm'),
  m('Siilinjärvi', null, POHJOIS_SAVO, 63.08, 27.66, 21, '718'),
  m('Leppävirta', null, POHJOIS_SAVO, 62.49, 27.79, 9.5, '791', 'berry_farm'),
  m('Joensuu', null, POHJOIS_KARJALA, 62.6, 29.76, 78, '80'),
  m('Kitee', null, POHJOIS_KARJALA, 62.1, 30.14, 10, '825', 'forest'),
  m('Lieksa', null, POHJOIS_KARJALA, 63.32, 30.02, 11, '817', 'forest', 'wild_berries'),
  m('Nurmes', null, POHJOIS_KARJALA, 63.54, 29.14, 7, '755', 'forest', 'wild_berries'),
  m('Jyväskylä', null, KESKI_SUOMI, 62.24, 25.75, 147, '40'),
  m('Jämsä', null, KESKI_SUOMI, 61.86, 25.19, 20, '42'),
  m('Äänekoski', null, KESKI_SUOMI, 62.6, 25.73, 18, '441', 'forest'),
  m('Saarijärvi', null, KESKI_SUOMI, 62.71, 25.26, 9, '431', 'forest'),
  m('Viitasaari', null, KESKI_SUOMI, 63.07, 25.86, 6, '445', 'forest'),
  m('Seinäjoki', null, ETELA_POHJANMAA, 62.79, 22.84, 65, '60'),
  m('Lapua', 'Lappo', ETELA_POHJANMAA, 62.97, 23.01, 14, '621'),
  m('Kauhajoki', null, ETELA_POHJANMAA, 62.43, 22.18, 13, '618'),
  m('Kurikka', null, ETELA_POHJANMAA, 62.62, 22.41, 20, '613'),
  m('Alajärvi', null, ETELA_POHJANMAA, 63.0, 23.82, 9.5, '629'),
  m('Ähtäri', 'Etseri', ETELA_POHJANMAA, 62.55, 24.07, 5.6, '637'),
  m('Alavus', 'Alavo', ETELA_POHJANMAA, 62.59, 23.62, 11, '633'),
  m('Kuortane', null, ETELA_POHJANMAA, 62.81, 23.51, 3.5, '631'),
  m('Vaasa', 'Vasa', POHJANMAA, 63.1, 21.62, 68, '65'),
  m('Närpiö', 'Närpes', POHJANMAA, 62.47, 21.34, 9.5, '642', 'greenhouse', 'sv'),
  m('Kristiinankaupunki', 'Kristinestad', POHJANMAA, 62.27, 21.38, 6.5, '641', 'greenhouse', 'sv'),
  m('Kaskinen', 'Kaskö', POHJANMAA, 62.38, 21.22, 1.2, '6426', 'greenhouse'),
  m('Korsnäs', 'Korsnäs', POHJANMAA, 62.79, 21.19, 2.2, '662', 'greenhouse', 'sv'),
  m('Maalahti', 'Malax', POHJANMAA, 62.94, 21.55, 5.5, '661', 'greenhouse', 'sv'),
  m('Mustasaari', 'Korsholm', POHJANMAA, 63.11, 21.68, 19, '656', 'greenhouse', 'sv'),
  m('Vöyri', 'Vörå', POHJANMAA, 63.13, 22.25, 6.6, '666', 'sv'),
  m('Pietarsaari', 'Jakobstad', POHJANMAA, 63.67, 22.7, 19, '686', 'sv'),
  m('Uusikaarlepyy', 'Nykarleby', POHJANMAA, 63.52, 22.53, 7.5, '669', 'sv'),
  m('Kruunupyy', 'Kronoby', POHJANMAA, 63.73, 23.03, 6.6, '6850', 'sv'),
  m('Pedersören kunta', 'Pedersöre', POHJANMAA, 63.6, 22.79, 11, '689', 'sv'),
  m('Luoto', 'Larsmo', POHJANMAA, 63.75, 22.75, 5.6, '6856', 'sv'),
  m('Kokkola', 'Karleby', KESKI_POHJANMAA, 63.84, 23.13, 48, '67'),
  m('Oulu', 'Uleåborg', POHJOIS_POHJANMAA, 65.01, 25.47, 215, '90'),
  m('Kempele', null, POHJOIS_POHJANMAA, 64.91, 25.51, 19, '904'),
  m('Liminka', 'Limingo', POHJOIS_POHJANMAA, 64.81, 25.41, 10, '919'),
  m('Muhos', null, POHJOIS_POHJANMAA, 64.81, 25.99, 9, '915'),
  m('Raahe', 'Brahestad', POHJOIS_POHJANMAA, 64.68, 24.48, 24, '921'),
  m('Ylivieska', null, POHJOIS_POHJANMAA, 64.07, 24.54, 15, '841'),
  m('Kalajoki', null, POHJOIS_POHJANMAA, 64.26, 23.95, 12, '851'),
  m('Pudasjärvi', null, POHJOIS_POHJANMAA, 65.36, 26.99, 8, '931', 'wild_berries', 'forest'),
  m('Kuusamo', null, POHJOIS_POHJANMAA, 65.96, 29.19, 15, '936', 'wild_berries', 'forest'),
  m('Taivalkoski', null, POHJOIS_POHJANMAA, 65.57, 28.24, 3.8, '938', 'wild_berries', 'forest'),
  m('Kajaani', 'Kajana', KAINUU, 64.23, 27.73, 36, '87', 'forest'),
  m('Kuhmo', null, KAINUU, 64.13, 29.52, 8, '889', 'wild_berries', 'forest'),
  m('Sotkamo', null, KAINUU, 64.13, 28.39, 10, '886', 'forest'),
  m('Suomussalmi', null, KAINUU, 64.89, 28.91, 7.5, '896', 'wild_berries', 'forest'),
  m('Rovaniemi', null, LAPPI, 66.5, 25.73, 65, '96', 'wild_berries'),
  m('Kemi', null, LAPPI, 65.74, 24.56, 20, '94'),
  m('Tornio', 'Torneå', LAPPI, 65.85, 24.15, 21, '954'),
  m('Kemijärvi', null, LAPPI, 66.71, 27.43, 7, '981', 'wild_berries', 'forest'),
  m('Sodankylä', null, LAPPI, 67.42, 26.59, 8, '996', 'wild_berries', 'forest'),
  m('Kittilä', null, LAPPI, 67.66, 24.91, 6.5, '991', 'wild_berries'),
  m('Inari', 'Enare', LAPPI, 68.91, 27.03, 7, '998', 'wild_berries'),
  m('Posio', null, LAPPI, 66.11, 28.17, 3, '979', 'wild_berries', 'forest'),
  m('Ranua', null, LAPPI, 65.93, 26.52, 3.7, '977', 'wild_berries', 'forest'),
  m('Maarianhamina', 'Mariehamn', AHVENANMAA, 60.1, 19.94, 11.7, '221', 'sv'),
];

/** Municipalities carrying a tag, e.g. the greenhouse towns of Ostrobothnia. */
export function municipalitiesWithTag(tag: MunicipalityTag): readonly Municipality[] {
  return MUNICIPALITIES.filter((municipality) => municipality.tags.includes(tag));
}

/** Looks a municipality up by its Finnish or Swedish name (exact match). */
export function findMunicipality(name: string): Municipality | undefined {
  return MUNICIPALITIES.find((municipality) => municipality.name === name || municipality.nameSv === name);
}
