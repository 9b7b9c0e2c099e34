/**
 * The industry table behind industries.ts, one row per TOL 2008 code, kept as compact text so the whole
 * table fits on one screen: code | sector | sampling weight | Finnish | Swedish | English name.
 * Rows are parsed and checked when the module loads; a typo in a sector fails every test at once.
 */

/** Kinds of work; they drive worksite types, company names, regions and typical workforce. */
export const SECTORS = [
  'agriculture',
  'greenhouse',
  'berry_farm',
  'wild_berries',
  'forestry',
  'meat_processing',
  'food_industry',
  'manufacturing',
  'construction',
  'car_service',
  'retail',
  'transport',
  'warehousing',
  'delivery',
  'accommodation',
  'restaurant',
  'office',
  'staffing',
  'security',
  'property_services',
  'cleaning',
  'care',
  'beauty',
  'wellness',
] as const;

export type Sector = (typeof SECTORS)[number];

const ROWS = `
01131|agriculture|1.5|Vihannesten viljely avomaalla (pl. peruna ja sokerijuurikas)|Odling av grönsaker på friland (utom potatis och sockerbetor)|Growing of field vegetables (except potatoes and sugar beet)
01132|greenhouse|3|Vihannesten viljely kasvihuoneessa|Odling av grönsaker i växthus|Growing of vegetables in greenhouses
01250|berry_farm|3|Marjojen, pähkinöiden ja muiden puissa ja pensaissa kasvavien hedelmien viljely|Odling av bär, nötter och annan frukt som växer på träd och buskar|Growing of berries, nuts and other tree and bush fruits
01410|agriculture|1|Lypsykarjan kasvatus|Uppfödning av mjölkkor|Raising of dairy cattle
02100|forestry|1|Metsänhoito|Skogsskötsel|Silviculture and other forestry activities
02200|forestry|1|Puunkorjuu|Drivning|Logging
02300|wild_berries|2.5|Luonnon tuotteiden keruu (pl. polttopuu)|Insamling av vilt växande produkter (utom brännved)|Gathering of wild growing non-wood products
02400|forestry|1.5|Metsätaloutta palveleva toiminta|Service till skogsbruk|Support services to forestry
10110|meat_processing|1.2|Teurastus ja lihan säilyvyyskäsittely (pl. siipikarja)|Slakt och konservering av kött (utom fjäderfä)|Processing and preserving of meat (except poultry)
10120|meat_processing|0.8|Siipikarjan teurastus ja lihan säilyvyyskäsittely|Slakt och konservering av fjäderfäkött|Processing and preserving of poultry meat
10710|food_industry|1|Leivän valmistus; tuoreiden leivonnaisten ja kakkujen valmistus|Framställning av bröd; färska bakverk och tårtor|Manufacture of bread; fresh pastry goods and cakes
25110|manufacturing|2|Metallirakenteiden ja niiden osien valmistus|Tillverkning av metallstommar och delar därav|Manufacture of metal structures and parts of structures
25620|manufacturing|1.5|Metallien koneistus|Metallbearbetning|Machining
41100|construction|1.5|Rakennuttaminen ja rakennushankkeiden kehittäminen|Byggherreverksamhet och utveckling av byggprojekt|Development of building projects
41200|construction|9|Asuin- ja muiden rakennusten rakentaminen|Byggande av bostadshus och andra byggnader|Construction of residential and non-residential buildings
42110|construction|1|Teiden ja moottoriteiden rakentaminen|Byggande av vägar och motorvägar|Construction of roads and motorways
43110|construction|1.5|Rakennusten ja rakennelmien purku|Rivning av hus och byggnader|Demolition
43120|construction|2|Rakennuspaikan valmistelutyöt|Mark- och grundarbeten|Site preparation
43210|construction|2|Sähköasennus|Elinstallationer|Electrical installation
43220|construction|2|Lämpö-, vesijohto- ja ilmastointiasennus|VVS-arbeten|Plumbing, heat and air-conditioning installation
43310|construction|1.5|Rappaus|Puts-, fasad- och stuckatörsarbeten|Plastering
43320|construction|2|Rakennuspuusepän asennustyöt|Byggnadssnickeriarbeten|Joinery installation
43330|construction|1.5|Lattianpäällystys ja seinien verhoilu|Golv- och väggbeläggningsarbeten|Floor and wall covering
43341|construction|2.5|Maalaus|Måleriarbeten|Painting
43390|construction|2|Muu rakennusten viimeistely|Annan slutbehandling av byggnader|Other building completion and finishing
43910|construction|1.5|Kattorakenteiden asennus ja kattaminen|Takarbeten|Roofing activities
43999|construction|3|Muu muualla luokittelematon erikoistunut rakennustoiminta|Övriga specialiserade bygg- och anläggningsarbeten|Other specialised construction activities n.e.c.
45201|car_service|3|Moottoriajoneuvojen huolto ja korjaus (pl. renkaat)|Underhåll och reparation av motorfordon (utom däck)|Maintenance and repair of motor vehicles (except tyres)
47521|retail|3|Rauta- ja rakennustarvikkeiden yleisvähittäiskauppa|Detaljhandel med järn- och byggvaror|Retail sale of hardware and building materials
49320|transport|3|Taksiliikenne|Taxitrafik|Taxi operation
49410|transport|4|Tieliikenteen tavarankuljetus|Vägtransport, godstrafik|Freight transport by road
52100|warehousing|2|Varastointi|Magasinering och varulagring|Warehousing and storage
52240|warehousing|1|Lastinkäsittely|Godshantering|Cargo handling
53200|delivery|3|Muu posti-, jakelu- ja kuriiritoiminta|Annan post-, distributions- och kurirverksamhet|Other postal and courier activities
55101|accommodation|2|Hotellit|Hotell|Hotels
55209|accommodation|1|Lomakylät yms. majoitus|Stugbyar o.d.|Holiday villages and similar accommodation
56101|restaurant|8|Ravintolat|Restauranger|Restaurants
56102|restaurant|2|Kahvila-ravintolat|Kafé-restauranger|Cafeteria restaurants
56103|restaurant|2|Ruokakioskit|Matkiosker|Food kiosks
56210|restaurant|1|Pitopalvelu|Catering|Event catering
56301|restaurant|1|Olut- ja drinkkibaarit|Öl- och drinkbarer|Beer and cocktail bars
62010|office|6|Ohjelmistojen suunnittelu ja valmistus|Dataprogrammering|Computer programming
70200|office|4|Liikkeenjohdon konsultointi|Konsultverksamhet avseende företags organisation|Management consultancy activities
78100|staffing|1|Työnvälitystoiminta|Arbetsförmedling|Activities of employment placement agencies
78200|staffing|4|Työvoiman vuokraus|Personaluthyrning|Temporary employment agency activities
80100|security|1.5|Yksityiset turvallisuuspalvelut|Privata säkerhetstjänster|Private security activities
81100|property_services|3|Kiinteistönhoito|Fastighetsservice|Combined facilities support activities
81210|cleaning|7|Kiinteistöjen siivous|Lokalvård|General cleaning of buildings
81220|cleaning|2|Muu rakennus- ja teollisuussiivous|Annan rengöring av byggnader och industrier|Other building and industrial cleaning activities
81300|property_services|1.5|Maisemanhoitopalvelut|Skötsel och underhåll av grönytor|Landscape service activities
87301|care|2|Ikääntyneiden palveluasuminen|Serviceboende för äldre|Sheltered housing for the elderly
96021|beauty|3|Parturit ja kampaamot|Frisörer|Hairdressing
96022|beauty|2.5|Kauneudenhoitopalvelut|Skönhetsvård|Beauty treatment
96040|wellness|1.5|Kylpylaitokset, saunat, solariumit yms. palvelut|Badinrättningar, bastur, solarier o.d.|Physical well-being activities
`;

export type IndustryRow = readonly [code: string, fi: string, sv: string, en: string, Sector, weight: number];

function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

function parseRow(line: string): IndustryRow {
  const [code = '', sector = '', weight = '', fi = '', sv = '', en = '', ...rest] = line.split('|');
  const riskWeight = Number(weight);
  if (!/^\d{5}$/.test(code) || !isSector(sector) || !(riskWeight > 0) || !fi || !sv || !en || rest.length) {
    throw new Error(`bad industry row: ${line}`);
  }
  return [code, fi, sv, en, sector, riskWeight];
}

/** Parsed rows: [code, fi, sv, en, sector, weight]. */
export const TOL_INDUSTRY_ROWS: readonly IndustryRow[] = ROWS.trim().split('\n').map(parseRow);
