/**
 * Small builders for the shipped competence data: localized texts and legal citations without
 * `undefined` keys, so the shipped configuration survives a JSON round trip unchanged.
 */
import type { LocalizedText } from '../../../contracts/languages.ts';
import type { LegalBasis } from './competence.schemas.ts';

/** A localized text, Finnish first. */
export const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

/** Official names of the laws cited in the competence map, by statute or bill number. */
export const LAW_NAMES: Record<string, LocalizedText> = {
  '44/2006': t(
    'laki työsuojelun valvonnasta ja työpaikan työsuojeluyhteistoiminnasta',
    'lagen om tillsynen över arbetarskyddet och om arbetarskyddssamarbete på arbetsplatsen',
    'Act on Occupational Safety and Health Enforcement and Cooperation on Occupational Safety and Health at Workplaces',
  ),
  '301/2004': t('ulkomaalaislaki', 'utlänningslagen', 'Aliens Act'),
  '1207/2010': t(
    'laki Harmaan talouden selvitysyksiköstä',
    'lagen om Enheten för utredning av grå ekonomi',
    'Act on the Grey Economy Information Unit',
  ),
  '1346/1999': t(
    'laki verotustietojen julkisuudesta ja salassapidosta',
    'lagen om offentlighet och sekretess i fråga om beskattningsuppgifter',
    'Act on the Public Disclosure and Confidentiality of Tax Information',
  ),
  '395/2006': t('työntekijän eläkelaki', 'lagen om pension för arbetstagare', 'Employees Pensions Act'),
  '705/2007': t('ulosottokaari', 'utsökningsbalken', 'Enforcement Code'),
  '872/2011': t('poliisilaki', 'polislagen', 'Police Act'),
  '616/2019': t(
    'laki henkilötietojen käsittelystä poliisitoimessa',
    'lagen om behandling av personuppgifter i polisens verksamhet',
    'Act on the Processing of Personal Data by the Police',
  ),
  '615/2020': t(
    'laki henkilötietojen käsittelystä maahanmuuttohallinnossa',
    'lagen om behandling av personuppgifter inom invandringsförvaltningen',
    'Act on the Processing of Personal Data in Immigration Administration',
  ),
  '746/2011': t(
    'laki kansainvälistä suojelua hakevan vastaanotosta sekä ihmiskaupan uhrin tunnistamisesta ja auttamisesta',
    'lagen om mottagande av personer som söker internationellt skydd och om identifiering av och hjälp till offer för människohandel',
    'Act on the Reception of Persons Applying for International Protection and on the Identification of and Assistance to Victims of Trafficking in Human Beings',
  ),
  '53/2018': t(
    'laki tulotietojärjestelmästä',
    'lagen om inkomstdatasystemet',
    'Act on the Incomes Information System',
  ),
  '621/1999': t(
    'laki viranomaisten toiminnan julkisuudesta',
    'lagen om offentlighet i myndigheternas verksamhet',
    'Act on the Openness of Government Activities',
  ),
  '108/2018': t(
    'laki rikostorjunnasta Rajavartiolaitoksessa',
    'lagen om brottsbekämpning inom Gränsbevakningsväsendet',
    'Act on Crime Prevention in the Border Guard',
  ),
  '623/2015': t(
    'laki rikostorjunnasta Tullissa',
    'lagen om brottsbekämpning inom Tullen',
    'Act on Crime Prevention by Customs',
  ),
  '39/1889': t('rikoslaki', 'strafflagen', 'Criminal Code'),
  'HE 163/2010': t(
    'hallituksen esitys HE 163/2010',
    'regeringens proposition RP 163/2010',
    'Government bill HE 163/2010',
  ),
  'HE 182/2025': t(
    'hallituksen esitys HE 182/2025',
    'regeringens proposition RP 182/2025',
    'Government proposal HE 182/2025',
  ),
  'HE 183/2025': t(
    'hallituksen esitys HE 183/2025',
    'regeringens proposition RP 183/2025',
    'Government proposal HE 183/2025',
  ),
  'HE 198/2025': t(
    'hallituksen esitys HE 198/2025',
    'regeringens proposition RP 198/2025',
    'Government proposal HE 198/2025',
  ),
};

interface CiteOptions {
  amendedBy?: string;
  validFrom?: string;
  validTo?: string;
  status?: LegalBasis['status'];
  verified?: boolean;
  note?: LocalizedText;
}

/** A legal citation; in force and verified unless told otherwise. */
export function cite(
  lawNumber: string,
  section: string,
  sourceUrl: string,
  options: CiteOptions = {},
): LegalBasis {
  const lawName = LAW_NAMES[lawNumber];
  if (!lawName) throw new Error(`No name recorded for law ${lawNumber}`);
  const basis: LegalBasis = {
    lawName,
    lawNumber,
    section,
    sourceUrl,
    status: options.status ?? (lawNumber.startsWith('HE ') ? 'proposed' : 'in_force'),
    verified: options.verified ?? true,
  };
  if (options.amendedBy !== undefined) basis.amendedBy = options.amendedBy;
  if (options.validFrom !== undefined) basis.validFrom = options.validFrom;
  if (options.validTo !== undefined) basis.validTo = options.validTo;
  if (options.note !== undefined) basis.note = options.note;
  return basis;
}

/** Finlex page of the statute that enacted a wording: `https://finlex.fi/fi/lainsaadanto/saadoskokoelma/Y/N`. */
export const finlex = (year: number, number: number): string =>
  `https://finlex.fi/fi/lainsaadanto/saadoskokoelma/${year}/${number}`;
