import { describe, expect, it } from 'vitest';
import { pointNear, postalCode, streetAddress } from './addresses.ts';
import { findMunicipality, type Municipality } from './municipalities.ts';
import { createRandom } from './random.ts';

const town = (name: string): Municipality => {
  const found = findMunicipality(name);
  if (!found) throw new Error(name);
  return found;
};

describe('addresses', () => {
  it('street addresses have a name and a number, Swedish in Swedish-majority towns', () => {
    const random = createRandom(1);
    for (let i = 0; i < 200; i++) {
      expect(streetAddress(random, town('Tampere'))).toMatch(
        /^[A-ZÄÖ][a-zäö]+(katu|tie|kuja|polku|raitti|väylä|rinne|kaari) \d+( [A-D]( \d+)?)?$/,
      );
      expect(streetAddress(random, town('Närpiö'))).toMatch(/(vägen|gatan|gränd|stigen|backen) \d+/);
    }
  });

  it('postal codes are five digits starting with the municipality prefix', () => {
    const random = createRandom(2);
    for (const name of ['Helsinki', 'Kaskinen', 'Suonenjoki']) {
      const municipality = town(name);
      const code = postalCode(random, municipality);
      expect(code).toMatch(/^\d{4}0$/);
      expect(code.startsWith(municipality.postalPrefix)).toBe(true);
    }
  });

  it('points stay within the requested spread', () => {
    const random = createRandom(3);
    const kuusamo = town('Kuusamo');
    for (let i = 0; i < 100; i++) {
      const { lat, lon } = pointNear(random, kuusamo, 10);
      expect(Math.abs(lat - kuusamo.lat)).toBeLessThan(0.1);
      expect(Math.abs(lon - kuusamo.lon)).toBeLessThan(0.25);
    }
  });
});
