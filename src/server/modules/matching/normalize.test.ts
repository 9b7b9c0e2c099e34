import { describe, expect, it } from 'vitest';
import { compareAddresses, normalizeAddress } from './normalize.address.ts';
import { legalFormsCompatible, normalizeCompanyName, normalizePersonName } from './normalize.company.ts';
import { foldText, foldToken, transliterate } from './normalize.text.ts';
import { editDistance, trigramDice, wordSimilarity } from './similarity.ts';

const key = (name: string) => normalizeCompanyName(name).key;

describe('text folding', () => {
  it.each([
    ['Mäkelä Åkerlund Öljy', 'makela akerlund oljy'],
    ['Bērziņš Kazlauskienė Žukauskas', 'berzins kazlauskiene zukauskas'],
    ['Wiśniewski Łukasz Paweł', 'wisniewski lukasz pawel'],
    ['Ionuț Ștefan Dumitrașcu', 'ionut stefan dumitrascu'],
    ['Nguyễn Văn Hùng Đặng', 'nguyen van hung dang'],
    ['Yılmaz Öztürk Şahin İbrahim', 'yilmaz ozturk sahin ibrahim'],
    ['Straße Søren', 'strasse soren'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('transliterates Russian and Ukrainian Cyrillic with SFS 4900', () => {
    expect(transliterate('Иванов')).toBe('Ivanov');
    expect(transliterate('Щукин Жуков Чехов')).toBe('Štšukin Žukov Tšehov');
    expect(transliterate('Михаил Юрьевич')).toBe('Mihail Jurjevitš');
    expect(transliterate('Шевченко Олексій')).toBe('Ševtšenko Oleksii');
    expect(transliterate('Ivanov')).toBe('Ivanov');
  });

  it('folds transliteration variants onto one key', () => {
    const same = (...xs: string[]) =>
      expect(new Set(xs.map((x) => foldToken(foldText(x)))).size, xs.join(' / ')).toBe(1);
    same('Иванов', 'Ivanov', 'Ivanow');
    same('Михаил', 'Mikhail', 'Mihail');
    same('Дмитрий', 'Dmitrii', 'Dmitriy', 'Dmitrij');
    same('Жуков', 'Zhukov', 'Žukov');
    same('Щукин', 'Shchukin', 'Štšukin', 'Schukin');
    same('Юрий', 'Yuri', 'Juri', 'Yuriy', 'Jurij');
    same('Kallio', 'Kalio');
    same('Sergei', 'Sergey', 'Sergej', 'Сергей');
    expect(foldToken('kyrioja')).not.toBe(foldToken('kirioja'));
    same('Шевченко', 'Shevchenko', 'Ševtšenko');
  });
});

describe('company names', () => {
  it('removes and records legal forms at either end', () => {
    expect(normalizeCompanyName('Kavila Rakennus Oy')).toEqual({
      tokens: ['kavila', 'rakenus'],
      key: 'kavila rakenus',
      legalForms: ['oy'],
    });
    expect(normalizeCompanyName('Oy Kavila Rakennus Ab').legalForms.sort()).toEqual(['ab', 'oy']);
    expect(normalizeCompanyName('SIA Baltic Ritasalo Build').legalForms).toEqual(['sia']);
    expect(normalizeCompanyName('Nordic Lokoski Budowa Sp. z o.o.')).toMatchObject({
      legalForms: ['sp_zoo'],
      key: key('Nordic Lokoski Budowa'),
    });
    expect(normalizeCompanyName('Euro Kavila S.A.').legalForms).toEqual(['sa']);
    expect(normalizeCompanyName('Metsästysseura r.y.').legalForms).toEqual(['ry']);
    expect(normalizeCompanyName('Tmi Matti Virtanen')).toMatchObject({ legalForms: ['tmi'] });
    expect(normalizeCompanyName('Prime Kavila Logistics OÜ').legalForms).toEqual(['ou']);
    expect(normalizeCompanyName('Acme Limited').legalForms).toEqual(['ltd']);
    expect(normalizeCompanyName('Acme GmbH').legalForms).toEqual(['gmbh']);
    expect(normalizeCompanyName('ООО Ромашка').legalForms).toEqual(['oo']);
  });

  it('keeps a name that is only a legal-form word', () => {
    expect(normalizeCompanyName('Oy').tokens).toEqual([foldToken('oy')]);
  });

  it('gives the same key to the variants a register sees', () => {
    const base = key('Kavilan Rakennus Oy');
    expect(key('KAVILAN RAKENNUS OY')).toBe(base);
    expect(key('Kavilan Rakennus')).toBe(base);
    expect(key('Kavilan Rakennus Ab')).toBe(base);
    expect(key('Rakennus Kavilan Oy')).toBe(base);
    expect(key('Kavilan Rak. Oy')).toBe(base);
    expect(key('Kavilan-Rakennus Oy')).toBe(base);
    expect(key('Mäkinen & Laine Ky')).toBe(key('Makinen ja Laine Kb'));
    expect(key('Kilahti Kiint.huolto Oy')).toBe(key('Kilahti Kiinteistöhuolto Oy'));
    expect(key('Siivouspalv.-Pavaara Oy')).toBe(key('Siivouspalvelu-Pavaara Oy'));
    expect(key('Kiint. Kilahti')).toBe(key('Kiinteistö Kilahti'));
    expect(key('Mäkinen and Laine')).toBe(key('Mäkinen och Laine'));
    expect(key('Tmi Сергей Иванов')).toBe(key('Sergei Ivanov'));
  });

  it('normalises person names in any order', () => {
    expect(normalizePersonName('Сергей', 'Иванов').key).toBe(normalizePersonName('Ivanov', 'Sergey').key);
    expect(normalizePersonName('Văn Hùng', 'Nguyễn').key).toBe(normalizePersonName('Nguyen Van Hung').key);
  });

  it('knows which legal forms are the same kind of company', () => {
    expect(legalFormsCompatible(['oy'], ['ab'])).toBe(true);
    expect(legalFormsCompatible(['oy'], ['ky'])).toBe(false);
    expect(legalFormsCompatible([], ['ky'])).toBeNull();
  });
});

describe('addresses', () => {
  it('parses street, number, staircase, flat, postal code and municipality', () => {
    expect(normalizeAddress('Marjatie 3 B 12, 00510 Helsinki')).toEqual({
      street: foldToken('marjatie'),
      number: '3',
      staircase: 'b',
      flat: '12',
      postalCode: '00510',
      municipality: 'helsinki',
    });
    expect(normalizeAddress('MARJATIE 3b 12', { municipality: 'Helsinki' })).toMatchObject({
      street: foldToken('marjatie'),
      number: '3',
      staircase: 'b',
      flat: '12',
      municipality: 'helsinki',
    });
    expect(normalizeAddress('Teollisuusk. 12').street).toBe(normalizeAddress('Teollisuuskatu 12').street);
    expect(normalizeAddress('Björkv. 3 A').street).toBe(normalizeAddress('Björkvägen 3').street);
  });

  it('scores the same place high and another street low', () => {
    const a = normalizeAddress('Teollisuuskatu 12, 00510 Helsinki');
    expect(compareAddresses(a, normalizeAddress('Teollisuusk. 12 Helsinki')).score).toBeGreaterThan(0.95);
    expect(compareAddresses(a, normalizeAddress('Teollisuuskatu 14, 00510 Helsinki')).score).toBeLessThan(
      0.8,
    );
    expect(compareAddresses(a, normalizeAddress('Koivutie 3, 33100 Tampere')).score).toBeLessThan(0.4);
  });
});

describe('similarity', () => {
  it('measures edits, typos and abbreviations', () => {
    expect(editDistance('kavila', 'kavlia')).toBe(1);
    expect(editDistance('kavila', 'kavla')).toBe(1);
    expect(wordSimilarity('kavila', 'kavlia')).toBeGreaterThanOrEqual(0.8);
    expect(wordSimilarity('rak', 'rakenus')).toBe(0.7);
    expect(wordSimilarity('kavila', 'ritanen')).toBeLessThan(0.3);
    expect(trigramDice('kavila', 'kavila')).toBe(1);
    expect(trigramDice('kavila', 'kavilan')).toBeGreaterThan(0.6);
  });
});
