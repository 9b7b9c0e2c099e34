/**
 * Generated test material for matching: variants of a register name that a user or an import might
 * write for the SAME firm (typo, legal form dropped or changed, word order, ä→a, abbreviation,
 * Cyrillic or German/Polish spelling of a surname), and look-alikes that name a DIFFERENT firm.
 * Deterministic for a seed; used by the tests and by bench/matching.bench.ts.
 */
import { createRandom, type Random } from '../demo-data/random.ts';
import { foldText } from './normalize.text.ts';

export const VARIANT_KINDS = [
  'typo',
  'legal_form_dropped',
  'legal_form_changed',
  'word_order',
  'no_diacritics',
  'abbreviation',
  'cyrillic',
  'typo_and_form_dropped',
] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export const LOOKALIKE_KINDS = ['other_trade', 'other_stem', 'other_person'] as const;
export type LookalikeKind = (typeof LOOKALIKE_KINDS)[number];

const FORMS = ['Oy', 'Oyj', 'Ab', 'Ky', 'Kb', 'Ay', 'Tmi', 'OÜ', 'SIA', 'UAB', 'SRL', 'Ltd', 'AS'];
const FORM_CHANGES: Record<string, string> = {
  Oy: 'Ab',
  Oyj: 'Abp',
  Ky: 'Kb',
  Ay: 'Ab',
  OÜ: 'Oy',
  SIA: 'Ltd',
  UAB: 'Ltd',
  SRL: 'Ltd',
  Tmi: 'Tmi',
};
const ABBREVIATE: [RegExp, string][] = [
  [/\bRakennus\b/, 'Rak.'],
  [/\bKiinteistö/, 'Kiint.'],
  [/\bKuljetus\b/, 'Kulj.'],
  [/palvelu\b/, 'palv.'],
  [/\bSiivous\b/, 'Siiv.'],
  [/\bRavintola\b/, 'Rav.'],
  [/ & /, ' ja '],
];
const TRADE = [
  'Rakennus',
  'Siivous',
  'Kuljetus',
  'Ravintola',
  'Logistiikka',
  'Maalaus',
  'Sähkö',
  'Hoiva',
  'Vartiointi',
  'Kampaamo',
  'Autohuolto',
  'Konepaja',
  'Leipomo',
  'Kiinteistöhuolto',
  'Taksi',
  'Metsäpalvelu',
  'Puutarha',
];
const GIVEN = ['Matti', 'Pekka', 'Sanna', 'Laura', 'Jari', 'Olga', 'Andrii', 'Priit', 'Ahmed', 'Thi Lan'];
const SYLLABLES = ['ka', 'ri', 'so', 'mu', 'ne', 'lo', 'ta', 'vi', 'pe', 'ju', 'hä', 'ky'];

/** Latin (English-style) → Cyrillic for the Russian, Ukrainian and Uzbek names of the generator. */
export function toCyrillic(latin: string): string {
  const rules: [RegExp, string][] = [
    [/shch/g, 'щ'],
    [/zh/g, 'ж'],
    [/kh/g, 'х'],
    [/ts/g, 'ц'],
    [/ch/g, 'ч'],
    [/sh/g, 'ш'],
    [/yu/g, 'ю'],
    [/ya/g, 'я'],
    [/ye/g, 'е'],
    [/(ii|iy|yi)\b/g, 'ий'],
    [/ei\b/g, 'ей'],
    [/ai\b/g, 'ай'],
    [/y\b/g, 'ы'],
  ];
  const table: Record<string, string> = {
    a: 'а',
    b: 'б',
    v: 'в',
    g: 'г',
    d: 'д',
    e: 'е',
    z: 'з',
    i: 'и',
    y: 'ы',
    k: 'к',
    l: 'л',
    m: 'м',
    n: 'н',
    o: 'о',
    p: 'п',
    r: 'р',
    s: 'с',
    t: 'т',
    u: 'у',
    f: 'ф',
    h: 'х',
    j: 'й',
    c: 'к',
    q: 'к',
    w: 'в',
    x: 'кс',
  };
  return latin.replace(/[A-Za-z]+/g, (word) => {
    let w = word.toLowerCase();
    for (const [re, to] of rules) w = w.replace(re, to);
    w = [...w].map((ch) => table[ch] ?? ch).join('');
    return word[0] === word[0]!.toUpperCase() ? w[0]!.toUpperCase() + w.slice(1) : w;
  });
}

