/** Choosing the language: from ?lang=, from the saved choice, or suggested from the browser's languages. */
import type { ManifestLanguage } from '../content/types.ts';

const STORAGE_KEY = 'silta-worker-lang';

/** Browser tags that name one of our languages under another code. */
const ALIASES: Record<string, string> = {
  tl: 'fil',
  prs: 'fa-af',
  ku: 'ckb',
  zh: 'zh-hans',
  'zh-cn': 'zh-hans',
};

/** Finds the language a tag such as 'vi-VN', 'zh-CN' or 'fa-AF' refers to. */
export function matchLanguage(
  tag: string,
  languages: readonly ManifestLanguage[],
): ManifestLanguage | undefined {
  const wanted = tag.toLowerCase();
  const byCode = (code: string) => languages.find((l) => l.code.toLowerCase() === code);
  const base = wanted.split('-')[0] ?? wanted;
  return (
    byCode(wanted) ??
    byCode(ALIASES[wanted] ?? '') ??
    byCode(ALIASES[base] ?? '') ??
    byCode(base) ??
    languages.find((l) => l.code.toLowerCase().split('-')[0] === base)
  );
}

/** Languages suggested from navigator.languages, best first, without duplicates. */
export function suggestLanguages(
  browserTags: readonly string[],
  languages: readonly ManifestLanguage[],
): ManifestLanguage[] {
  const out: ManifestLanguage[] = [];
  for (const tag of browserTags) {
    const match = matchLanguage(tag, languages);
    if (match && !out.includes(match)) out.push(match);
  }
  return out;
}

export function savedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function saveLanguage(code: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit only.
  }
}
