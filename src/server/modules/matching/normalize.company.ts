/**
 * Company and person names → matching keys. A company name loses its legal form (recorded apart:
 * "Kavila Rakennus Oy" and "Oy Kavila Rakennus Ab" both give form oy/ab and tokens kavila, rakennus),
 * connectors (& / ja / och / and), and gets common Finnish and Swedish trade abbreviations written out
 * ("Rak." → rakennus), so that the abbreviated and the written form meet. Tokens are folded with
 * `foldToken`; `key` is the sorted tokens, so word order does not matter.
 */
import { foldText, foldToken, words } from './normalize.text.ts';

/** Legal forms by canonical code, each with the word sequences (after folding) that write it. */
const LEGAL_FORMS: Record<string, string[]> = {
  oy: ['oy', 'osakeyhtio'],
  oyj: ['oyj', 'julkinen osakeyhtio'],
  ab: ['ab', 'aktiebolag'],
  abp: ['abp', 'publikt aktiebolag'],
  ky: ['ky', 'kommandiittiyhtio'],
  kb: ['kb', 'kommanditbolag'],
  ay: ['ay', 'avoin yhtio'],
  ab_open: ['ab open', 'oppet bolag'],
  tmi: ['tmi', 't mi', 'toiminimi'],
  osk: ['osk', 'osuuskunta'],
  anl: ['anl', 'andelslag'],
  ry: ['ry', 'r y', 'rekisteroity yhdistys'],
  rf: ['rf', 'r f', 'registrerad forening'],
  ltd: ['ltd', 'limited', 'co ltd', 'pvt ltd'],
  plc: ['plc'],
  llc: ['llc', 'l l c'],
  inc: ['inc', 'incorporated', 'corp', 'corporation'],
  gmbh: ['gmbh', 'gesellschaft mit beschrankter haftung'],
  ag: ['ag'],
  ou: ['ou', 'osauhing'],
  as: ['as', 'aktsiaselts', 'a s'],
  sia: ['sia'],
  uab: ['uab'],
  sp_zoo: ['sp z o o', 'sp zoo', 'spolka z o o', 'spolka z ograniczona odpowiedzialnoscia'],
  sa: ['sa', 's a'],
  srl: ['srl', 's r l'],
  bv: ['bv', 'b v'],
  oo: ['too', 'ooo'],
  ip: ['ip'],
  sro: ['sro', 's r o'],
  kft: ['kft'],
  doo: ['doo', 'd o o'],
  eood: ['eood', 'ood'],
};

/** Forms that mean the same company type in another language (a changed form is no evidence). */
export const EQUIVALENT_FORMS: readonly (readonly string[])[] = [
  [
    'oy',
    'ab',
    'ltd',
    'ou',
    'as',
    'sia',
    'uab',
    'sp_zoo',
    'srl',
    'gmbh',
    'llc',
    'bv',
    'oo',
    'sro',
    'doo',
    'eood',
  ],
  ['oyj', 'abp', 'plc', 'sa', 'ag', 'inc'],
  ['ky', 'kb'],
  ['ay', 'ab_open'],
  ['tmi', 'ip'],
  ['osk', 'anl'],
  ['ry', 'rf'],
];

/** Abbreviated trade words, written out (after folding, before `foldToken`). */
const ABBREVIATIONS: Record<string, string> = {
  rak: 'rakennus',
  rakennusp: 'rakennuspalvelu',
  kiint: 'kiinteisto',
  kiinteistop: 'kiinteistopalvelu',
  kulj: 'kuljetus',
  palv: 'palvelu',
  siiv: 'siivous',
  rav: 'ravintola',
  sah: 'sahko',
  tekn: 'tekninen',
  int: 'international',
  intl: 'international',
  bros: 'brothers',
  svc: 'service',
  serv: 'service',
  mgmt: 'management',
  log: 'logistiikka',
  henk: 'henkilosto',
};

