/**
 * Invented street addresses, postal codes and coordinates. Street names are ordinary Finnish (or, in
 * Swedish-majority municipalities, Swedish) compounds such as "Teollisuuskatu 12" or "Björkvägen 3 B";
 * such streets exist in many towns, but the combination of street, number and company is made up.
 */
import type { Municipality } from './municipalities.ts';
import type { Random } from './random.ts';

const w = (text: string): readonly string[] => text.split(', ');

const FI_STEMS = w(
  'Teollisuus, Marja, Koivu, Mänty, Kuusi, Pihlaja, Leppä, Tammi, Vaahtera, Kallio, ' +
    'Myllyn, Kirkko, Koulu, Asema, Ranta, Järven, Harju, Kauppa, Rata, Puisto, Niitty, ' +
    'Pelto, Metsä, Tehtaan, Paja, Varasto, Sahan, Kanerva, Kielo, Ruusu, Apila, ' +
    'Kangas, Lähde, Vainio, Tähti, Aamu, Sepän, Torppa, Kylä, Hovi, Linnan, Puutarha, ' +
    'Kasvihuone, Vilja, Satama, Rauta, Kone, Kivi, Hiekka',
);
const FI_SUFFIXES = w('katu, tie, kuja, polku, raitti, väylä, rinne, kaari');
const SV_STEMS = w(
  'Industri, Bär, Björk, Tall, Gran, Rönn, Al, Ek, Lönn, Berg, Kvarn, Kyrk, Skol, ' +
    'Stations, Strand, Sjö, Ås, Handels, Park, Äng, Åker, Skogs, Fabriks, Smedje, ' +
    'Lager, Såg, Växthus, Hamn',
);
const SV_SUFFIXES = w('vägen, gatan, gränd, stigen, backen');

/** A street name that suits the municipality's majority language. */
export function streetName(random: Random, municipality: Municipality): string {
  if (municipality.swedishMajority) {
    return random.pick(SV_STEMS) + random.pick(SV_SUFFIXES);
  }
  return random.pick(FI_STEMS) + random.pick(FI_SUFFIXES);
}

/** A street address: name, number, and sometimes a staircase letter and flat number ("Marjatie 3 B 12"). */
export function streetAddress(random: Random, municipality: Municipality): string {
  const number = random.chance(0.7) ? random.int(1, 40) : random.int(41, 160);
  let address = `${streetName(random, municipality)} ${number}`;
  const extra = random.next();
  if (extra < 0.15) address += ` ${random.pick(['A', 'B', 'C', 'D'])}`;
  else if (extra < 0.25) address += ` ${random.pick(['A', 'B', 'C'])} ${random.int(1, 60)}`;
  return address;
}

/**
 * A plausible postal code for the municipality: its prefix, random digits, and a final 0 (street
 * addresses in Finland mostly have codes ending in 0). Not checked against the real code list.
 */
export function postalCode(random: Random, municipality: Municipality): string {
  let code = municipality.postalPrefix;
  if (code.length < 4) code += String(random.int(1, 9));
  while (code.length < 4) code += String(random.int(0, 9));
  return `${code}0`.slice(0, 5);
}

/** A point near the municipality's centre; `spreadKm` is roughly the radius. Rounded to 5 decimals. */
export function pointNear(
  random: Random,
  municipality: Municipality,
  spreadKm: number,
): { lat: number; lon: number } {
  const dLat = ((random.next() * 2 - 1) * spreadKm) / 111;
  const kmPerLonDegree = 111 * Math.cos((municipality.lat * Math.PI) / 180);
  const dLon = ((random.next() * 2 - 1) * spreadKm) / kmPerLonDegree;
  const round = (value: number): number => Math.round(value * 1e5) / 1e5;
  return { lat: round(municipality.lat + dLat), lon: round(municipality.lon + dLon) };
}
