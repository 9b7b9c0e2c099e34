/**
 * Guards the UI texts: the three catalogues have the same keys and no empty values, every literal
 * `t('…')` key used in the web app exists, and no user-visible text is written straight into JSX.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { fi } from './fi.ts';
import { sv } from './sv.ts';
import { interpolate } from './translate.ts';

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
const catalogues = { fi, sv, en } as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Literal keys of `t('key')` / `t("key", …)` calls. */
function usedKeys(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

/** Text between JSX tags that contains letters, e.g. `<p>Hello</p>`; "Silta" is the brand and allowed. */
function jsxTextLiterals(source: string): string[] {
  // `(?<!=)`: not the arrow of `() => Promise<…>`; a leading comma is code after an element (`</b>,`).
  const pattern = /(?<!=)>([^<>{}();=&|?`]*\p{L}[^<>{}();=&|?`]*)<\/?[A-Za-z]/gu;
  return [...withoutComments(source).matchAll(pattern)]
    .map((match) => (match[1] ?? '').trim())
    .filter((text) => text !== '' && text !== 'Silta' && !/^[,:]/.test(text));
}

/** Visible-text attributes given a plain string: `aria-label="Menu"`, `labelText="Name"`, … */
function literalTextAttributes(source: string): string[] {
  const attributes =
    'aria-label|labelText|title|alt|placeholder|visualPlaceholder|hintText|caption|text|closeText';
  const pattern = new RegExp(`\\b(?:${attributes})="([^"]*\\p{L}[^"]*)"`, 'gu');
  return [...withoutComments(source).matchAll(pattern)].map((match) => match[0]);
}

describe('message catalogues', () => {
  const finnishKeys = Object.keys(fi).sort();

  it.each(['sv', 'en'] as const)('%s has exactly the keys of fi', (locale) => {
    expect(Object.keys(catalogues[locale]).sort()).toEqual(finnishKeys);
  });

  it.each(['fi', 'sv', 'en'] as const)('%s has no empty texts', (locale) => {
    const empty = Object.entries(catalogues[locale]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = finnishKeys.filter((key) => {
      const expected = placeholders(fi[key as keyof typeof fi]);
      return ['sv', 'en'].some(
        (locale) =>
          JSON.stringify(placeholders(catalogues[locale as 'sv' | 'en'][key as keyof typeof fi])) !==
          JSON.stringify(expected),
      );
    });
    expect(mismatched).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(interpolate('Tervetuloa, {name}', { name: 'Pekka' })).toBe('Tervetuloa, Pekka');
    expect(interpolate('{count} riviä', { count: 3 })).toBe('3 riviä');
    expect(interpolate('{missing} stays', {})).toBe('{missing} stays');
  });
});

describe('web app sources', () => {
  const files = sourceFiles(WEB_ROOT);

  it('finds the source files', () => {
    expect(files.some((file) => file.endsWith('LoginPage.tsx'))).toBe(true);
  });

  it('uses only keys that exist in the catalogue', () => {
    const missing = files.flatMap((file) =>
      usedKeys(readFileSync(file, 'utf8'))
        .filter((key) => !(key in fi))
        .map((key) => `${path.relative(WEB_ROOT, file)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no text literals in JSX outside the catalogues', () => {
    const literals = files
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) => {
        const source = readFileSync(file, 'utf8');
        return [...jsxTextLiterals(source), ...literalTextAttributes(source)].map(
          (text) => `${path.relative(WEB_ROOT, file)}: ${text}`,
        );
      });
    expect(literals).toEqual([]);
  });

  it('the heuristics catch what they are meant to catch', () => {
    expect(jsxTextLiterals('<p>Hello world</p>')).toEqual(['Hello world']);
    expect(jsxTextLiterals('<p>\n  Kirjaudu sisään\n</p>')).toEqual(['Kirjaudu sisään']);
    expect(jsxTextLiterals('<span>Silta</span><b>{t("x")}</b>')).toEqual([]);
    expect(jsxTextLiterals('signIn: () => Promise<void>; x: <b>{y}</b>,\n  z: <i />')).toEqual([]);
    expect(literalTextAttributes('<nav aria-label="Main menu">')).toEqual(['aria-label="Main menu"']);
    expect(usedKeys('t(\'login.title\'); t("nav.home", { a: 1 })')).toEqual(['login.title', 'nav.home']);
  });
});
