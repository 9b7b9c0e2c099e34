/**
 * The page editor's data and actions: the page in one language, its history and the languages (each
 * loaded from the server), the form being written, which source is shown beside it, and save,
 * preview, publish, unpublish and loading an old version — one action at a time, its outcome kept as
 * a message or an error.
 */
import { type FormEvent, useCallback, useState } from 'react';
import { useApiData } from '../../app/useApiData.ts';
import { useT } from '../../i18n/I18nProvider.tsx';
import { languageLabel } from './labels.ts';
import {
  blankFromSource,
  draftFromForm,
  formFromVersion,
  missingFields,
  type PageFormValues,
} from './pageForm.ts';
import { workerContentApi } from './workerContent.api.ts';
import type { PageLanguageView, Preview, WorkerLanguage } from './workerContent.types.ts';

const EMPTY: PageFormValues = { title: '', summary: '', blocks: [], sources: '', note: '' };

export type PageConfirm = 'publish' | 'publishAll' | 'unpublish' | null;

function initialValues(data: PageLanguageView, sourceLanguages: string[]): PageFormValues {
  if (data.latest) return formFromVersion(data.latest);
  if (sourceLanguages.includes(data.lang)) return EMPTY;
  const source = data.sources.en ?? data.sources.fi;
  return source ? blankFromSource(source) : EMPTY;
}

/** The id of the input a missing field is written in, to move focus there. */
function fieldInputId(field: string): string {
  return field === 'title' ? 'wc-title' : field === 'summary' ? 'wc-summary' : `wc-${field}`;
}

export function usePageEditor(slug: string, lang: string) {
  const t = useT();
  const overview = useApiData(workerContentApi.pages);
  const loadPage = useCallback(
    (signal: AbortSignal) => workerContentApi.page(slug, lang, signal),
    [slug, lang],
  );
  const page = useApiData(loadPage);
  const loadHistory = useCallback(
    (signal: AbortSignal) => workerContentApi.history(slug, lang, signal),
    [slug, lang],
  );
  const history = useApiData(loadHistory);

  const [values, setValues] = useState<PageFormValues>(EMPTY);
  const [dirty, setDirty] = useState(false);
  const [sourceLang, setSourceLang] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirm, setConfirm] = useState<PageConfirm>(null);

  const languages = overview.data?.languages ?? [];
  const sourceLanguages = overview.data?.sourceLanguages ?? ['fi', 'en'];
  const language: WorkerLanguage = languages.find((l) => l.code === lang) ?? {
    code: lang,
    nativeName: lang,
    englishName: lang,
    dir: 'ltr',
  };
  const isSource = sourceLanguages.includes(lang);
  const languageName = (code: string) => {
    const found = languages.find((l) => l.code === code);
    return found ? languageLabel(found) : code;
  };
  const data = page.data;

  // The source shown on the left: English for a translation if it exists, else Finnish; for a source
  // language, the other source language.
  const sourceChoices = data ? sourceLanguages.filter((code) => code !== lang && data.sources[code]) : [];
  const shownSource =
    sourceLang && sourceChoices.includes(sourceLang) ? sourceLang : (sourceChoices.at(-1) ?? null);
  const source = data && shownSource ? data.sources[shownSource] : undefined;

  // Fill the form once per load of the page: the newest version, or an empty translation. Done while
  // rendering when a new load arrives (React's "adjusting state when a prop changes"), not in an effect.
  const [filledFrom, setFilledFrom] = useState<PageLanguageView | null>(null);
  if (data && data !== filledFrom) {
    setFilledFrom(data);
    setValues(initialValues(data, sourceLanguages));
    setDirty(false);
    setInvalid([]);
  }

  const change = (next: Partial<PageFormValues>) => {
    setValues((previous) => ({ ...previous, ...next }));
    setDirty(true);
    setMessage(null);
  };

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingFields(values);
    setInvalid(missing);
    if (missing.length > 0) {
      document.getElementById(fieldInputId(missing[0] ?? ''))?.focus();
      return;
    }
    if (!isSource && !source) return;
    void run(async () => {
      const result = await workerContentApi.save(
        slug,
        lang,
        draftFromForm(values, isSource ? undefined : source?.id),
      );
      setDirty(false);
      page.reload();
      history.reload();
      overview.reload();
      return result.created
        ? t('workerContent.editor.saved', { number: result.version.number })
        : t('workerContent.editor.unchanged');
    });
  };

  const showPreview = () =>
    void run(async () => {
      const draft = draftFromForm(values);
      const result = await workerContentApi.preview(
        lang,
        slug,
        missingFields(values).length === 0 ? draft : undefined,
      );
      setPreview(result);
      return t('workerContent.preview.ready');
    });

  const publish = (languagesToPublish?: string[]) =>
    void run(async () => {
      setConfirm(null);
      const result = await workerContentApi.publish(slug, languagesToPublish);
      page.reload();
      history.reload();
      overview.reload();
      return result.changed
        ? t('workerContent.editor.published')
        : t('workerContent.editor.nothingToPublish');
    });

  const unpublish = () =>
    void run(async () => {
      setConfirm(null);
      await workerContentApi.unpublish(slug);
      page.reload();
      overview.reload();
      return t('workerContent.editor.unpublished');
    });

  const loadVersion = (number: number) =>
    void run(async () => {
      const version = await workerContentApi.version(slug, lang, number);
      setValues(formFromVersion(version));
      setDirty(true);
      return t('workerContent.history.loaded', { number });
    });

  return {
    overview,
    page,
    history,
    data,
    languages,
    language,
    isSource,
    languageName,
    sourceChoices,
    shownSource,
    setSourceLang,
    source,
    values,
    change,
    dirty,
    invalid,
    busy,
    error,
    message,
    preview,
    confirm,
    setConfirm,
    save,
    showPreview,
    publish,
    unpublish,
    loadVersion,
  };
}
