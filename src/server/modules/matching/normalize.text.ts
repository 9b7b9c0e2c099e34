/**
 * Text folding shared by every name and address key: Cyrillic → Latin, case, diacritics, punctuation,
 * and a "transliteration-neutral" folding so that Иванов, Ivanov, Ivanow and Iwanoff-like spellings, or
 * Mikhail / Mihail / Michail, end on the same key. Pure functions, no I/O.
 *
 * Transliteration follows the Finnish standard SFS 4900 (Russian; Ukrainian letters as in the Finnish
 * practice for Ukrainian), e.g. Щукин → Štšukin, Жуков → Žukov. `foldToken` then removes what differs
 * between SFS 4900, ISO 9, English (BGN/PCGN), German and Polish spellings, so any of them matches.
 */

const RU: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'jo',
  ж: 'ž',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'tš',
  ш: 'š',
  щ: 'štš',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
};
/** Ukrainian differs in г/и and has four letters of its own (used when any of those appears). */
const UK: Record<string, string> = { ...RU, г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'ji', є: 'je', й: 'i' };
const UKRAINIAN_ONLY = /[ґіїєҐІЇЄ]/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** Letters that NFKD does not decompose into a base letter + mark. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ĸ: 'k',
};

/** Cyrillic → Latin (SFS 4900), preserving case of the first letter; other text unchanged. */
export function transliterate(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  const table = UKRAINIAN_ONLY.test(text) ? UK : RU;
  let out = '';
  let prev = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    // е and ё are "je"/"jo" at the start of a word, after a vowel and after ь/ъ (Jelena, Jurjevitš).
    const iotated = (lower === 'е' || lower === 'ё') && (!prev || /[аеёиоуыэюяьъіїє\s-]/.test(prev));
    const latin = iotated ? (lower === 'е' ? 'je' : 'jo') : table[lower];
    prev = lower;
    if (latin === undefined) out += ch;
    else out += ch !== lower && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

const NON_ASCII = /[^ -~\t\n\r]/;
const SPECIAL_CHARS = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');

/** Lower case, Latin script, no diacritics (ä→a, ö→o, å→a, ł→l, ș→s, ạ→a, đ→d …). */
export function foldText(text: string): string {
  const latin = transliterate(text).toLowerCase();
  if (!NON_ASCII.test(latin)) return latin;
  return latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL_CHARS, (ch) => SPECIAL[ch]!);
}

/** Splits folded text into alphanumeric words; every other character separates. */
export function words(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * A spelling-neutral key for one word: sounds written differently by transliteration schemes are
 * merged (kh/h, zh/z, sh/sch/shch/s, ch/tch/ts/c, w/v, ya/ja, final y/j/i, ph/f, x/ks, q/k) and doubled letters
 * collapsed (Kallio/Kalio, Dmitrii/Dmitriy/Dmitrij). Both sides of every comparison use it.
 */
export function foldToken(word: string): string {
  if (/^\d+$/.test(word)) return word;
  return word
    .replace(/shch|sch|sts|sh/g, 's')
    .replace(/tch|tsh|ch|ts|tz|cz/g, 'c')
    .replace(/zh/g, 'z')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/([aeiou])[yj]$/, '$1i')
    .replace(/y(?=[aeiou])/g, 'j')
    .replace(/([a-z])\1+/g, '$1');
}
