/**
 * What each kind of import holds: its fields (required or not, header names a file may use for them,
 * how a cell is checked and converted), and the suggested mapping from a file's header to fields.
 * Problems name the row (1 = the first data row under the header), the field and what is wrong.
 */

import { isValidBusinessId } from '../demo-data/business-id.ts';
import { COMPANY_STATUSES, SITE_TYPES } from '../demo-data/types.ts';
import { foldText } from '../matching/normalize.text.ts';
import type { ImportKind } from './imports.table.ts';

export type Cell = string | number | boolean | string[] | null;

export interface FieldDef {
  key: string;
  required: boolean;
  /** Header names (folded) that map to this field when suggesting a mapping. */
  aliases: string[];
  /** Converts a non-empty trimmed cell; returns a problem text instead when it is wrong. */
  parse: (value: string, ctx: ParseContext) => Cell | { problem: string };
}

export interface ParseContext {
  categories: ReadonlySet<string>;
}

const problem = (text: string) => ({ problem: text });

export function parseDate(value: string): string | { problem: string } {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (!iso && !finnish) return problem(`not a date: "${value.slice(0, 40)}" (use YYYY-MM-DD or D.M.YYYY)`);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : [Number(finnish![3]), Number(finnish![2]), Number(finnish![1])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d ||
    y < 1900 ||
    y > 2100
  )
    return problem(`no such date: "${value}"`);
  return date.toISOString().slice(0, 10);
}

const text =
  (min: number, max: number) =>
  (value: string): Cell | { problem: string } =>
    value.length < min
      ? problem(`too short (at least ${min} characters)`)
      : value.length > max
        ? problem(`too long (at most ${max} characters)`)
        : value;

const businessId = (value: string) =>
  isValidBusinessId(value)
    ? value
    : problem(`"${value}" is not a valid business ID (NNNNNNN-C with its check digit)`);

const oneOf =
  (allowed: readonly string[], what: string) =>
  (value: string): Cell | { problem: string } => {
    const v = value.toLowerCase().replace(/\s+/g, '_');
    return allowed.includes(v) ? v : problem(`unknown ${what} "${value}" (one of: ${allowed.join(', ')})`);
  };

const integer = (min: number, max: number) => (value: string) => {
  const n = Number(value.replace(/\s/g, ''));
  return Number.isInteger(n) && n >= min && n <= max
    ? n
    : problem(`not a whole number in ${min}–${max}: "${value}"`);
};

const decimal = (min: number, max: number) => (value: string) => {
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) && n >= min && n <= max
    ? n
    : problem(`not a number in ${min}–${max}: "${value}"`);
};

const categories = (value: string, ctx: ParseContext) => {
  const codes = value
    .split(/[;,|]/)
    .map((c) => c.trim())
    .filter(Boolean);
  const unknown = codes.filter((c) => !ctx.categories.has(c));
  return unknown.length
    ? problem(`unknown data categor${unknown.length > 1 ? 'ies' : 'y'}: ${unknown.join(', ')}`)
    : codes;
};

const f = (key: string, required: boolean, aliases: string, parse: FieldDef['parse']): FieldDef => ({
  key,
  required,
  aliases: aliases.split(',').map((a) => foldText(a.trim()).replace(/[^a-z0-9]/g, '')),
  parse,
});

export const FIELDS: Record<ImportKind, FieldDef[]> = {
  companies: [
    f('businessId', true, 'businessId,business id,y-tunnus,ytunnus,FO-nummer,business_id', businessId),
    f('name', true, 'name,nimi,namn,company,yritys,toiminimi,company name', text(2, 300)),
    f('legalForm', false, 'legalForm,legal form,yhtiömuoto,bolagsform,form', text(1, 30)),
    f('tolCode', false, 'tolCode,tol,toimiala,industry,näringsgren,tol_code', (v) =>
      /^\d{2,5}$/.test(v) ? v : problem(`not a TOL 2008 code: "${v}"`),
    ),
    f('municipality', false, 'municipality,kunta,kommun,kotipaikka,city', text(2, 100)),
    f('streetAddress', false, 'streetAddress,address,osoite,katuosoite,adress,street', text(2, 300)),
    f('postalCode', false, 'postalCode,postinumero,postnummer,zip,postal code', (v) =>
      /^\d{5}$/.test(v) ? v : problem(`not a postal code: "${v}"`),
    ),
    f('status', false, 'status,tila', oneOf(COMPANY_STATUSES, 'status')),
    f('foundedOn', false, 'foundedOn,founded,perustettu,registered,rekisteröity', parseDate),
    f(
      'employeeCount',
      false,
      'employeeCount,employees,henkilöstö,työntekijät,personal',
      integer(0, 1_000_000),
    ),
  ],
  worksites: [
    f('companyBusinessId', false, 'companyBusinessId,y-tunnus,ytunnus,business id,businessId', businessId),
    f('companyName', false, 'companyName,yritys,company,toiminimi', text(2, 300)),
    f('name', true, 'name,nimi,site,työmaa,kohde,worksite', text(2, 300)),
    f('streetAddress', true, 'streetAddress,address,osoite,katuosoite,adress', text(2, 300)),
    f('postalCode', false, 'postalCode,postinumero,postnummer,zip', (v) =>
      /^\d{5}$/.test(v) ? v : problem(`not a postal code: "${v}"`),
    ),
    f('municipality', true, 'municipality,kunta,kommun,city', text(2, 100)),
    f('siteType', false, 'siteType,type,tyyppi,site type', oneOf(SITE_TYPES, 'site type')),
    f('lat', false, 'lat,latitude,leveys', decimal(59, 71)),
    f('lon', false, 'lon,lng,longitude,pituus', decimal(19, 32)),
  ],
  observations: [
    f('observedOn', true, 'observedOn,date,päivämäärä,pvm,datum,observed', parseDate),
    f('title', true, 'title,otsikko,rubrik,subject', text(3, 200)),
    f('body', true, 'body,description,kuvaus,havainto,beskrivning,text', text(1, 20_000)),
    f('companyBusinessId', false, 'companyBusinessId,y-tunnus,ytunnus,business id,businessId', businessId),
    f('companyName', false, 'companyName,yritys,company,toiminimi', text(2, 300)),
    f('categories', false, 'categories,category,luokat,tietoluokat,kategori', categories),
  ],
};

/** The field each column most likely holds (header compared with the aliases, folded). */
export function suggestMapping(kind: ImportKind, columns: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  const taken = new Set<string>();
  for (const field of FIELDS[kind]) {
    const column = columns.find(
      (c) => !taken.has(c) && field.aliases.includes(foldText(c).replace(/[^a-z0-9]/g, '')),
    );
    if (column) {
      mapping[field.key] = column;
      taken.add(column);
    }
  }
  return mapping;
}
