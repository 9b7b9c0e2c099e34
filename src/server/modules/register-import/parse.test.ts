import { describe, expect, it } from 'vitest';
import { decodeText, guessDelimiter, parseCsv } from './csv.ts';
import { suggestMapping } from './fields.ts';
import { buildXlsx, excelSerialToIsoDate, readXlsx } from './xlsx.ts';

describe('CSV', () => {
  it('reads quotes, doubled quotes, line breaks in quotes and CRLF', () => {
    expect(parseCsv('a;b\r\n"x; y";"say ""hi"""\n"two\nlines";z\n\n')).toEqual([
      ['a', 'b'],
      ['x; y', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });

  it('guesses the delimiter from the header', () => {
    expect(guessDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(guessDelimiter('a,b,c')).toBe(',');
    expect(guessDelimiter('a\tb')).toBe('\t');
  });

  it('drops a UTF-8 BOM and falls back to Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeText(new Uint8Array([0x4d, 0xe4, 0x6b, 0x69]))).toBe('Mäki');
  });
});

describe('XLSX', () => {
  it('round-trips strings, numbers and dates, keeping empty cells in place', () => {
    const bytes = buildXlsx([
      ['Nimi', 'Luku', 'Päivä'],
      ['Kavila & Co <Oy>', 42, new Date(Date.UTC(2024, 1, 29))],
      [null, 3.5, 'text'],
    ]);
    expect(readXlsx(bytes)).toEqual([
      ['Nimi', 'Luku', 'Päivä'],
      ['Kavila & Co <Oy>', '42', '2024-02-29'],
      ['', '3.5', 'text'],
    ]);
    expect(excelSerialToIsoDate(45_000)).toBe('2023-03-15');
  });
});

describe('suggested mapping', () => {
  it('recognises Finnish, Swedish and English headers', () => {
    expect(suggestMapping('companies', ['FO-nummer', 'Namn', 'Kommun'])).toEqual({
      businessId: 'FO-nummer',
      name: 'Namn',
      municipality: 'Kommun',
    });
    expect(suggestMapping('worksites', ['Business ID', 'Site', 'Address', 'City'])).toMatchObject({
      companyBusinessId: 'Business ID',
      name: 'Site',
      streetAddress: 'Address',
      municipality: 'City',
    });
  });
});