/** Abbreviations also written at the end of a compound ("Siivouspalv." = Siivouspalvelu). */
const SUFFIX_ABBREVIATIONS: [string, string][] = [
  ['palv', 'palvelu'],
  ['kulj', 'kuljetus'],
  ['huolt', 'huolto'],
];

/** An abbreviation joined to the next word by a dot is one compound: "Kiint.huolto" = kiinteistöhuolto. */
function joinDottedCompounds(folded: string): string {
  return folded.replace(/\b([a-z]+)\.(?=[a-z])/g, (whole, abbr: string) => ABBREVIATIONS[abbr] ?? whole);
}

function expandAbbreviation(word: string): string {
  const full = ABBREVIATIONS[word];
  if (full) return full;
  for (const [suffix, expanded] of SUFFIX_ABBREVIATIONS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix))
      return word.slice(0, -suffix.length) + expanded;
  }
  return word;
}

const CONNECTORS = new Set(['ja', 'och', 'and', 'und', 'et']);

interface FormPattern {
  code: string;
  words: string[];
}
const FORM_PATTERNS: FormPattern[] = Object.entries(LEGAL_FORMS)
  .flatMap(([code, spellings]) => spellings.map((s) => ({ code, words: s.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

const startsWith = (list: string[], seq: string[]) => seq.every((w, i) => list[i] === w);
const endsWith = (list: string[], seq: string[]) =>
  seq.every((w, i) => list[list.length - seq.length + i] === w);

/** Removes legal forms from both ends of a word list (repeatedly: "Oy X Ab", "X Oy Ab"). */
export function stripLegalForms(list: string[]): { words: string[]; forms: string[] } {
  const forms: string[] = [];
  let rest = list;
  for (let changed = true; changed && rest.length > 1; ) {
    changed = false;
    for (const p of FORM_PATTERNS) {
      if (rest.length <= p.words.length) continue;
      if (startsWith(rest, p.words)) {
        rest = rest.slice(p.words.length);
      } else if (endsWith(rest, p.words)) {
        rest = rest.slice(0, rest.length - p.words.length);
      } else continue;
      if (!forms.includes(p.code)) forms.push(p.code);
      changed = true;
      break;
    }
  }
  return { words: rest, forms };
}

export interface NormalizedName {
  /** Matching keys in written order (legal forms and connectors removed, folded). */
  tokens: string[];
  /** Sorted tokens joined by a space: equal for word-order variants. */
  key: string;
  /** Canonical legal-form codes found (e.g. ['oy'], ['oy', 'ab'], ['sp_zoo']). */
  legalForms: string[];
}

function toKey(tokens: string[]): string {
  return [...tokens].sort().join(' ');
}

/** Normalises a company name; see the file header. */
export function normalizeCompanyName(name: string): NormalizedName {
  // "&" is a connector; dots inside abbreviations ("r.y.", "S.A.") split into letters that
  // the legal-form patterns recognise.
  const folded = joinDottedCompounds(foldText(name.replace(/&/g, ' ja ')));
  const { words: rest, forms } = stripLegalForms(words(folded));
  const tokens: string[] = [];
  for (const w of rest) {
    if (CONNECTORS.has(w) && rest.length > 1) continue;
    tokens.push(foldToken(expandAbbreviation(w)));
  }
  return { tokens, key: toKey(tokens), legalForms: forms };
}

/** Normalises a person's name (given and family names in any order; no legal forms). */
export function normalizePersonName(givenName: string, familyName = ''): NormalizedName {
  const tokens = words(foldText(`${givenName} ${familyName}`)).map(foldToken);
  return { tokens, key: toKey(tokens), legalForms: [] };
}

/** True when two legal-form lists name the same company type (or either is unknown). */
export function legalFormsCompatible(a: readonly string[], b: readonly string[]): boolean | null {
  if (!a.length || !b.length) return null;
  return a.some((x) =>
    b.some((y) => x === y || EQUIVALENT_FORMS.some((g) => g.includes(x) && g.includes(y))),
  );
}