const SLAVIC_SURNAME = /\b[A-Z][a-z]+(ov|ova|ev|eva|enko|in|ina|sky|skyi|uk|yk|ich)\b/;

function typo(random: Random, name: string): string {
  const words = name.split(' ');
  const candidates = words
    .map((w, i) => [w, i] as const)
    .filter(([w]) => w.length >= 5 && !FORMS.includes(w));
  if (!candidates.length) return `${name}x`;
  const [w, i] = random.pick(candidates);
  const p = random.int(1, w.length - 2);
  const letters = 'aeioulnrstkm';
  const edits = [
    () => w.slice(0, p) + w.slice(p + 1),
    () => w.slice(0, p) + random.pick([...letters]) + w.slice(p + 1),
    () => w.slice(0, p) + random.pick([...letters]) + w.slice(p),
    () => w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2),
  ];
  words[i] = random.pick(edits)();
  return words.join(' ');
}

function dropForm(name: string): string {
  const words = name.split(' ').filter((w) => !FORMS.includes(w) && w !== 'Sp.' && w !== 'z' && w !== 'o.o.');
  return words.length ? words.join(' ') : name;
}

/** One variant of `name` for the same firm; returns null when the kind does not apply to the name. */
export function variantOf(random: Random, name: string, kind: VariantKind): string | null {
  switch (kind) {
    case 'typo':
      return typo(random, name);
    case 'legal_form_dropped': {
      const v = dropForm(name);
      return v === name ? null : v;
    }
    case 'legal_form_changed': {
      const form = name.split(' ').find((w) => FORMS.includes(w));
      if (!form || form === 'Tmi') return null;
      return name.replace(form, FORM_CHANGES[form] ?? 'Ltd');
    }
    case 'word_order': {
      const form = name.split(' ').filter((w) => FORMS.includes(w));
      const words = name.split(' ').filter((w) => !FORMS.includes(w));
      if (words.length < 2) return null;
      return [...words.slice(1), words[0]!, ...form].join(' ');
    }
    case 'no_diacritics': {
      const v = name.normalize('NFKD').replace(/\p{M}/gu, '');
      return v === name ? null : v;
    }
    case 'abbreviation': {
      for (const [re, to] of ABBREVIATE) if (re.test(name)) return name.replace(re, to);
      return null;
    }
    case 'cyrillic': {
      const m = SLAVIC_SURNAME.exec(name);
      if (!m) return null;
      const spelled = random.chance(0.7) ? toCyrillic(m[0]) : m[0].replace(/v\b/, 'w').replace(/ch/g, 'tsch');
      return name.replace(m[0], spelled);
    }
    case 'typo_and_form_dropped':
      return typo(random, dropForm(name));
  }
}

/** A name like `name` that belongs to another firm; null when the kind does not apply. */
export function lookalikeOf(random: Random, name: string, kind: LookalikeKind): string | null {
  const words = name.split(' ');
  switch (kind) {
    case 'other_trade': {
      const i = words.findIndex((w) => TRADE.some((t) => foldText(t) === foldText(w)));
      if (i < 0) return null;
      words[i] = random.pick(TRADE.filter((t) => foldText(t) !== foldText(words[i]!)));
      return words.join(' ');
    }
    case 'other_stem': {
      const i = words.findIndex((w) => w.length >= 5 && !FORMS.includes(w) && !TRADE.includes(w));
      if (i < 0) return null;
      const stem =
        random.pick(SYLLABLES) + random.pick(SYLLABLES) + random.pick(['nen', 'la', 'mäki', 'salo', 'oja']);
      const cap = stem[0]!.toUpperCase() + stem.slice(1);
      if (foldText(cap).slice(0, 2) === foldText(words[i]!).slice(0, 2)) return null;
      words[i] = cap;
      return words.join(' ');
    }
    case 'other_person': {
      if (words[0] !== 'Tmi' || words.length < 3) return null;
      const given = random.pick(GIVEN.filter((g) => g !== words[1]));
      return ['Tmi', given, ...words.slice(-1)].join(' ');
    }
  }
}

/** A seeded random source for variant generation. */
export const variantRandom = (seed: number): Random => createRandom(seed);
